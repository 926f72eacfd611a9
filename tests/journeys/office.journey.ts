import { expect, type Page } from '@playwright/test'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TEST_PIN, TEST_SETTINGS_PIN } from '../support/office-pin'
import { expectNoSeriousAxeViolations } from './axe'
import { journey } from './define'
import type { AppDriver } from './driver'
import { enterCode, formReady, sendCodeAndRead, submitAndExpectResult, switchLanguage, uniqueEmail } from './steps'

/** A practice office: sandbox platform, staff mode on, a PIN for the settings, an office campaign. */
export const officePreset = {
  platform: { mode: 'sandbox' },
  office: { code: 'SH-01', name: '陆家嘴网点' },
  defaults: { country: 'CN', language: 'zh-CN' },
  campaign: { utmSource: 'branch-sh01', utmMedium: 'walk-in' },
  staffMode: { enabled: true, idleMinutes: 3 },
  settingsPin: TEST_SETTINGS_PIN,
}

export async function startShift(page: Page, id = 'E1024'): Promise<void> {
  await expect(page.getByTestId('staff-prompt')).toBeVisible()
  await page.getByTestId('staff-id').fill(id)
  await page.getByTestId('staff-start').click()
  await expect(page.getByTestId('staff-badge')).toContainText(id)
}

/** Every file the app wrote in its data folder, as text (settings store, journal, office.json, logs). */
function dataFolderText(driver: AppDriver): string {
  const root = driver.userDataDir
  if (!existsSync(root)) return ''
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]))
  return walk(root).map((f) => readFileSync(f, 'utf8')).join('\n')
}

