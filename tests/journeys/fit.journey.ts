import { expect } from '@playwright/test'
import { TEST_PIN } from '../support/office-pin'
import { journey } from './define'
import { checkAtEverySize, officeSizes } from './fit'
import { officePreset } from './office.journey'
import { registerByEmail, uniqueEmail } from './steps'

type Lang = 'zh-CN' | 'en-US'

/**
 * Every screen and dialog a clerk meets, at every office size, in one language: the main actions stay in view, the
 * messages shown are in view, nothing scrolls sideways; a screenshot and axe at each size.
 */
function formFits(lang: Lang) {
  return journey(
    `the form, its dialogs and messages fit the office sizes (${officeSizes.map((s) => s.name).join(', ')}), main action in view, ${lang}`,
    async (driver) => {
      const problems: string[] = []
      const page = await driver.open()
      const check = (screen: string, actions: readonly string[], act?: () => Promise<void>) =>
        checkAtEverySize(driver, page, `${screen}-${lang}`, actions, problems, act)

      await expect(page.getByTestId('staff-prompt')).toBeVisible()
      await check('staff-prompt', ['staff-start'])
      await page.getByTestId('staff-id').fill('E1024')
      await page.getByTestId('staff-start').click()
      await expect(page.getByTestId('register-form')).toBeVisible()
      await check('form-empty', ['send-code', 'submit'])

      await page.getByTestId('email').fill(uniqueEmail('fit'))
      await check('form-send-error', ['send-code', 'submit'], async () => {
        await driver.platform.arm('sendCode', { mode: 'http-500', count: 1 })
        await page.getByTestId('send-code').click()
        await expect(page.getByTestId('form-error')).toContainText('HTTP 500')
      })

      await page.getByTestId('send-code').click()
      await expect(page.getByTestId('sandbox-code')).toBeVisible()
      await check('form-code-sent', ['code', 'submit'])

      await page.getByTestId('campaign-edit').click()
      await expect(page.getByTestId('campaign-apply')).toBeVisible()
      await check('campaign-dialog', ['campaign-clear', 'campaign-cancel', 'campaign-apply'])
      await page.getByTestId('campaign-cancel').click()

      report(lang, 'form', problems)
    },
    setup(lang),
  )
}

function otherScreensFit(lang: Lang) {
  return journey(
    `the result, journal, office settings and connection check fit the office sizes, main action in view, ${lang}`,
    async (driver) => {
      const problems: string[] = []
      const page = await driver.open()
      const check = (screen: string, actions: readonly string[], act?: () => Promise<void>) =>
        checkAtEverySize(driver, page, `${screen}-${lang}`, actions, problems, act)
      await page.getByTestId('staff-id').fill('E1024')
      await page.getByTestId('staff-start').click()
      await registerByEmail(page, uniqueEmail('fit'))
      await check('result', ['customer-no', 'register-another'])

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
      await check('connection', ['connection-again', 'connection-copy'])

      report(lang, 'other screens', problems)
    },
    setup(lang),
  )
}

/** The office preset (staff mode, a PIN, an office campaign) in the journey's language; a long walk. */
const setup = (lang: Lang) => ({ preset: { ...officePreset, defaults: { ...officePreset.defaults, language: lang } }, slow: true })

/** Every problem at once, counted (the issue's measure), then the verdict. */
function report(lang: Lang, part: string, problems: string[]): void {
  console.log(`fit ${lang} ${part}: ${problems.length} problems${problems.map((p) => `\n  ${p}`).join('')}`)
  expect(problems).toEqual([])
}

export const fitJourneys = [formFits('zh-CN'), formFits('en-US'), otherScreensFit('zh-CN'), otherScreensFit('en-US')]
