import { expect } from '@playwright/test'
import { journey } from './define'
import { enterCode, formReady, registerByEmail, sendCodeAndRead, submitAndExpectResult, switchLanguage, uniqueEmail } from './steps'

const wrongOf = (code: string) => (code === '000000' ? '111111' : '000000')

/** Everything about the verification code: wrong, used up, countdown, reload, resend, paste. */
export const codeJourneys = [
  journey('wrong code then right code', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await page.getByTestId('email').fill(uniqueEmail())
    const code = await sendCodeAndRead(page)
    await enterCode(page, wrongOf(code))
    await page.getByTestId('submit').click()
    await expect(page.getByTestId('form-error')).toContainText('验证码错误，请核对后重试（还可尝试 4 次）')
    await expect(page.locator('#code-error')).toContainText('还可尝试 4 次')
    await expect(page.getByTestId('code')).toBeFocused()
    await expect(page.getByTestId('error-trace')).toContainText(/[0-9a-f-]{36}/)
    await driver.screenshot(page, 'form-wrong-code-zh-CN')
    await switchLanguage(page, 'English')
    await expect(page.getByTestId('form-error')).toContainText('The verification code is wrong. Check it and try again (4 tries left).')
    await driver.screenshot(page, 'form-wrong-code-en-US')
    await enterCode(page, code)
    await submitAndExpectResult(page)
  }),

  journey('a used-up code asks for a new one, and the new one works', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await page.getByTestId('email').fill(uniqueEmail())
    const code = await sendCodeAndRead(page)
    await switchLanguage(page, 'English')
    for (let i = 0; i < 5; i++) {
      await enterCode(page, String(100000 + i))
      await page.getByTestId('submit').click()
      await expect(page.getByTestId('form-error')).not.toBeEmpty()
    }
    await expect(page.getByTestId('form-error')).toContainText('This code has expired or was used up. Send a new code.')
    await expect(page.getByTestId('send-code')).toBeEnabled()
    await expect(page.getByTestId('send-code')).toHaveText('Send code')
    const fresh = await sendCodeAndRead(page)
    await enterCode(page, fresh)
    await submitAndExpectResult(page)
    expect(code).toMatch(/^\d{6}$/)
  }, { env: { DESK_RESEND_SECONDS: '1' } }),

  journey('already registered is stopped at "send code" with a clear message', async (driver) => {
    const page = await driver.open()
    const email = uniqueEmail('dup')
    await registerByEmail(page, email)
    await page.getByTestId('register-another').click()
    await formReady(page)
    await page.getByTestId('email').fill(email)
    await page.getByTestId('send-code').click()
    await expect(page.getByTestId('form-error')).toContainText('该账号已注册')
    await expect(page.locator('#email-error')).toContainText('该账号已注册')
    await expect(page.getByTestId('sandbox-code')).toHaveCount(0)
    await driver.screenshot(page, 'form-already-registered-zh-CN')
    await switchLanguage(page, 'English')
    await expect(page.locator('#email-error')).toContainText('This login is already registered.')
    await driver.screenshot(page, 'form-already-registered-en-US')
    const sends = (await driver.platform.requests()).filter((r) => r.endpoint === 'sendCode')
    expect(sends).toHaveLength(1)
  }),

  journey('countdown starts on a successful send, survives a reload, then offers resend', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    const email = uniqueEmail('cd')
    await page.getByTestId('email').fill(email)
    await page.getByTestId('send-code').click()
    await expect(page.getByTestId('send-code')).toHaveText(/\d+ 秒后可重发/)
    // the draft that survives the reload is in main's memory: nothing of the customer in the renderer's storage
    const storage = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }))
    expect(storage).not.toContain(email)
    await page.reload()
    await formReady(page)
    await expect(page.getByTestId('email')).toHaveValue(email)
    await expect(page.getByTestId('send-code')).toBeDisabled()
    await expect(page.getByTestId('send-code')).toHaveText(/\d+ 秒后可重发/)
    await expect(page.getByTestId('sandbox-code')).toBeVisible()
    await expect(page.getByTestId('send-code')).toHaveText('重新发送', { timeout: 8000 })
    const code = await sendCodeAndRead(page)
    await enterCode(page, code)
    await submitAndExpectResult(page)
    const sends = (await driver.platform.requests()).filter((r) => r.endpoint === 'sendCode')
    expect(sends).toHaveLength(2)
  }, { env: { DESK_RESEND_SECONDS: '4' } }),

  journey('changing the login hides the code sent to the previous one', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    const first = uniqueEmail('first')
    await page.getByTestId('email').fill(first)
    await sendCodeAndRead(page)
    await expect(page.getByTestId('code-status')).toContainText(first)
    await page.getByTestId('email').fill(uniqueEmail('second'))
    await expect(page.getByTestId('sandbox-code')).toHaveCount(0)
    await expect(page.getByTestId('code-status')).not.toContainText(first)
    await page.getByTestId('email').fill(first)
    await expect(page.getByTestId('sandbox-code')).toBeVisible()
  }, { env: { DESK_RESEND_SECONDS: '1' } }),

  journey('a failed send starts no countdown', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await driver.platform.arm('sendCode', { mode: 'http-500', count: 1 })
    await page.getByTestId('email').fill(uniqueEmail())
    await page.getByTestId('send-code').click()
    await expect(page.getByTestId('form-error')).toContainText('HTTP 500')
    await expect(page.getByTestId('send-code')).toBeEnabled()
    await expect(page.getByTestId('send-code')).toHaveText('获取验证码')
  }),

  journey('a pasted code is cleaned to its digits', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await page.getByTestId('email').fill(uniqueEmail())
    const code = await sendCodeAndRead(page)
    await page.getByTestId('code').focus()
    // insertText delivers the whole string in one input event, as a paste does
    await page.keyboard.insertText(`Your code: ${code.slice(0, 3)} ${code.slice(3)}`)
    await expect(page.getByTestId('code')).toHaveValue(code)
    await expect(page.getByTestId('code')).toHaveAttribute('autocomplete', 'one-time-code')
    await submitAndExpectResult(page)
  }),
]
