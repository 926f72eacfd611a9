import { expect } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expectNoSeriousAxeViolations } from './axe'
import { journey } from './define'
import { formReady, registerByEmail, switchLanguage, uniqueEmail } from './steps'

/** Help → About with the third-party licences, and Save diagnostics… (issue 26, parts 2, 3 and 6). */
export const desktopJourneys = [
  journey('Help → About: version, register source, office and every bundled package’s licence; Save diagnostics… writes one file for IT', async (driver) => {
    if (!driver.helpMenu) return // the real app's native menu is not driven here (desktop-wiring.test.ts covers it)
    const page = await driver.open()
    await formReady(page)
    const email = uniqueEmail('about')
    await registerByEmail(page, email)
    await driver.helpMenu('about')
    await expect(page.getByTestId('about')).toBeVisible()
    await expect(page.getByTestId('about-version')).toHaveText('0.1.0')
    await expect(page.getByTestId('about-source')).toHaveText(/^[789]$/)
    await expect(page.getByTestId('about-office')).toHaveText('SH-01 · 上海南京路营业部')
    const licences = page.getByTestId('licences')
    await expect(licences).toContainText('axios')
    await expect(licences).toContainText('@vue/runtime-core')
    await licences.getByRole('button', { name: /^pinia / }).click()
    await expect(licences.locator('pre')).toContainText('Permission is hereby granted')
    await driver.screenshot(page, 'about-zh-CN')
    await expectNoSeriousAxeViolations(page, 'about zh-CN')
    for (const [width, height, name] of [[1093, 582, '125'], [911, 485, '150']] as const) {
      await page.setViewportSize({ width, height })
      await driver.screenshot(page, `about-zh-CN-${name}pct`)
    }
    await page.setViewportSize({ width: 1024, height: 720 })

    await switchLanguage(page, 'English')
    await page.getByTestId('save-diagnostics').click()
    await expect(page.getByTestId('diagnostics-notice')).toContainText(/^Saved to registration-desk-diagnostics-\d{8}-\d{4}\.txt\. Give this file to IT\.$/)
    await driver.screenshot(page, 'about-en-US')
    await expectNoSeriousAxeViolations(page, 'about en-US')
    const folder = join(driver.userDataDir, 'exports')
    const file = readdirSync(folder).find((f) => f.startsWith('registration-desk-diagnostics-'))!
    const text = readFileSync(join(folder, file), 'utf8')
    expect(text).toContain('== Recent log')
    expect(text).toContain('"code": "SH-01"')
    expect(text).not.toContain(email)
    expect(text).not.toContain(email.split('@')[0]!)
    // the data folder's secrets scan at the end of the journey reads this file too (codes, tokens, passwords)

    await page.getByTestId('about-back').click()
    await expect(page.getByTestId('result')).toBeVisible() // the customer's result was kept meanwhile
    await driver.helpMenu('licences')
    await expect(page.getByTestId('licences')).toBeVisible()
    expect(driver.pageErrors()).toEqual([])
  }, { preset: { office: { code: 'SH-01', name: '上海南京路营业部' } } }),
]
