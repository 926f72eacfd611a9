import { expect } from '@playwright/test'
import { expectNoSeriousAxeViolations } from './axe'
import { journey } from './define'
import { registerByEmail, switchLanguage, uniqueEmail } from './steps'

/** A file on this PC that cannot be written never hides what the platform answered (issue 26, part 8). */
export const localFaultJourneys = [
  journey('disk full: the customer number still shows, the clerk is told the journal line was not written, and it is written later', async (driver) => {
    if (!driver.journalDisk) return // the real app's disk cannot be filled on demand here
    const page = await driver.open()
    driver.journalDisk('ENOSPC')
    const email = uniqueEmail('full')
    const customerNo = await registerByEmail(page, email)
    expect(customerNo).toMatch(/^\d{7,}$/)
    await expect(page.getByTestId('result-title')).toHaveText(/注册成功/)
    await expect(page.getByTestId('not-saved-journal')).toContainText('未写入注册记录：磁盘已满。')
    await driver.screenshot(page, 'not-saved-zh-CN')
    await switchLanguage(page, 'English')
    await expect(page.getByTestId('not-saved-journal')).toContainText('Not written to the journal: the disk is full.')
    await expect(page.getByTestId('not-saved-journal')).toContainText('The app keeps it and writes it as soon as it can')
    await expectNoSeriousAxeViolations(page, 'not saved en-US')
    await driver.screenshot(page, 'not-saved-en-US')
    await page.getByTestId('not-saved-copy').click()
    const copied = driver.copied?.at(-1) ?? ''
    expect(copied).toContain(customerNo)
    expect(copied).not.toContain(email) // the journal's masked login, as it would have been written

    // the journal still lists the customer (from memory); once the disk has room the line is written and the notice goes
    await page.getByTestId('nav-journal').click()
    await expect(page.getByTestId('journal-table')).toContainText(customerNo)
    driver.journalDisk(null)
    await page.getByTestId('journal-back').click()
    await page.getByTestId('nav-journal').click()
    await expect(page.getByTestId('not-saved')).toHaveCount(0)
    await expect(page.getByTestId('journal-table')).toContainText(customerNo)
    expect(driver.pageErrors()).toEqual([])
  }),
]
