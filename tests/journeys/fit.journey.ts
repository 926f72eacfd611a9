import { expect, type Page } from '@playwright/test'
import { TEST_PIN } from '../support/office-pin'
import { journey } from './define'
import type { AppDriver } from './driver'
import { checkAboutAndLicences, checkAtEverySize, checkProxyLogin, fitReport, officeSizes, type FitCheck, type Lang } from './fit'
import { handoffPreset } from './handoff.journey'
import { officePreset, startShift as startShiftAs } from './office.journey'
import { brokerOffice } from './terms.journey'
import { registerByEmail, uniqueEmail } from './steps'

const checker = (driver: AppDriver, page: Page, lang: string, problems: string[]): FitCheck => (screen, actions, act) =>
  checkAtEverySize(driver, page, `desk-${screen}-${lang}`, actions, problems, act)

/** the shift started (office.journey's step), and the form it opens on */
async function startShift(page: Page): Promise<void> {
  await startShiftAs(page)
  await expect(page.getByTestId('register-form')).toBeVisible()
}

/**
 * Every screen and dialog a clerk meets, at every office size, in one language: the main actions stay in view, the
 * messages shown are in view, nothing scrolls sideways; a screenshot and axe at each size.
 */
function formFits(lang: Lang, terms = false) {
  return journey(
    `a clerk's form${terms ? ' with account-opening terms' : ''}, its dialogs and messages fit the office sizes (${officeSizes.map((s) => s.name).join(', ')}), main action in view, ${lang}`,
    async (driver) => {
      const problems: string[] = []
      const page = await driver.open()
      const check = checker(driver, page, terms ? `${lang}-terms` : lang, problems)

      await expect(page.getByTestId('staff-prompt')).toBeVisible()
      // the terms change the form only: the staff prompt and the campaign dialog are the plain walk's
      if (!terms) await check('staff-prompt', ['staff-start'])
      await startShift(page)
      await check('form-empty', ['send-code', 'submit'])
      await check('form-errors', ['send-code', 'submit'], () => page.getByTestId('submit').click())
      // the customer accepts the terms at once: the screens after it are the ones they meet then
      if (terms) await page.getByTestId('terms-accept').check()

      await page.getByTestId('email').fill(uniqueEmail('fit'))
      await check('form-send-error', ['send-code', 'submit', 'offer-connection-check'], async () => {
        await driver.platform.arm('sendCode', { mode: 'reset', count: 1 })
        await page.getByTestId('send-code').click()
        await expect(page.getByTestId('offer-connection-check')).toBeVisible()
      })

      await page.getByTestId('send-code').click()
      await expect(page.getByTestId('sandbox-code')).toBeVisible()
      await check('form-code-sent', ['code', 'submit'])

      if (!terms) {
        await page.getByTestId('campaign-edit').click()
        await expect(page.getByTestId('campaign-apply')).toBeVisible()
        await check('campaign-dialog', ['campaign-clear', 'campaign-cancel', 'campaign-apply'])
        await page.getByTestId('campaign-cancel').click()
      }

      fitReport(`desk ${lang} form${terms ? ' with terms' : ''}`, problems)
    },
    setup(lang, terms),
  )
}

function otherScreensFit(lang: Lang) {
  return journey(
    `a clerk's result with its hand-off, journal, office settings, connection check, About and licences fit the office sizes, ${lang}`,
    async (driver) => {
      const problems: string[] = []
      const page = await driver.open()
      const check = checker(driver, page, lang, problems)
      await startShift(page)
      // the journal's disk is full: the result says so beside the customer number (a local fault notice)
      driver.journalDisk?.('ENOSPC')
      await registerByEmail(page, uniqueEmail('fit'))
      // a clerk's result: the number, "Print slip" and "Next customer" (the customer scans the QR code from there)
      await check('result', ['customer-no', 'register-another', 'print-slip', ...(driver.journalDisk ? ['not-saved-copy'] : [])])
      driver.journalDisk?.(null)
      // the page died and came back (the browser tier crashes it): the same result, from main
      const current = driver.crashPage ? await driver.crashPage(page) : page
      await expect(current.getByTestId('result')).toBeVisible({ timeout: 10_000 })
      if (current !== page) await checkAtEverySize(driver, current, `desk-result-after-crash-${lang}`, ['customer-no', 'register-another'], problems)
      await afterResult(driver, current, lang, problems)
    },
    setup(lang),
  )
}

async function afterResult(driver: AppDriver, page: Page, lang: Lang, problems: string[]): Promise<void> {
  const check = checker(driver, page, lang, problems)
  await page.getByTestId('nav-journal').click()
  await expect(page.getByTestId('journal-table')).toBeVisible()
  await check('journal', ['journal-export', 'journal-back'])

  await page.getByTestId('nav-office-admin').click()
  await expect(page.getByTestId('office-pin')).toBeVisible()
  await check('settings-pin', ['office-unlock'])
  await page.getByTestId('office-pin').fill(TEST_PIN)
  await page.getByTestId('office-unlock').click()
  await expect(page.getByTestId('office-admin-form')).toBeVisible()
  await check('settings', ['office-admin-save'])

  await page.getByTestId('office-admin-connection').click()
  await expect(page.getByTestId('connection-report')).toBeVisible()
  await check('connection', ['connection-back', 'connection-again', 'connection-copy'])

  await checkAboutAndLicences(driver, page, check)
  fitReport(`desk ${lang} other screens`, problems)
}

/** the office preset (staff mode, a PIN, an office campaign) with the hand-off links, in the journey's language */
const setup = (lang: Lang, terms = false) => ({
  preset: {
    ...officePreset,
    links: { allowList: [...handoffPreset.links.allowList, ...brokerOffice.links.allowList] },
    handoff: handoffPreset.handoff,
    defaults: { ...officePreset.defaults, language: lang },
    // the broker's account-opening terms on the form: their box must leave Register in view too
    ...(terms ? { registration: { terms: brokerOffice.registration.terms } } : {}),
  },
  slow: true,
})

/** The office proxy's login and a waiting update, over the empty form. */
function noticesFit(lang: Lang) {
  return journey(
    `a clerk's update notice and the proxy's login fit the office sizes, ${lang}`,
    async (driver) => {
      const problems: string[] = []
      const page = await driver.open()
      const check = checker(driver, page, lang, problems)
      await startShift(page)
      if (driver.updateInstalls) {
        await expect(page.getByTestId('update-notice')).toBeVisible()
        await check('update-notice', ['update-download', 'send-code', 'submit'])
      }
      await checkProxyLogin(driver, page, check, 'proxy.office.example')
      fitReport(`desk ${lang} notices`, problems)
    },
    {
      preset: {
        ...officePreset,
        defaults: { ...officePreset.defaults, language: lang },
        network: { proxy: { mode: 'fixed', rules: 'https=proxy.office.example:8080', name: '陆家嘴网点代理' } },
      },
      updateFeed: { policy: 'notify', offers: '0.3.0' },
      slow: true,
    },
  )
}

const languages: Lang[] = ['zh-CN', 'en-US', 'zh-HK']
export const fitJourneys = [...languages.flatMap((lang) => [formFits(lang), otherScreensFit(lang), noticesFit(lang)]), ...languages.map((lang) => formFits(lang, true))]
