import { expect, type Page } from '@playwright/test'
import { journey } from './define'
import { officePreset } from './office.journey'
import { uniqueCnMobile, uniqueEmail } from './steps'

type Lang = 'zh-CN' | 'en-US'

/**
 * A walk-in counted as the clerk does it: what is typed into fields is free, every other key (or click) is counted.
 * The count runs from the empty form to the customer number on screen; going on to the next customer is one more.
 */
function counter(page: Page) {
  const count = { keys: 0, clicks: 0 }
  return {
    count,
    press: async (key: string) => {
      count.keys += 1
      await page.keyboard.press(key)
    },
    click: async (testid: string) => {
      count.clicks += 1
      await page.getByTestId(testid).click()
    },
    /** typed into the focused field: the characters a walk-in needs anyway */
    type: (text: string) => page.keyboard.type(text),
  }
}

const sandboxCode = async (page: Page) => {
  await expect(page.getByTestId('sandbox-code')).toBeVisible()
  return (await page.getByTestId('sandbox-code').locator('strong').innerText()).replace(/\D/g, '')
}

async function startShift(page: Page): Promise<void> {
  await page.getByTestId('staff-id').fill('E1024')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('staff-badge')).toBeVisible()
}

function walkIns(lang: Lang) {
  return journey(
    `walk-ins by keyboard and by mouse: e-mail ≤ 5 keys, phone ≤ 6, ≤ 3 clicks, focus where the next key goes (${lang})`,
    async (driver) => {
      const page = await driver.open()
      await startShift(page)
      const measured: string[] = []

      // e-mail, by keyboard
      let c = counter(page)
      await expect(page.getByTestId('email')).toBeFocused()
      await c.type(uniqueEmail('key'))
      await c.press('Enter') // sends the code; the code field takes the next key
      await expect(page.getByTestId('code')).toBeFocused()
      await c.type(await sandboxCode(page))
      await c.press('Enter') // registers
      await expect(page.getByTestId('result')).toBeVisible()
      measured.push(`e-mail by keyboard: ${c.count.keys} keys`)
      expect(c.count.keys).toBeLessThanOrEqual(5)
      await expect(page.getByTestId('register-another')).toBeFocused()
      await page.keyboard.press('Enter') // the next customer: one key
      await expect(page.getByTestId('email')).toBeFocused()
      await expect(page.getByTestId('email')).toHaveValue('')

      // phone, by keyboard: back to the method, arrow to phone, on to the number (the area code follows the country)
      c = counter(page)
      await c.press('Shift+Tab')
      await c.press('ArrowRight')
      await expect(page.locator('[data-testid=method] input[value=phone]')).toBeChecked()
      await c.press('Tab')
      await expect(page.getByTestId('phone')).toBeFocused()
      await c.type(uniqueCnMobile())
      await c.press('Enter')
      await expect(page.getByTestId('code')).toBeFocused()
      await c.type(await sandboxCode(page))
      await c.press('Enter')
      await expect(page.getByTestId('result')).toBeVisible()
      measured.push(`phone by keyboard: ${c.count.keys} keys`)
      expect(c.count.keys).toBeLessThanOrEqual(6)
      await page.keyboard.press('F9') // staff mode's "next customer" from anywhere
      await expect(page.getByTestId('email')).toBeFocused()

      // e-mail, by mouse
      c = counter(page)
      await c.type(uniqueEmail('mouse'))
      await c.click('send-code')
      await expect(page.getByTestId('code')).toBeFocused()
      await c.type(await sandboxCode(page))
      await c.click('submit')
      await expect(page.getByTestId('result')).toBeVisible()
      measured.push(`e-mail by mouse: ${c.count.clicks} clicks`)
      expect(c.count.clicks).toBeLessThanOrEqual(3)
      await page.getByTestId('register-another').click()

      // phone, by mouse: choosing the method puts the cursor in the number
      c = counter(page)
      c.count.clicks += 1
      await page.locator('[data-testid=method] input[value=phone]').click()
      await expect(page.getByTestId('phone')).toBeFocused()
      await c.type(uniqueCnMobile())
      await c.click('send-code')
      await expect(page.getByTestId('code')).toBeFocused()
      await c.type(await sandboxCode(page))
      await c.click('submit')
      await expect(page.getByTestId('result')).toBeVisible()
      measured.push(`phone by mouse: ${c.count.clicks} clicks`)
      expect(c.count.clicks).toBeLessThanOrEqual(3)

      console.log(`walk-ins ${lang}: ${measured.join('; ')} (+1 key or click for the next customer)`)
      expect((await driver.platform.customers()).length).toBe(4)
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: { ...officePreset, defaults: { ...officePreset.defaults, language: lang } } },
  )
}

export const keyboardJourneys = [walkIns('zh-CN'), walkIns('en-US')]
