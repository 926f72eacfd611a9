import { expect, type Page } from '@playwright/test'

/** Small steps shared by the journeys: each does what a clerk does, through the screen. */

export const uniqueEmail = (prefix = 'c') =>
  `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`

/** A valid mobile number, unique enough for one run: China 139 + 8 digits. */
export const uniqueCnMobile = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

export async function formReady(page: Page): Promise<void> {
  await expect(page.getByTestId('register-form')).toBeVisible()
}

export async function chooseMethod(page: Page, method: 'email' | 'phone'): Promise<void> {
  await page.locator(`[data-testid=method] input[value=${method}]`).check()
}

export async function chooseCountry(page: Page, search: string, expected: string): Promise<void> {
  const box = page.getByTestId('country')
  await box.click()
  await box.fill(search)
  await page.getByRole('option', { name: new RegExp(expected) }).first().click()
  await expect(box).toHaveValue(expected)
}

/** Clicks "send code" and reads the code the sandbox shows on screen, as a practising clerk would. */
export async function sendCodeAndRead(page: Page): Promise<string> {
  await page.getByTestId('send-code').click()
  const shown = page.getByTestId('sandbox-code')
  await expect(shown).toBeVisible()
  const code = (await shown.locator('strong').innerText()).replace(/\D/g, '')
  expect(code).toMatch(/^\d{6}$/)
  return code
}

export async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByTestId('code').fill(code)
}

export async function submitAndExpectResult(page: Page): Promise<string> {
  await page.getByTestId('submit').click()
  await expect(page.getByTestId('result')).toBeVisible()
  return (await page.getByTestId('customer-no').innerText()).trim()
}

export async function registerByEmail(page: Page, email: string): Promise<string> {
  await formReady(page)
  await page.getByTestId('email').fill(email)
  await enterCode(page, await sendCodeAndRead(page))
  return submitAndExpectResult(page)
}

/** The language switch, by each language's own name (exact: "中文" is in both Chinese names). */
export async function switchLanguage(page: Page, to: 'English' | '简体中文' | '繁體中文'): Promise<void> {
  await page.getByRole('radio', { name: to, exact: true }).click()
}
