import { expect, type Page } from '@playwright/test'
import { journey } from './define'
import type { Lang } from './fit'
import { officePreset } from './office.journey'
import { retailPreset } from './self.journey'
import { brokerOffice } from './terms.journey'
import { uniqueCnMobile, uniqueEmail } from './steps'

/**
 * A walk-in counted as the clerk (or the trader) does it: what is typed into fields is free, every other key or
 * click is counted, from the empty form to the customer number on screen. The limits: e-mail ≤ 5 keys, phone
 * ≤ 6 keys, ≤ 3 clicks either way.
 */
const LIMITS = { emailKeys: 5, phoneKeys: 6, clicks: 3 }
type Walk = (page: Page) => Promise<{ keys: number; clicks: number }>

function counter(page: Page) {
  const count = { keys: 0, clicks: 0 }
  return {
    count,
    press: async (key: string) => {
      count.keys += 1
      await page.keyboard.press(key)
    },
    click: async (testid: string) => {
      count.clicks += 1
      await page.getByTestId(testid).click()
    },
    /** typed into the focused field: the characters a walk-in needs anyway */
    type: (text: string) => page.keyboard.type(text),
  }
}

const sandboxCode = async (page: Page) => {
  await expect(page.getByTestId('sandbox-code')).toBeVisible()
  return (await page.getByTestId('sandbox-code').locator('strong').innerText()).replace(/\D/g, '')
}

/**
 * The code arrives, the code field has the cursor: the code is typed, and one more key or click registers. Where the
 * broker has account-opening terms, Enter goes to their box first and Space ticks it (a click ticks it by mouse).
 */
async function codeAndRegister(page: Page, c: ReturnType<typeof counter>, by: 'key' | 'click'): Promise<void> {
  await expect(page.getByTestId('code')).toBeFocused()
  await c.type(await sandboxCode(page))
  const terms = (await page.getByTestId('terms-accept').count()) > 0
  if (terms && by === 'key') {
    await c.press('Enter')
    await expect(page.getByTestId('terms-accept')).toBeFocused()
    await c.press('Space')
  } else if (terms) await c.click('terms-accept')
  await (by === 'key' ? c.press('Enter') : c.click('submit'))
  await expect(page.getByTestId('result')).toBeVisible()
}

/**
 * One walk-in from the empty form: the cursor starts in the e-mail field (once the form is ready: typing before that
 * goes nowhere). By phone, the method first: by keyboard back to it, arrow to phone, on to the number; by mouse one
 * click on it puts the cursor in the number (the calling code follows the country). Then the login is typed, and
 * Enter or a click on "Send code" sends it.
 */
const walkIn = (method: 'email' | 'phone', by: 'key' | 'click'): Walk => async (page) => {
  const c = counter(page)
  await expect(page.getByTestId('email')).toBeFocused()
  if (method === 'phone' && by === 'key') {
    await c.press('Shift+Tab')
    await c.press('ArrowRight')
    await expect(page.locator('[data-testid=method] input[value=phone]')).toBeChecked()
    await c.press('Tab')
  } else if (method === 'phone') {
    c.count.clicks += 1
    await page.locator('[data-testid=method] input[value=phone]').click()
  }
  await expect(page.getByTestId(method)).toBeFocused()
  await c.type(method === 'email' ? uniqueEmail(by) : uniqueCnMobile())
  await (by === 'key' ? c.press('Enter') : c.click('send-code'))
  await codeAndRegister(page, c, by)
  return c.count
}
const emailByKeys = walkIn('email', 'key')
const phoneByKeys = walkIn('phone', 'key')
const emailByMouse = walkIn('email', 'click')
const phoneByMouse = walkIn('phone', 'click')

/** each walk's count, checked against the limit and said in the log */
async function measure(page: Page, name: string, walk: Walk, limit: { keys?: number; clicks?: number }, measured: string[]): Promise<void> {
  const count = await walk(page)
  measured.push(`${name}: ${count.keys} keys, ${count.clicks} clicks`)
  if (limit.keys !== undefined) expect(count.keys, name).toBeLessThanOrEqual(limit.keys)
  if (limit.clicks !== undefined) expect(count.clicks, name).toBeLessThanOrEqual(limit.clicks)
}

/** the clerk starts the shift by keyboard: the staff ID, Enter */
async function shiftStartedByKeyboard(page: Page): Promise<Page> {
  await page.getByTestId('staff-id').fill('E1024')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('staff-badge')).toBeVisible()
  return page
}

