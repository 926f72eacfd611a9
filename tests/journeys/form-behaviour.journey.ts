import { expect } from '@playwright/test'
import { expectNoSeriousAxeViolations } from './axe'
import { journey } from './define'
import { enterCode, formReady, sendCodeAndRead, switchLanguage, uniqueEmail } from './steps'

/** How the form behaves: double submission, language switch, keyboard, failures, accessibility. */
export const formBehaviourJourneys = [
  journey('a double-click on submit creates one customer', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    const email = uniqueEmail('dbl')
    await page.getByTestId('email').fill(email)
    await enterCode(page, await sendCodeAndRead(page))
    await driver.platform.arm('register', { mode: 'delay', count: 1, delayMs: 400 })
    await page.getByTestId('submit').dblclick()
    await expect(page.getByTestId('submit')).toBeDisabled()
    await expect(page.getByTestId('result')).toBeVisible()
    expect((await driver.platform.customers()).filter((c) => c.email === email)).toHaveLength(1)
    expect((await driver.platform.requests()).filter((r) => r.endpoint === 'register')).toHaveLength(1)
  }),

  journey('switching language mid-form keeps every value and re-renders errors', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await page.getByTestId('email').fill('not-an-email')
    await page.getByTestId('email').blur()
    await expect(page.locator('#email-error')).toContainText('邮箱格式不正确')
    await page.getByTestId('password').fill('Secret123')
    await page.locator('[data-testid=account-type] input[value="1"]').check()
    await switchLanguage(page, 'English')
    await expect(page.locator('#email-error')).toContainText('This does not look like an email address')
    await expect(page.getByTestId('email')).toHaveValue('not-an-email')
    await expect(page.getByTestId('password')).toHaveValue('Secret123')
    await expect(page.locator('[data-testid=account-type] input[value="1"]')).toBeChecked()
    await expect(page.getByTestId('country')).toHaveValue('China')
    await driver.screenshot(page, 'form-email-error-en-US')
    await switchLanguage(page, '简体中文')
    await expect(page.getByTestId('country')).toHaveValue('中国')
    await driver.screenshot(page, 'form-email-error-zh-CN')
    await expect(page.locator('#email-error')).toContainText('邮箱格式不正确')
  }),

  journey('keyboard only: the email journey from first field to result, in Tab order', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await expect(page.getByTestId('email')).toBeFocused() // the form starts in its first field
    await page.keyboard.type(uniqueEmail('kb'))
    await page.keyboard.press('Tab') // "send code" comes before the code it sends
    await expect(page.getByTestId('send-code')).toBeFocused()
    await page.keyboard.press('Enter')
    const shown = page.getByTestId('sandbox-code')
    await expect(shown).toBeVisible()
    const code = (await shown.locator('strong').innerText()).replace(/\D/g, '')
    await expect(page.getByTestId('code')).toBeFocused() // the button locks itself; the code takes the next key
    await page.keyboard.type(code)
    await page.keyboard.press('Enter') // Enter submits the form
    await expect(page.getByTestId('result')).toBeVisible()
    await expect(page.getByTestId('register-another')).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('email')).toBeFocused()
  }),

  journey('the country picker works from the keyboard and by calling code', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    const box = page.getByTestId('country')
    await box.focus()
    await box.fill('+81')
    await page.keyboard.press('Enter')
    await expect(box).toHaveValue('日本')
    await box.fill('德')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(box).not.toHaveValue('日本')
    await box.fill('zzzz')
    await expect(page.getByRole('listbox')).toContainText('没有与“zzzz”匹配的国家或地区')
    await page.keyboard.press('Escape')
    await expect(box).not.toHaveValue('zzzz')
  }),

  journey('transport failures show a specific message with the trace and keep the form', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await switchLanguage(page, 'English')
    const email = uniqueEmail('net')
    await page.getByTestId('email').fill(email)
    await page.getByTestId('password').fill('Keep-me-42')
    await page.getByTestId('confirm').fill('Keep-me-42')
    await enterCode(page, await sendCodeAndRead(page))
    const cases: [Parameters<typeof driver.platform.arm>[1], string][] = [
      [{ mode: 'http-500', count: 1 }, 'The platform had a problem (HTTP 500)'],
      [{ mode: 'html-502', count: 1 }, 'The platform had a problem (HTTP 502)'],
      [{ mode: 'malformed-json', count: 1 }, 'could not read'],
      [{ mode: 'no-code', count: 1 }, 'could not read'],
      [{ mode: 'reset', count: 1 }, 'cannot be reached'],
      [{ mode: 'rate-limit', count: 1, resetSeconds: 25 }, 'Please wait 25 s'],
    ]
    for (const [fault, message] of cases) {
      await driver.platform.arm('register', fault)
      await page.getByTestId('submit').click()
      await expect(page.getByTestId('form-error')).toContainText(message)
      await expect(page.getByTestId('error-trace')).toContainText(/Reference: [0-9a-f-]{36}/)
      await expect(page.getByTestId('email')).toHaveValue(email)
      await expect(page.getByTestId('password')).toHaveValue('Keep-me-42')
      await expect(page.getByTestId('submit')).toBeEnabled()
    }
    await driver.screenshot(page, 'form-network-error-en-US')
    await switchLanguage(page, '简体中文')
    await expect(page.getByTestId('form-error')).toContainText('操作过于频繁，请等待 25 秒后再试。')
    await driver.screenshot(page, 'form-network-error-zh-CN')
    await switchLanguage(page, 'English')
    await page.getByTestId('submit').click()
    await expect(page.getByTestId('result')).toBeVisible()
    expect((await driver.platform.customers()).filter((c) => c.email === email)).toHaveLength(1)
    expect(driver.pageErrors().filter((e) => !/status of (500|502|429)/.test(e))).toEqual([])
  }),

  journey('no serious or critical accessibility violation on any screen, in either language', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await expectNoSeriousAxeViolations(page, 'form zh-CN')
    await page.getByTestId('email').fill('bad')
    await page.getByTestId('submit').click()
    await expectNoSeriousAxeViolations(page, 'form with errors zh-CN')
    await switchLanguage(page, 'English')
    await expectNoSeriousAxeViolations(page, 'form with errors en-US')
    await page.getByTestId('email').fill(uniqueEmail('axe'))
    await enterCode(page, await sendCodeAndRead(page))
    await page.getByTestId('submit').click()
    await expect(page.getByTestId('result')).toBeVisible()
    await expectNoSeriousAxeViolations(page, 'result en-US')
    await switchLanguage(page, '简体中文')
    await expectNoSeriousAxeViolations(page, 'result zh-CN')
  }),
]
