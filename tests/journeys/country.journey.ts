import { expect } from '@playwright/test'
import { journey } from './define'
import { chooseMethod, formReady, sendCodeAndRead, switchLanguage, uniqueEmail } from './steps'

/** The country picker as a clerk uses it: type a few letters in any of the ways a country is called, Tab on. */
export const countryJourneys = [
  journey('country picker: Tab takes the match; UK, USA, Macau, pinyin and Chinese names; frequent countries first; the whole list', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    const box = page.getByTestId('country')
    const options = page.getByRole('listbox').getByRole('option')

    await box.click()
    await expect(options.first()).toHaveText(/中国/)
    expect((await options.allInnerTexts()).slice(0, 7).map((t) => t.split(/\s/)[0])).toEqual(['中国', '香港', '澳门', '台湾', '美国', '英国', '新加坡'])
    expect(await options.count()).toBeGreaterThan(240)
    await page.keyboard.press('ArrowUp') // from the top round to the very end of the list
    const last = options.last()
    await expect(last).toHaveClass(/active/)
    await expect(last).toBeInViewport()
    await driver.screenshot(page, 'country-list-zh-CN')
    await page.keyboard.press('Escape')
    await expect(box).toHaveValue('中国')

    await box.fill('riben')
    await page.keyboard.press('Tab') // takes the highlighted match and moves on
    await expect(box).toHaveValue('日本')
    await expect(box).not.toBeFocused()
    for (const [typed, shown] of [['uk', '英国'], ['xianggang', '香港'], ['澳門', '澳门'], ['usa', '美国'], ['japan', '日本']] as const) {
      await box.fill(typed)
      await page.keyboard.press('Tab')
      await expect(box).toHaveValue(shown)
    }

    await switchLanguage(page, 'English')
    await chooseMethod(page, 'phone')
    for (const [typed, shown, area] of [['uk', 'United Kingdom', '44'], ['macau', /^Macao/, '853'], ['hong kong', /^Hong Kong/, '852'], ['usa', 'United States', '1']] as const) {
      await box.fill(typed)
      await page.keyboard.press(typed === 'usa' ? 'Enter' : 'Tab')
      await expect(box).toHaveValue(shown)
      await expect(page.getByTestId('phone-area')).toHaveValue(area)
    }
    expect(driver.pageErrors()).toEqual([])
  }),

  journey('changing the login method lifts a resend wait that was for the other login', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await page.getByTestId('email').fill(uniqueEmail('wait'))
    await sendCodeAndRead(page)
    await expect(page.getByTestId('send-code')).toHaveText(/秒后可重发/)
    await chooseMethod(page, 'phone')
    await expect(page.getByTestId('send-code')).toBeEnabled()
    await expect(page.getByTestId('send-code')).toHaveText('获取验证码')
    await page.getByTestId('phone').fill('13912345678')
    await sendCodeAndRead(page)
    await expect(page.getByTestId('send-code')).toHaveText(/秒后可重发/)
    await chooseMethod(page, 'email') // back to the first login: its own wait is still running
    await expect(page.getByTestId('send-code')).toBeDisabled()
  }),
]