function clerkWalkIns(lang: Lang) {
  return journey(
    `a clerk's walk-ins by keyboard and by mouse: e-mail ≤ 5 keys, phone ≤ 6, ≤ 3 clicks, focus where the next key goes (${lang})`,
    async (driver) => {
      const page = await shiftStartedByKeyboard(await driver.open())
      const measured: string[] = []

      await measure(page, 'e-mail by keyboard', emailByKeys, { keys: LIMITS.emailKeys, clicks: 0 }, measured)
      await expect(page.getByTestId('register-another')).toBeFocused()
      await page.keyboard.press('Enter') // the next customer: one key
      await expect(page.getByTestId('email')).toBeFocused()
      await expect(page.getByTestId('email')).toHaveValue('')

      await measure(page, 'phone by keyboard', phoneByKeys, { keys: LIMITS.phoneKeys, clicks: 0 }, measured)
      await page.keyboard.press('F9') // staff mode's "next customer" from anywhere
      await expect(page.getByTestId('email')).toBeFocused()

      await measure(page, 'e-mail by mouse', emailByMouse, { keys: 0, clicks: LIMITS.clicks }, measured)
      await page.getByTestId('register-another').click()
      await measure(page, 'phone by mouse', phoneByMouse, { keys: 0, clicks: LIMITS.clicks }, measured)

      console.log(`walk-ins, clerk, ${lang}: ${measured.join('; ')} (+1 key or click for the next customer)`)
      expect((await driver.platform.customers()).length).toBe(4)
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: { ...officePreset, defaults: { ...officePreset.defaults, language: lang } } },
  )
}

/**
 * A trader registers once on their own PC: one walk per start of the app (a restart brings the next, empty, form;
 * the remembered login is the e-mail of the walk before, so the phone walk follows it).
 */
function traderWalks(lang: Lang, by: 'keyboard' | 'mouse') {
  return journey(
    `a trader registering themselves by ${by}: e-mail and phone within the clerk's limits, focus where the next key goes (${lang})`,
    async (driver) => {
      let page = await driver.open()
      const measured: string[] = []
      const [email, phone] = by === 'keyboard' ? [emailByKeys, phoneByKeys] : [emailByMouse, phoneByMouse]
      const limit = (keys: number) => (by === 'keyboard' ? { keys, clicks: 0 } : { keys: 0, clicks: LIMITS.clicks })
      await measure(page, `e-mail by ${by}`, email, limit(LIMITS.emailKeys), measured)
      // nobody comes next: the result's heading has the focus, read out first
      await expect(page.getByTestId('result-title')).toBeFocused()
      page = await driver.restart()
      await expect(page.getByTestId('email')).toBeFocused()
      await expect(page.getByTestId('email')).not.toHaveValue('')
      await measure(page, `phone by ${by}`, phone, limit(LIMITS.phoneKeys), measured)
      // a customer number on screen (the embedded practice platform starts afresh with the app: it counts one)
      await expect(page.getByTestId('customer-no')).toHaveText(/^\d{7,}$/)
      console.log(`walk-ins, trader, ${lang}: ${measured.join('; ')}`)
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: { ...retailPreset, defaults: { ...retailPreset.defaults, language: lang } } },
  )
}

/**
 * The broker's account-opening terms on the form add their box to every walk-in: Enter in the code field goes to the
 * box, Space ticks it. Counted, and held to the limits where they still hold: e-mail ≤ 5 keys, ≤ 3 clicks by
 * e-mail (+1), phone by keyboard one key over the 6 (Shift+Tab, arrow and Tab to the phone field cost three).
 */
function clerkWalkInsWithTerms(lang: Lang) {
  return journey(
    `a clerk's walk-ins with the broker's account-opening terms: one Space more for the box (${lang})`,
    async (driver) => {
      const page = await shiftStartedByKeyboard(await driver.open())
      const measured: string[] = []
      await measure(page, 'e-mail by keyboard', emailByKeys, { keys: LIMITS.emailKeys, clicks: 0 }, measured)
      await page.keyboard.press('Enter')
      await measure(page, 'phone by keyboard', phoneByKeys, { keys: LIMITS.phoneKeys + 1, clicks: 0 }, measured)
      await page.keyboard.press('F9')
      await measure(page, 'e-mail by mouse', emailByMouse, { keys: 0, clicks: LIMITS.clicks + 1 }, measured)
      await page.getByTestId('register-another').click()
      await measure(page, 'phone by mouse', phoneByMouse, { keys: 0, clicks: LIMITS.clicks + 1 }, measured)
      console.log(`walk-ins with terms, clerk, ${lang}: ${measured.join('; ')}`)
      const customers = await driver.platform.customers()
      expect(customers.length).toBe(4)
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: { ...officePreset, registration: { terms: brokerOffice.registration.terms }, links: brokerOffice.links, defaults: { ...officePreset.defaults, language: lang } } },
  )
}

const languages: Lang[] = ['zh-CN', 'en-US', 'zh-HK']
export const keyboardJourneys = [
  ...languages.flatMap((lang) => [clerkWalkIns(lang), traderWalks(lang, 'keyboard'), traderWalks(lang, 'mouse')]),
  clerkWalkInsWithTerms('zh-HK'),
]
