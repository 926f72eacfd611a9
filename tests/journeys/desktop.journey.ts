import { expect } from '@playwright/test'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
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

  journey('journal history: today by default, a chosen range within the retention lists and exports those days, older ones are refused', async (driver) => {
    const day = (offset: number) => {
      const at = new Date()
      at.setHours(11, 0, 0, 0)
      at.setDate(at.getDate() + offset)
      return at
    }
    const iso = (at: Date) => `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`
    // two earlier days in the journal folder, as earlier runs of the app would have left them
    mkdirSync(join(driver.userDataDir, 'journal'), { recursive: true })
    for (const [offset, no] of [[-3, '7000003'], [-1, '7000001']] as const) {
      const line = { time: day(offset).toISOString(), customerNo: no, login: 'l***@example.com', method: 'email', openAccountType: 0, status: 'registered', campaign: {}, trace: `trace-${no}` }
      writeFileSync(join(driver.userDataDir, 'journal', `${iso(day(offset))}.jsonl`), JSON.stringify(line) + '\n')
    }
    const page = await driver.open()
    const customerNo = await registerByEmail(page, uniqueEmail('hist'))
    await page.getByTestId('register-another').click()
    await page.getByTestId('nav-journal').click()
    await expect(page.getByTestId('journal-count')).toHaveText('本机今日共 1 笔注册')
    await expect(page.getByTestId('journal-table')).toContainText(customerNo)
    await expect(page.getByTestId('journal-table')).not.toContainText('7000001')

    await page.getByTestId('journal-from').fill(iso(day(-3)))
    await expect(page.getByTestId('journal-count')).toHaveText(`本机 ${iso(day(-3))} 至 ${iso(day(0))} 共 3 笔注册`)
    await expect(page.getByTestId('journal-table')).toContainText('7000003')
    await driver.screenshot(page, 'journal-range-zh-CN')
    await expectNoSeriousAxeViolations(page, 'journal range zh-CN')
    await switchLanguage(page, 'English')
    await page.getByTestId('journal-to').fill(iso(day(-1)))
    await expect(page.getByTestId('journal-count')).toHaveText(`2 registrations on this PC from ${iso(day(-3))} to ${iso(day(-1))}`)
    await page.getByTestId('journal-export').click()
    await expect(page.getByTestId('journal-notice')).toContainText('Saved 2 registrations')
    if (driver.exportFile) {
      const csv = readFileSync(driver.exportFile, 'utf8')
      expect(csv).toContain('7000003')
      expect(csv).not.toContain(customerNo)
    }
    await driver.screenshot(page, 'journal-range-en-US')
    // the day before the retention's first day is refused by main (the date field's limits are only a help)
    await page.getByTestId('journal-from').fill(iso(day(-400)))
    await expect(page.getByTestId('journal-refused')).toContainText('older registrations are no longer kept on this PC')
    expect(driver.pageErrors()).toEqual([])
  }),
]
