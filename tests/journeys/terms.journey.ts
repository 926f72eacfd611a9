import { expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { pdfText } from '../support/print-proof'
import { expectNoSeriousAxeViolations } from './axe'
import { journey } from './define'
import type { AppDriver } from './driver'
import { chooseCountry, enterCode, formReady, sendCodeAndRead, submitAndExpectResult, switchLanguage, uniqueEmail } from './steps'

/** A Hong Kong broker's practice office with its per-country rules and account-opening terms (issue 28). */
export const brokerOffice = {
  platform: { mode: 'sandbox' },
  office: { code: 'HK-02', name: 'Admiralty' },
  defaults: { country: 'HK', phoneArea: '852', language: 'zh-HK' },
  registration: {
    accountTypes: [0, 1],
    countries: [
      { countries: ['HK', 'MO'], customerGroupId: 2, tradeTypes: [{ tradeType: '5', allCurrency: 'USDT,USD' }] },
      { countries: ['CN'], customerGroupId: 1 },
    ],
    enterpriseCountries: ['HK', 'MO'],
    terms: {
      version: '2026-03',
      'zh-HK': { text: '開戶前請細閱：投資涉及風險，產品價格可升可跌。客戶須確保所提供的資料真實、完整。', url: 'https://help.broker.example/terms/zh-HK' },
      'zh-CN': { text: '开户前请仔细阅读：投资涉及风险，产品价格可升可跌。客户须确保所提供的资料真实、完整。', url: 'https://help.broker.example/terms/zh-CN' },
      'en-US': { text: 'Please read before opening an account: investing involves risk; prices may go down as well as up.', url: 'https://help.broker.example/terms/en-US' },
    },
  },
  links: { allowList: ['help.broker.example'] },
}

const sizes = [
  [1093, 582],
  [911, 485],
] as const

/** Both desktop sizes: nothing wider than the window, the terms box reachable, a screenshot each, axe clean. */
async function look(driver: AppDriver, page: Page, name: string): Promise<void> {
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, `${name} at ${width}px is wider than the window`).toBeLessThanOrEqual(0)
    await page.getByTestId('terms-accept').scrollIntoViewIfNeeded()
    await driver.screenshot(page, `${name}-${width}`)
  }
  await expectNoSeriousAxeViolations(page, name)
}

const wording = {
  '繁體中文': { lang: 'zh-HK', accept: '客戶已閱讀並接受開戶須知。', required: '請剔選方格，確認客戶已閱讀並接受開戶須知。', text: '投資涉及風險' },
  '简体中文': { lang: 'zh-CN', accept: '客户已阅读并接受开户须知。', required: '请勾选，确认客户已阅读并接受开户须知。', text: '投资涉及风险' },
  English: { lang: 'en-US', accept: 'The customer has read and accepts the account-opening terms.', required: 'Tick the box to confirm the customer has read and accepts the account-opening terms.', text: 'investing involves risk' },
} as const

/** The same broker's build for traders: the same rules and terms, the acceptance in the trader's own words. */
const traderBuild = { ...brokerOffice, office: undefined, audience: 'self' }
const traderWording = {
  '繁體中文': { lang: 'zh-HK', accept: '本人已閱讀並接受開戶須知。', required: '請剔選方格，確認您已閱讀並接受開戶須知。', refused: '經紀商不接受英國居民開戶。請重新選擇您的居住國家或地區，或聯絡經紀商客戶服務。' },
  '简体中文': { lang: 'zh-CN', accept: '本人已阅读并接受开户须知。', required: '请勾选，确认您已阅读并接受开户须知。', refused: '券商不受理英国居民开户。请重新选择您的居住国家或地区，或联系券商客服。' },
  English: { lang: 'en-US', accept: 'I have read and accept the account-opening terms.', required: 'Tick the box to confirm you have read and accept the account-opening terms.', refused: 'Your broker does not open accounts for residents of United Kingdom. Choose your country of residence again, or contact your broker’s support.' },
} as const

