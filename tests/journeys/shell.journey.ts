import { expect } from '@playwright/test'
import { journey } from './define'

const han = /[\u3400-\u9fff]/

/** The app shell: loads clean, switches language completely, and shows what main reported. */
export const shellJourneys = [
  journey('shell loads with no console errors and shows the status from main', async (driver) => {
    const page = await driver.open()
    await expect(page.getByTestId('status-mode')).toContainText('练习模式')
    // the technical facts are for IT, in the connection check: every value in Chinese there, tokens labelled
    await expect(page.getByTestId('status-line')).not.toContainText('注册来源')
    await expect(page.getByTestId('app-title')).toHaveText('开户登记台')
    await expect(page).toHaveTitle('开户登记台')
    const hasNode = await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)
    expect(hasNode).toBe('undefined')
    expect(await page.evaluate(() => typeof window.desk.app.info)).toBe('function')
    await driver.screenshot(page, 'shell-zh-CN')
    expect(driver.pageErrors()).toEqual([])
  }),

  journey('the language switch changes every visible string, both ways', async (driver) => {
    const page = await driver.open()
    await expect(page.getByTestId('status-mode')).toBeVisible()
    await page.getByRole('radio', { name: 'English', exact: true }).click()
    await expect(page.getByTestId('app-title')).toHaveText('Registration Desk')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US')
    const english = await page.locator('body').innerText()
    // the only Chinese left is the switch's own "简体中文" and "繁體中文", named in themselves so a Chinese reader finds them
    expect(english.replace('简体中文', '').replace('繁體中文', '')).not.toMatch(han)
    expect(english).toContain('Practice mode')
    const uiFont = () => page.evaluate(() => getComputedStyle(document.body).fontFamily.split(',')[0]!.trim())
    // English text in the system's UI font; Chinese text in a Chinese UI font first, not through font fallback
    expect(await uiFont()).toBe('system-ui')
    await driver.screenshot(page, 'shell-en-US')

    await page.getByRole('radio', { name: '简体中文', exact: true }).click()
    await expect(page.getByTestId('app-title')).toHaveText('开户登记台')
    expect(await uiFont()).toMatch(/^"?Microsoft YaHei UI"?$/)
    const chinese = await page.locator('body').innerText()
    for (const word of ['Registration Desk', 'Version', 'Sandbox', 'Register source', 'System']) {
      expect(chinese).not.toContain(word)
    }
    expect(driver.pageErrors()).toEqual([])
  }),
]
