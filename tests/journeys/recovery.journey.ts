import { expect } from '@playwright/test'
import { journey } from './define'
import { enterCode, formReady, sendCodeAndRead, uniqueEmail } from './steps'

/**
 * The window's page dies in the middle of a register (issue 26, part 5). Main holds the request and the form's
 * idempotency key, so the page that comes back shows the one customer the platform created; nothing is sent twice.
 * The page is ended by Chromium itself (DevTools' Page.crash) and reloaded by the test, standing for main's
 * `render-process-gone` handler (desktop-wiring.test.ts proves main reloads it).
 */
export const recoveryJourneys = [
  journey('the page crashes mid-register: after the reload the customer number shows, and exactly one register was sent', async (driver) => {
    if (!driver.crashPage) return // the Electron tier: main's own reload is proved by desktop-wiring.test.ts
    let page = await driver.open()
    await formReady(page)
    const email = uniqueEmail('crash')
    await page.getByTestId('email').fill(email)
    await enterCode(page, await sendCodeAndRead(page))
    await driver.platform.arm('register', { mode: 'delay', count: 1, delayMs: 2500 })
    await page.getByTestId('submit').click()
    await expect.poll(async () => (await driver.platform.requests()).filter((r) => r.endpoint === 'register').length).toBe(1)

    page = await driver.crashPage(page) // the renderer is gone while main waits for the platform
    await expect(page.getByTestId('result')).toBeVisible({ timeout: 10_000 })
    const customerNo = (await page.getByTestId('customer-no').innerText()).trim()
    expect(customerNo).toMatch(/^\d{7,}$/)
    await expect(page.getByTestId('result-login')).toHaveText(email)
    await driver.screenshot(page, 'result-after-crash-zh-CN')

    // a second reload still shows it (main keeps it until "next customer")
    await page.reload()
    await expect(page.getByTestId('customer-no')).toHaveText(customerNo)
    const customers = (await driver.platform.customers()).filter((c) => c.email === email)
    expect(customers).toHaveLength(1)
    expect((await driver.platform.requests()).filter((r) => r.endpoint === 'register')).toHaveLength(1)

    await page.getByTestId('register-another').click()
    await formReady(page)
    await page.reload()
    await formReady(page)
    await expect(page.getByTestId('result')).toHaveCount(0) // "next customer" ended it in main too
    expect(driver.pageErrors().filter((e) => !/crash/i.test(e))).toEqual([])
  }),
]
