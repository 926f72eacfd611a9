import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import { expectNoSeriousAxeViolations } from './axe'
import { journey } from './define'
import {
  chooseCountry,
  chooseMethod,
  enterCode,
  formReady,
  registerByEmail,
  sendCodeAndRead,
  submitAndExpectResult,
  switchLanguage,
  uniqueEmail,
} from './steps'
import { retailPreset } from './self.journey'

/** The main registration journeys, from an empty form to the customer number and the next KYC steps. */
export const registerJourneys = [
  journey('email journey: code, register, customer number and KYC checklist', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await driver.screenshot(page, 'form-empty-zh-CN')
    const email = uniqueEmail('ann')
    await page.getByTestId('email').fill(email)
    const code = await sendCodeAndRead(page)
    await expect(page.getByTestId('send-code')).toBeDisabled()
    await expect(page.getByTestId('send-code')).toHaveText(/^(60|59) 秒后可重发$/)
    await expect(page.getByTestId('code-status')).toContainText(email)
    await enterCode(page, code)
    await driver.screenshot(page, 'form-filled-zh-CN')
    const customerNo = await submitAndExpectResult(page)
    expect(customerNo).toMatch(/^\d{7,}$/)
    await expect(page.getByTestId('result-title')).toHaveText(/注册成功/)
    await expect(page.getByTestId('result-login')).toHaveText(email)
    await expect(page.getByTestId('kyc-list').locator(':scope > li')).toHaveCount(3)
    await expect(page.getByTestId('kyc-list')).toContainText('基础信息')
    await driver.screenshot(page, 'result-zh-CN')
    // no hand-off templates in this installation: no QR code and no link; the slip can still be printed
    await expect(page.getByTestId('handoff-qr')).toHaveCount(0)
    await expect(page.getByTestId('handoff').getByRole('link')).toHaveCount(0)
    await expect(page.getByTestId('print-slip')).toBeVisible()
    await switchLanguage(page, 'English')
    // our own strings follow the switch; the KYC names are the platform's, localised when the customer registered
    await expect(page.getByTestId('result-title')).toHaveText(/Customer registered/)
    await driver.screenshot(page, 'result-en-US')

    const customers = await driver.platform.customers()
    expect(customers.filter((c) => c.email === email)).toHaveLength(1)
    const body = (await driver.platform.requests()).filter((r) => r.endpoint === 'register').at(-1)!.body as Record<string, unknown>
    expect(body).toMatchObject({ type: 1, loginName: email, country: 'CN', openAccountType: 0 })
    expect(body).not.toHaveProperty('pwd')

    await page.getByTestId('copy').click()
    await expect(page.getByTestId('copy')).toHaveText('Copied')
    await page.getByTestId('register-another').click()
    await formReady(page)
    await expect(page.getByTestId('email')).toHaveValue('')
    await expect(page.getByTestId('country')).toHaveValue('China')
    expect(driver.pageErrors()).toEqual([])
  }),

  journey('phone journey with a non-+86 country and a password', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await switchLanguage(page, 'English')
    await chooseMethod(page, 'phone')
    await chooseCountry(page, 'united kingdom', 'United Kingdom')
    await expect(page.getByTestId('phone-area')).toHaveValue('44')
    await page.getByTestId('phone').fill('07911 123456')
    await page.getByTestId('password').fill('Blue-sky-2026')
    await page.getByTestId('confirm').fill('Blue-sky-2026')
    await expect(page.getByTestId('password-strength')).toContainText('Strength: strong')
    await enterCode(page, await sendCodeAndRead(page))
    await driver.screenshot(page, 'form-phone-en-US')
    await submitAndExpectResult(page)
    await expect(page.getByTestId('result-login')).toHaveText('+44 7911123456')
    const body = (await driver.platform.requests()).filter((r) => r.endpoint === 'register').at(-1)!
    expect(body.body).toMatchObject({ type: 2, loginName: '7911123456', phoneArea: '+44', country: 'GB' })
    expect((body.body as { pwd: string }).pwd).toMatch(/^[0-9a-f]{32}$/)
    expect(body.rawBody).not.toContain('Blue-sky-2026')
    const sms = (await driver.platform.requests()).filter((r) => r.endpoint === 'sendCode').at(-1)!
    expect(sms.body).toMatchObject({ bizType: 'SMS_REGISTER_VERIFICATION_CODE', toUser: '44 7911123456' })
    expect(driver.pageErrors()).toEqual([])
  }),

  journey('enterprise registration lands on the calm pending-review screen', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await page.locator('[data-testid=account-type] input[value="1"]').check()
    await page.getByTestId('email').fill(uniqueEmail('corp'))
    await enterCode(page, await sendCodeAndRead(page))
    await page.getByTestId('submit').click()
    await expect(page.getByTestId('result-title')).toHaveText(/申请已受理/)
    await expect(page.getByTestId('pending-body')).toBeVisible()
    await expect(page.getByTestId('kyc-list')).toHaveCount(0)
    await driver.screenshot(page, 'pending-zh-CN')
    await expectNoSeriousAxeViolations(page, 'pending zh-CN')
    await switchLanguage(page, 'English')
    await expect(page.getByTestId('result-title')).toHaveText(/Application received/)
    await driver.screenshot(page, 'pending-en-US')
    await expectNoSeriousAxeViolations(page, 'pending en-US')
    const customers = await driver.platform.customers()
    expect(customers.at(-1)).toMatchObject({ openAccountType: 1, status: 'pending-review' })
  }),

  journey('password rules: shown before typing, short and mismatched refused, nothing sent', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await switchLanguage(page, 'English')
    await expect(page.getByText('8–32 characters, with at least one letter and one digit.')).toBeVisible()
    await page.getByTestId('email').fill(uniqueEmail())
    await page.getByTestId('password').fill('abc1')
    await page.getByTestId('confirm').fill('abc2')
    await expect(page.getByTestId('password-strength')).toContainText('weak')
    await page.getByTestId('password-toggle').click()
    await expect(page.getByTestId('password')).toHaveAttribute('type', 'text')
    await page.getByTestId('password-toggle').click()
    await expect(page.getByTestId('password')).toHaveAttribute('type', 'password')
    await enterCode(page, await sendCodeAndRead(page))
    await page.getByTestId('submit').click()
    await expect(page.locator('#password-error')).toHaveText('Use at least 8 characters.')
    await expect(page.locator('#confirm-error')).toHaveText('The two passwords do not match.')
    await expect(page.getByTestId('form-error')).toContainText('Please correct the highlighted fields.')
    await expect(page.getByTestId('password')).toBeFocused()
    await page.getByTestId('password').fill('onlyletters')
    await page.getByTestId('confirm').fill('onlyletters')
    await page.getByTestId('submit').click()
    await expect(page.locator('#password-error')).toHaveText('Use at least one letter and one digit.')
    await driver.screenshot(page, 'form-password-errors-en-US')
    expect((await driver.platform.requests()).filter((r) => r.endpoint === 'register')).toHaveLength(0)
    await page.getByTestId('password').fill('12345678a')
    await page.getByTestId('confirm').fill('12345678a')
    await submitAndExpectResult(page)
  }),

  // Only a trader's own PC gets its login back; a desk serves the next customer, who must not find the last one's
  journey('a trader\'s last login name is prefilled after a restart (their own PC)', async (driver) => {
    let page = await driver.open()
    const email = uniqueEmail('back')
    await registerByEmail(page, email)
    page = await driver.restart()
    await formReady(page)
    await expect(page.getByTestId('email')).toHaveValue(email)
  }, { preset: retailPreset }),

  journey('a desk without staff mode: the last customer\'s login is neither prefilled after a restart nor kept on disk', async (driver) => {
    let page = await driver.open()
    const email = uniqueEmail('gone')
    await registerByEmail(page, email)
    page = await driver.restart()
    await formReady(page)
    await expect(page.getByTestId('email')).toHaveValue('')
    await driver.screenshot(page, 'form-after-restart-desk-zh-CN')
    const settings = join(driver.userDataDir, 'config.json')
    if (existsSync(settings)) expect(readFileSync(settings, 'utf8')).not.toContain(email)
  }, { preset: { platform: { mode: 'sandbox' }, staffMode: { enabled: false } } }),
]