export const termsJourneys = [
  journey(
    'terms: the broker\'s account-opening terms in each language, ticked before Register (nothing is sent without)',
    async (driver) => {
      const page = await driver.open()
      await formReady(page)
      for (const [name, w] of Object.entries(wording) as [keyof typeof wording, (typeof wording)[keyof typeof wording]][]) {
        await switchLanguage(page, name)
        await expect(page.locator('html')).toHaveAttribute('lang', w.lang)
        await expect(page.getByTestId('terms-text')).toContainText(w.text)
        await expect(page.getByTestId('terms-link')).toHaveAttribute('href', `https://help.broker.example/terms/${w.lang}`)
        await expect(page.getByTestId('terms')).toContainText(w.accept)
        await expect(page.getByTestId('terms')).toContainText('2026-03')
        await look(driver, page, `terms-form-${w.lang}`)
      }

      // everything filled but the box: Register says what is missing, and nothing goes to the platform
      await page.getByTestId('email').fill(uniqueEmail('hk'))
      await enterCode(page, await sendCodeAndRead(page))
      for (const [name, w] of Object.entries(wording) as [keyof typeof wording, (typeof wording)[keyof typeof wording]][]) {
        await switchLanguage(page, name)
        await page.getByTestId('submit').click()
        await expect(page.locator('#terms-error')).toHaveText(w.required)
        await look(driver, page, `terms-required-${w.lang}`)
      }
      expect((await driver.platform.requests()).filter((r) => r.endpoint === 'register')).toEqual([])
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: brokerOffice },
  ),

  journey(
    'terms: accepted, the customer is registered; the slip, the journal and its CSV name the version, the platform gets nothing of it',
    async (driver) => {
      const page = await driver.open()
      await formReady(page)
      await page.getByTestId('email').fill(uniqueEmail('hk'))
      await enterCode(page, await sendCodeAndRead(page))
      await page.getByTestId('submit').click()
      await expect(page.locator('#terms-error')).toHaveText(wording['繁體中文'].required)
      await page.getByTestId('terms-accept').check()
      await expect(page.locator('#terms-error')).toHaveText('')
      await switchLanguage(page, 'English')
      await submitAndExpectResult(page)
      // the printed slip names the terms version accepted
      await expect(page.getByTestId('slip-terms')).toHaveText('2026-03')
      if (driver.printedSlips) {
        const before = driver.printedSlips().length
        await page.getByTestId('print-slip').click()
        await expect.poll(() => driver.printedSlips!().length).toBe(before + 1)
        const printed = driver.printedSlips!()[before]!
        for (const pdf of [printed.a4, printed.receipt]) expect(pdfText(pdf)).toContain('2026-03')
      }
      const [register] = (await driver.platform.requests()).filter((r) => r.endpoint === 'register')
      expect(register!.body).toMatchObject({ country: 'HK', customerGroupId: 2, tradeTypeCurrencyList: [{ tradeType: '5', allCurrency: 'USDT,USD' }] })
      // the platform's register call has no terms field (contract.md): nothing about them is sent
      expect(Object.keys(register!.body as object).filter((key) => /term|accept/i.test(key))).toEqual([])
      expect(JSON.stringify(register!.body)).not.toContain('2026-03')

      await page.getByTestId('nav-journal').click()
      await expect(page.getByTestId('journal-count')).toBeVisible()
      if (driver.exportFile) {
        await page.getByTestId('journal-export').click()
        await expect(page.getByTestId('journal-notice')).toBeVisible()
        const [header, row] = readFileSync(driver.exportFile, 'utf8').slice(1).split('\r\n')
        expect(header).toContain('Terms accepted (version)')
        expect(row).toContain(',2026-03,')
      }
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: brokerOffice },
  ),

  journey(
    'country rules: a country the broker does not take is named at once; "Enterprise" only where the broker opens it',
    async (driver) => {
      const page = await driver.open()
      await formReady(page)
      await switchLanguage(page, 'English')
      await expect(page.locator('[data-testid=account-type] input[value="1"]')).toBeVisible()
      await chooseCountry(page, 'China', 'China')
      // no enterprise accounts for China here: the choice is gone, individual stays
      await expect(page.getByTestId('account-type')).toHaveCount(0)
      await chooseCountry(page, 'United Kingdom', 'United Kingdom')
      await expect(page.locator('#country-error')).toHaveText(/does not open accounts for customers from United Kingdom/)
      await look(driver, page, 'country-refused-en-US')
      await switchLanguage(page, '繁體中文')
      await expect(page.locator('#country-error')).toHaveText(/英國/)
      await look(driver, page, 'country-refused-zh-HK')
      await switchLanguage(page, '简体中文')
      await expect(page.locator('#country-error')).toHaveText(/英国/)
      await look(driver, page, 'country-refused-zh-CN')
      await page.getByTestId('email').fill(uniqueEmail('gb'))
      await page.getByTestId('send-code').click()
      await page.getByTestId('submit').click()
      await expect(page.locator('#country-error')).toBeVisible()
      expect((await driver.platform.requests()).filter((r) => r.endpoint === 'register')).toEqual([])
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: brokerOffice },
  ),

  journey(
    'terms, trader: "I have read and accept…" in each language, required before "Open my account"',
    async (driver) => {
      const page = await driver.open()
      await formReady(page)
      await page.getByTestId('email').fill(uniqueEmail('self-hk'))
      await enterCode(page, await sendCodeAndRead(page))
      for (const [name, w] of Object.entries(traderWording) as [keyof typeof traderWording, (typeof traderWording)[keyof typeof traderWording]][]) {
        await switchLanguage(page, name)
        await expect(page.locator('html')).toHaveAttribute('lang', w.lang)
        await expect(page.getByTestId('terms')).toContainText(w.accept)
        await expect(page.getByTestId('terms')).not.toContainText(wording[name].accept)
        await look(driver, page, `self-terms-form-${w.lang}`)
        await page.getByTestId('submit').click()
        await expect(page.locator('#terms-error')).toHaveText(w.required)
        await look(driver, page, `self-terms-required-${w.lang}`)
      }
      await page.getByTestId('terms-accept').check()
      await expect(page.locator('#terms-error')).toHaveText('')
      expect((await driver.platform.requests()).filter((r) => r.endpoint === 'register')).toEqual([])
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: traderBuild },
  ),

  journey(
    'country rules, trader: a country the broker does not take is named in the trader\'s words, no code is sent for it; Macao registers into its group',
    async (driver) => {
      const page = await driver.open()
      await formReady(page)
      await switchLanguage(page, 'English')
      await page.getByTestId('email').fill(uniqueEmail('self-mo'))
      await chooseCountry(page, 'United Kingdom', 'United Kingdom')
      for (const [name, w] of Object.entries(traderWording) as [keyof typeof traderWording, (typeof traderWording)[keyof typeof traderWording]][]) {
        await switchLanguage(page, name)
        await expect(page.locator('#country-error')).toHaveText(w.refused)
      }
      await look(driver, page, 'self-country-refused-en-US')
      // main refuses the code for that country too: the platform is not asked
      const before = (await driver.platform.requests()).length
      await page.getByTestId('send-code').click()
      await expect(page.locator('#country-error')).toBeVisible()
      await page.getByTestId('terms-accept').check()
      await page.getByTestId('submit').click()
      await expect(page.locator('#country-error')).toBeVisible()
      expect((await driver.platform.requests()).slice(before)).toEqual([])

      await chooseCountry(page, 'Macao', 'Macao')
      await enterCode(page, await sendCodeAndRead(page))
      await submitAndExpectResult(page)
      await expect(page.getByTestId('slip-terms')).toHaveText('2026-03')
      const [register] = (await driver.platform.requests()).filter((r) => r.endpoint === 'register')
      expect(register!.body).toMatchObject({ country: 'MO', customerGroupId: 2, tradeTypeCurrencyList: [{ tradeType: '5', allCurrency: 'USDT,USD' }] })
      expect(JSON.stringify(register!.body)).not.toContain('2026-03')
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: traderBuild },
  ),
]
