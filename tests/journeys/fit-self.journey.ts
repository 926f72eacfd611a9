import { expect } from '@playwright/test'
import { journey } from './define'
import { checkAboutAndLicences, checkAtEverySize, checkProxyLogin, fitReport, officeSizes, type Lang } from './fit'
import { retailPreset } from './self.journey'
import { enterCode, formReady, sendCodeAndRead, uniqueEmail } from './steps'

/**
 * A trader registering themselves on their own laptop (audience "self"), at every office size, in one language: the
 * form with a waiting update, the referral dialog, a network error and the connection check, the result with its
 * way forward (continue, QR, links, slip), About and the licences, and the proxy's login. Main actions in view, axe.
 */
function traderFits(lang: Lang) {
  return journey(
    `a trader's screens fit ${officeSizes.map((s) => s.name).join(', ')} with the main action in view (audience self, ${lang})`,
    async (driver) => {
      const problems: string[] = []
      const page = await driver.open()
      const check = (screen: string, actions: readonly string[], act?: () => Promise<void>) =>
        checkAtEverySize(driver, page, `self-${screen}-${lang}`, actions, problems, act)
      await formReady(page)
      // the update waits on top of the form (the browser tier has a feed; the Electron tier has none)
      const update = driver.updateInstalls ? ['update-restart'] : []
      if (update.length) await expect(page.getByTestId('update-notice')).toBeVisible()
      await check('form-empty', ['send-code', 'submit', ...update])
      await check('form-errors', ['send-code', 'submit'], () => page.getByTestId('submit').click())

      await page.getByTestId('campaign-edit').click()
      await expect(page.getByTestId('campaign-apply')).toBeVisible()
      await check('referral-dialog', ['campaign-cancel', 'campaign-apply'])
      await page.getByTestId('campaign-cancel').click()

      await page.getByTestId('email').fill(uniqueEmail('fit-self'))
      await check('form-network-error', ['send-code', 'submit', 'offer-connection-check'], async () => {
        await driver.platform.arm('sendCode', { mode: 'reset', count: 1 })
        await page.getByTestId('send-code').click()
        await expect(page.getByTestId('offer-connection-check')).toBeVisible()
      })
      await page.getByTestId('offer-connection-check').click()
      await expect(page.getByTestId('connection-report')).toBeVisible()
      await check('connection', ['connection-back', 'connection-again', 'connection-copy'])
      await page.getByTestId('connection-back').click()

      await enterCode(page, await sendCodeAndRead(page))
      await check('form-code-sent', ['code', 'submit'])
      await page.getByTestId('submit').click()
      await expect(page.getByTestId('result')).toBeVisible()
      // the trader's main action is "Continue verification"; the QR code and the slip are the other ways on
      await check('result', ['customer-no', 'handoff-continue', 'print-slip'])

      await checkProxyLogin(driver, page, check, 'proxy.home.example')
      await checkAboutAndLicences(driver, page, check)
      fitReport(`self ${lang}`, problems)
    },
    {
      preset: {
        ...retailPreset,
        defaults: { ...retailPreset.defaults, language: lang },
        handoff: { ...retailPreset.handoff, help: 'https://www.broker.example/help?lang={lang}' },
        network: { proxy: { mode: 'fixed', rules: 'https=proxy.home.example:8080', name: 'Home proxy' } },
      },
      updateFeed: { policy: 'auto', offers: '0.2.0' },
      slow: true,
    },
  )
}

export const fitSelfJourneys = (['zh-CN', 'en-US', 'zh-HK'] as const).map(traderFits)
