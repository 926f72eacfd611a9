import { expect, type Page } from '@playwright/test'
import { expectNoSeriousAxeViolations } from './axe'
import { journey } from './define'
import type { AppDriver } from './driver'
import { checkAtEverySize } from './fit'
import { officePreset, startShift } from './office.journey'
import { enterCode, formReady, sendCodeAndRead, switchLanguage, uniqueEmail } from './steps'

/** A register the platform is slow to answer: sent, then the desk moves on before the answer. */
async function slowRegister(driver: AppDriver, page: Page, email: string): Promise<void> {
  await formReady(page)
  await page.getByTestId('email').fill(email)
  await enterCode(page, await sendCodeAndRead(page))
  await driver.platform.arm('register', { mode: 'delay', count: 1, delayMs: 2500 })
  await page.getByTestId('submit').click()
}

/**
 * What the next customer and the next clerk inherit at a shared desk (issue 22, round three): a late register is the
 * previous customer's (a calm word, never their result), and one clerk's campaign change ends with their shift.
 */
export const handoverJourneys = [
  journey(
    'a register that finishes after "next customer": a calm word with the number, nothing of the customer; across a shift, no number',
    async (driver) => {
      const page = await driver.open()
      await startShift(page, 'E1024')
      const first = uniqueEmail('late')
      await slowRegister(driver, page, first)
      await page.getByTestId('next-customer').click()
      const banner = page.getByTestId('form-error')
      await expect(banner).toContainText('上一位客户的注册已完成：客户编号', { timeout: 10_000 })
      await expect(page.getByTestId('result')).toHaveCount(0)
      await expect(page.getByTestId('email')).toHaveValue('')
      expect(await page.locator('body').innerText()).not.toContain(first)
      await driver.screenshot(page, 'previous-registered-zh-CN')
      await expectNoSeriousAxeViolations(page, 'previous customer registered zh-CN')
      await switchLanguage(page, 'English')
      await expect(banner).toContainText('The previous customer’s registration has finished: customer number')
      await driver.screenshot(page, 'previous-registered-en-US')
      await switchLanguage(page, '繁體中文')
      await expect(banner).toContainText('上一位客戶的註冊已完成：客戶編號')
      await driver.screenshot(page, 'previous-registered-zh-HK')
      // the calm word and the form's actions in view at the office sizes (1366x768 at 125% and 150%, 1280x720)
      const problems: string[] = []
      await checkAtEverySize(driver, page, 'previous-registered-zh-HK', ['send-code', 'submit'], problems)
      expect(problems).toEqual([])
      // the journal has it, under the clerk who sent it
      await page.getByTestId('nav-journal').click()
      await expect(page.getByTestId('journal-table').locator('tbody tr')).toContainText('E1024')
      await page.getByTestId('next-customer').click()

      // the clerk ends the shift while a register is on its way; the next clerk is told only that one finished
      await switchLanguage(page, 'English')
      await slowRegister(driver, page, uniqueEmail('late2'))
      await page.getByTestId('end-shift').click()
      await startShift(page, 'E2048')
      await expect(banner).toContainText('A registration sent before this shift has finished', { timeout: 10_000 })
      await expect(banner).not.toContainText('customer number')
      await driver.screenshot(page, 'previous-shift-registered-en-US')
    },
    { preset: officePreset },
  ),

  journey(
    'a clerk\'s campaign change lasts for their shift: the panel says so, and the next clerk has the office campaign again',
    async (driver) => {
      const page = await driver.open()
      await startShift(page, 'E1024')
      await expect(page.getByTestId('campaign-summary')).toHaveText('来自 branch-sh01')
      await page.getByTestId('campaign-edit').click()
      await expect(page.getByTestId('campaign-panel')).toContainText('您结束当班后，将恢复为本网点的推广活动。')
      await driver.screenshot(page, 'campaign-panel-shift-zh-CN')
      await page.getByTestId('campaign-clear').click()
      await expect(page.getByTestId('campaign-summary')).not.toContainText('branch-sh01')
      await switchLanguage(page, 'English')
      await page.getByTestId('campaign-edit').click()
      await expect(page.getByTestId('campaign-panel')).toContainText('When your shift ends, the office campaign comes back.')
      await driver.screenshot(page, 'campaign-panel-shift-en-US')
      await expectNoSeriousAxeViolations(page, 'campaign panel staff en-US')
      await page.keyboard.press('Escape')
      await page.getByTestId('end-shift').click()
      await startShift(page, 'E2048')
      await expect(page.getByTestId('campaign-summary')).toContainText('branch-sh01')
    },
    { preset: officePreset },
  ),
]