export const officeJourneys = [
  journey(
    'staff mode: shift start, journal with masked logins, CSV export',
    async (driver) => {
      const page = await driver.open()
      await expect(page.getByTestId('office-name')).toHaveText('陆家嘴网点')
      await expect(page.getByTestId('status-office')).toHaveText('网点：陆家嘴网点（SH-01）')
      await driver.screenshot(page, 'staff-prompt-zh-CN')
      await expectNoSeriousAxeViolations(page, 'staff prompt zh-CN')
      await page.getByTestId('staff-id').fill('not valid!')
      await page.getByTestId('staff-start').click()
      await expect(page.locator('#staff-id-error')).toContainText('1–32')
      await startShift(page)
      await expect(page.getByTestId('campaign-summary')).toHaveText('来自 branch-sh01')
      await expect(page.getByTestId('campaign-origin')).toHaveText('（网点默认）')
      const email = uniqueEmail('wang')
      await page.getByTestId('email').fill(email)
      await enterCode(page, await sendCodeAndRead(page))
      await submitAndExpectResult(page)
      await page.getByTestId('nav-journal').click()
      await expect(page.getByTestId('journal-count')).toHaveText('本机今日共 1 笔注册')
      const row = page.getByTestId('journal-table').locator('tbody tr')
      await expect(row).toHaveCount(1)
      await expect(row).toContainText(`${email[0]}***@example.com`)
      await expect(row).toContainText('E1024')
      await expect(row).toContainText('branch-sh01')
      await expect(page.getByTestId('journal')).not.toContainText(email)
      await driver.screenshot(page, 'journal-zh-CN')
      await expectNoSeriousAxeViolations(page, 'journal zh-CN')
      if (driver.exportFile) {
        await page.getByTestId('journal-export').click()
        await expect(page.getByTestId('journal-notice')).toContainText('已将 1 笔记录保存到 journal.csv')
        const csv = readFileSync(driver.exportFile, 'utf8')
        expect(csv.charCodeAt(0)).toBe(0xfeff)
        const [header, line] = csv.slice(1).split('\r\n')
        expect(header!.split(',')).toHaveLength(17) // with the terms version accepted (issue 28)
        expect(header).toContain('客户编号')
        expect(line).toContain('E1024')
        expect(line).toContain('SH-01')
        expect(csv).not.toContain(email)
      }
      await switchLanguage(page, 'English')
      await expect(page.getByTestId('journal-count')).toHaveText('1 registration on this PC today')
      await driver.screenshot(page, 'journal-en-US')
      await expectNoSeriousAxeViolations(page, 'journal en-US')
      // nothing may stick out of a 1024 px window, even with every staff button in the longer language
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('header, nav, main, section, table')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
      )
      expect(wide).toEqual([])
    },
    { preset: officePreset },
  ),

  journey(
    'next customer clears everything personal and keeps the presets; nothing personal survives anywhere',
    async (driver) => {
      const page = await driver.open()
      await startShift(page)
      await page.getByTestId('campaign-edit').click()
      await page.getByTestId('campaign-utmCampaign').fill('spring')
      await page.getByTestId('campaign-apply').click()
      const first = uniqueEmail('li')
      await page.getByTestId('email').fill(first)
      await enterCode(page, await sendCodeAndRead(page))
      await submitAndExpectResult(page)
      const second = uniqueEmail('zhao')
      await page.getByTestId('next-customer').click()
      await formReady(page)
      await page.getByTestId('email').fill(second)
      await page.getByTestId('password').fill('Private-pass-1')
      await page.getByTestId('send-code').click()
      await expect(page.getByTestId('sandbox-code')).toBeVisible()
      await page.keyboard.press('F9')
      await expect(page.getByTestId('email')).toHaveValue('')
      await expect(page.getByTestId('password')).toHaveValue('')
      await expect(page.getByTestId('code')).toHaveValue('')
      await expect(page.getByTestId('sandbox-code')).toHaveCount(0)
      await expect(page.getByTestId('send-code')).toBeEnabled()
      await expect(page.getByTestId('campaign-summary')).toHaveText('来自 branch-sh01 / spring')
      await expect(page.getByTestId('country')).toHaveValue('中国')
      await expect(page.getByTestId('staff-badge')).toContainText('E1024')
      await page.reload()
      await formReady(page)
      await expect(page.getByTestId('email')).toHaveValue('')
      const text = await page.locator('body').innerText()
      for (const secret of [first, second, 'Private-pass-1']) {
        expect(text).not.toContain(secret)
        expect(await page.title()).not.toContain(secret)
        expect(dataFolderText(driver)).not.toContain(secret)
      }
      await driver.screenshot(page, 'next-customer-zh-CN')
    },
    { preset: officePreset },
  ),

  journey(
    'idle: a warning with a 30 s countdown, "I’m still here", then the form is cleared',
    async (driver) => {
      const page = await driver.open()
      await page.clock.install()
      await page.reload()
      await startShift(page)
      const email = uniqueEmail('idle')
      await page.getByTestId('email').fill(email)
      await page.clock.fastForward('02:50')
      await expect(page.getByTestId('idle-warning')).toHaveCount(0)
      await page.clock.fastForward('00:15')
      await expect(page.getByTestId('idle-warning')).toBeVisible()
      await expect(page.getByTestId('idle-countdown')).toContainText(/2\d|30 秒后清空/)
      await driver.screenshot(page, 'idle-warning-zh-CN')
      await expectNoSeriousAxeViolations(page, 'idle warning zh-CN')
      await page.getByTestId('idle-stay').click()
      await expect(page.getByTestId('idle-warning')).toHaveCount(0)
      await expect(page.getByTestId('email')).toHaveValue(email)
      await page.clock.fastForward('03:05')
      await expect(page.getByTestId('idle-warning')).toBeVisible()
      await page.mouse.move(200, 200)
      await page.clock.fastForward('00:32')
      await expect(page.getByTestId('idle-warning')).toHaveCount(0)
      await expect(page.getByTestId('email')).toHaveValue('')
      expect(await page.locator('body').innerText()).not.toContain(email)
    },
    { preset: officePreset },
  ),

  journey(
    'office settings behind the PIN: wrong PIN refused, right PIN saves a new default country',
    async (driver) => {
      const page = await driver.open()
      await startShift(page)
      await page.getByTestId('nav-office-admin').click()
      await page.getByTestId('office-pin').fill('Branch-1111')
      await page.getByTestId('office-unlock').click()
      await expect(page.locator('#pin-error')).toHaveText('PIN 码错误，还可尝试 4 次。')
      await page.getByTestId('office-pin').fill(TEST_PIN)
      await page.getByTestId('office-unlock').click()
      await expect(page.getByTestId('office-admin-form')).toBeVisible()
      // what is in effect, and where it comes from: the installer's campaign is shown, not empty fields
      await expect(page.getByTestId('office-admin-utmSource')).toHaveValue('branch-sh01')
      await expect(page.getByTestId('source-campaign')).toHaveText('来自安装包')
      await expect(page.getByTestId('source-idleMinutes')).toHaveText('应用默认值')
      await expect(page.getByTestId('office-admin-fixed')).toContainText('陆家嘴网点（SH-01）（由安装包设定，此处只读）')
      const box = page.getByTestId('country').first()
      await box.fill('日本')
      await page.keyboard.press('Enter')
      await page.getByTestId('office-admin-idle').fill('200')
      await page.getByTestId('office-admin-save').click()
      await expect(page.locator('#idle-error')).toHaveText('请输入 1 到 120 之间的整数。')
      await page.getByTestId('office-admin-idle').fill('5')
      await page.getByTestId('office-admin-save').click()
      await expect(page.getByTestId('office-admin-notice')).toHaveText('设置已保存。')
      await expect(page.getByTestId('source-idleMinutes')).toHaveText('本机已保存')
      await expect(page.getByTestId('source-defaultCountry')).toHaveText('本机已保存')
      await expect(page.getByTestId('source-campaign')).toHaveText('来自安装包') // untouched: still the installer's
      await driver.screenshot(page, 'settings-zh-CN')
      await expectNoSeriousAxeViolations(page, 'settings zh-CN')
      await page.getByTestId('office-admin-close').click()
      await page.getByTestId('next-customer').click()
      await expect(page.getByTestId('country')).toHaveValue('日本')
      // saving other settings left the installer's campaign (the office's attribution) as it was
      await expect(page.getByTestId('campaign-summary')).toHaveText('来自 branch-sh01')
      await page.getByTestId('nav-office-admin').click()
      await expect(page.getByTestId('office-pin')).toBeVisible() // closing locked it again
    },
    { preset: officePreset },
  ),

  journey(
    'an invalid office preset shows a configuration problem naming the field, and nothing crashes',
    async (driver) => {
      const page = await driver.open()
      await expect(page.getByTestId('config-problem')).toBeVisible()
      await expect(page.getByTestId('config-problem')).toContainText('office.json (installer): platform.baseUrl')
      await expect(page.getByTestId('register-form')).toHaveCount(0)
      await expect(page.getByTestId('status-mode')).toHaveText('Platform: not configured')
      await expect(page.getByTestId('config-problem-explained')).toHaveText('The platform address must start with https:// (a secure connection).')
      await driver.screenshot(page, 'config-problem-en-US')
      await expectNoSeriousAxeViolations(page, 'configuration problem en-US')
      await switchLanguage(page, '简体中文')
      await expect(page.getByTestId('config-problem')).toContainText('配置有误')
      await expect(page.getByTestId('config-problem-explained')).toHaveText('平台地址必须以 https:// 开头（安全连接）。')
      await driver.screenshot(page, 'config-problem-zh-CN')
      await expectNoSeriousAxeViolations(page, 'configuration problem zh-CN')
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: { platform: { mode: 'remote', baseUrl: 'http://api.broker.example/api', companyId: '1' } } },
  ),
]
