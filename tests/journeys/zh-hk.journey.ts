import { expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { simplifiedIn } from '../support/chinese-scripts'
import { TEST_PIN, TEST_SETTINGS_PIN } from '../support/office-pin'
import { expectNoSeriousAxeViolations } from './axe'
import { journey } from './define'
import type { AppDriver } from './driver'
import { enterCode, formReady, sendCodeAndRead, submitAndExpectResult, switchLanguage, uniqueEmail } from './steps'

/** A Hong Kong branch in practice: sandbox platform, Traditional Chinese by default, staff mode and a settings PIN. */
const hongKongOffice = {
  platform: { mode: 'sandbox' },
  office: { code: 'HK-01', name: '中環分行' },
  defaults: { country: 'HK', phoneArea: '852', language: 'zh-HK' },
  registration: { accountTypes: [0, 1] },
  campaign: { utmSource: 'branch-hk01', utmMedium: 'walk-in' },
  staffMode: { enabled: true, idleMinutes: 3 },
  settingsPin: TEST_SETTINGS_PIN,
}

/** 1366x768 at 125% and 150% scaling, in CSS pixels. */
const desktopSizes = [
  [1093, 582],
  [911, 485],
] as const

/**
 * One screen in zh-HK at both sizes: a screenshot of each, nothing wider than the window, no Simplified-only character
 * on screen (outside what is marked lang="zh-CN": the switch's own name for it), and axe clean. The window is left at
 * the smaller size.
 */
async function checkScreen(driver: AppDriver, page: Page, name: string): Promise<void> {
  for (const [width, height] of desktopSizes) {
    await page.setViewportSize({ width, height })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, `${name} at ${width}px is wider than the window`).toBeLessThanOrEqual(0)
    await driver.screenshot(page, `${name}-zh-HK-${width}`)
  }
  // what is marked as Simplified Chinese (the language switch's own name for it) may be; nothing else
  const text = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[lang="zh-CN"]')].reduce((all, e) => all.replace(e.innerText, ''), document.body.innerText),
  )
  expect(simplifiedIn(text), `${name}: Simplified characters on screen`).toEqual([])
  await expectNoSeriousAxeViolations(page, `${name} zh-HK`)
}

/** Every request the app made so far carried lang zh-HK, in the header and (register) in the body. */
async function expectAllInTraditional(driver: AppDriver, since = 0): Promise<number> {
  const requests = (await driver.platform.requests()).slice(since)
  expect(requests.length).toBeGreaterThan(0)
  expect(requests.map((r) => r.headers['lang'])).toEqual(requests.map(() => 'zh-HK'))
  for (const r of requests.filter((q) => q.endpoint === 'register')) expect(r.body).toMatchObject({ lang: 'zh-HK' })
  return since + requests.length
}

/** A Hong Kong mobile number, unique enough for one run: 9, then 0–8, then six digits. */
const uniqueHkMobile = () => `9${Math.floor(Math.random() * 9)}${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`

export const zhHkJourneys = [
  journey(
    'zh-HK: a Hong Kong branch opens in Traditional Chinese: staff prompt, form and its errors at 125% and 150%',
    async (driver) => {
      const page = await driver.open()
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK')
      await expect(page.getByTestId('staff-prompt')).toContainText('開始當值')
      await checkScreen(driver, page, 'staff-prompt')
      await page.getByTestId('staff-id').fill('E3001')
      await page.getByTestId('staff-start').click()
      await formReady(page)
      await expect(page.getByTestId('status-office')).toHaveText('分行：中環分行（HK-01）')
      await expect(page.getByTestId('country')).toHaveValue(/香港/)
      await checkScreen(driver, page, 'form')

      // nothing typed: every field says what it needs, in Traditional Chinese
      await page.getByTestId('submit').click()
      await expect(page.locator('#email-error')).toHaveText('請輸入客戶的電郵地址。')
      await checkScreen(driver, page, 'form-errors')
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: hongKongOffice },
  ),

  journey(
    'zh-HK: a Hong Kong branch registers by e-mail, a wrong code answered in Traditional Chinese, lang zh-HK on every request',
    async (driver) => {
      const page = await driver.open()
      await startShift(page)
      // by e-mail: a wrong code first, answered by the platform in Traditional Chinese
      const email = uniqueEmail('chan')
      await page.getByTestId('email').fill(email)
      const code = await sendCodeAndRead(page)
      await expect(page.getByTestId('code-status')).toContainText('驗證碼已發送至')
      await checkScreen(driver, page, 'form-code-sent')
      await enterCode(page, code === '000000' ? '111111' : '000000')
      await page.getByTestId('submit').click()
      await expect(page.getByTestId('form-error')).toContainText('驗證碼錯誤')
      await checkScreen(driver, page, 'form-wrong-code')
      await enterCode(page, code)
      await submitAndExpectResult(page)
      await expect(page.getByTestId('result-title')).toHaveText('註冊成功')
      await expect(page.getByTestId('kyc-list')).toContainText('基本資料')
      await checkScreen(driver, page, 'result')
      await expectAllInTraditional(driver)
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: hongKongOffice },
  ),

  journey(
    'zh-HK: a Hong Kong branch registers a company by phone (+852); its journal and CSV in Traditional Chinese',
    async (driver) => {
      const page = await driver.open()
      await startShift(page)
      // by phone, an enterprise account: +852 by default, then pending review
      await page.locator('[data-testid=method] input[value=phone]').check()
      await expect(page.getByTestId('phone-area')).toHaveValue('852')
      const mobile = uniqueHkMobile()
      await page.getByTestId('phone').fill(mobile)
      await page.locator('[data-testid=account-type] input[value="1"]').check()
      await enterCode(page, await sendCodeAndRead(page))
      await page.getByTestId('submit').click()
      await expect(page.getByTestId('result-title')).toHaveText('已收到申請')
      await expect(page.getByTestId('result-login')).toHaveText(`+852 ${mobile}`)
      await checkScreen(driver, page, 'result-pending')
      await expectAllInTraditional(driver)
      const phoneSend = (await driver.platform.requests()).filter((r) => r.endpoint === 'sendCode').at(-1)!
      expect(phoneSend.body).toMatchObject({ bizType: 'SMS_REGISTER_VERIFICATION_CODE', toUser: `852 ${mobile}`, country: 'HK' })

      // the journal and its CSV, headed in Traditional Chinese
      await page.getByTestId('nav-journal').click()
      await expect(page.getByTestId('journal-count')).toHaveText('本機今日共 1 宗註冊')
      await checkScreen(driver, page, 'journal')
      if (driver.exportFile) {
        await page.getByTestId('journal-export').click()
        await expect(page.getByTestId('journal-notice')).toContainText('已將 1 宗記錄儲存至 journal.csv')
        const [header, ...rows] = readFileSync(driver.exportFile, 'utf8').slice(1).split('\r\n')
        expect(header!.split(',').slice(0, 6)).toEqual(['時間', '客戶編號', '登入帳號（已遮蓋部分）', '註冊方式', '帳戶類型', '狀態'])
        expect(rows.join('\n')).toContain('手機號碼,公司,待審批')
      }
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: hongKongOffice },
  ),

  journey(
    'zh-HK: the campaign panel and the office PIN in Traditional Chinese',
    async (driver) => {
      const page = await driver.open()
      await startShift(page)
      await page.getByTestId('campaign-edit').click()
      await expect(page.getByTestId('campaign-panel')).toContainText('推廣活動歸屬')
      await checkScreen(driver, page, 'campaign')
      await page.getByTestId('campaign-cancel').click()
      await page.getByTestId('nav-office-admin').click()
      await page.getByTestId('office-pin').fill('Branch-1111')
      await page.getByTestId('office-unlock').click()
      await expect(page.locator('#pin-error')).toHaveText('PIN 碼錯誤，尚餘 4 次機會。')
      await checkScreen(driver, page, 'settings-pin')
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: hongKongOffice },
  ),

  journey(
    'zh-HK: the office settings and the connection check in Traditional Chinese',
    async (driver) => {
      const page = await driver.open()
      await startShift(page)
      await page.getByTestId('nav-office-admin').click()
      await page.getByTestId('office-pin').fill(TEST_PIN)
      await page.getByTestId('office-unlock').click()
      await expect(page.getByTestId('office-admin-form')).toBeVisible()
      await expect(page.getByTestId('office-admin-form').getByRole('radio', { name: '繁體中文', exact: true })).toBeChecked()
      await checkScreen(driver, page, 'settings')
      await page.getByTestId('office-admin-connection').click()
      await expect(page.getByTestId('connection-report')).toContainText('正常')
      await checkScreen(driver, page, 'connection-check')
      await expectAllInTraditional(driver)
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: hongKongOffice },
  ),

  journey('zh-HK: the language switch offers 繁體中文 in a zh-CN office; the lang header follows it, and back', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await switchLanguage(page, '繁體中文')
    await expect(page.getByTestId('app-title')).toHaveText('開戶登記台')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK')
    // Traditional fonts first, so shared characters take Hong Kong's glyph forms; bold as in zh-CN
    const uiFont = () => page.evaluate(() => getComputedStyle(document.body).fontFamily.split(',')[0]!.trim())
    expect(await uiFont()).toMatch(/^"?Microsoft JhengHei UI"?$/)
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--semibold').trim())).toBe('700')
    const before = (await driver.platform.requests()).length
    await registerInTraditional(page)
    await expectAllInTraditional(driver, before)
    await page.getByTestId('register-another').click()
    await switchLanguage(page, '简体中文')
    await expect(page.getByTestId('app-title')).toHaveText('开户登记台')
    expect(await uiFont()).toMatch(/^"?Microsoft YaHei UI"?$/)
    await page.getByTestId('email').fill(uniqueEmail('li'))
    await page.getByTestId('send-code').click()
    await expect(page.getByTestId('sandbox-code')).toBeVisible()
    const last = (await driver.platform.requests()).at(-1)!
    expect(last.headers['lang']).toBe('zh-CN')
    expect(driver.pageErrors()).toEqual([])
  }),

  journey(
    'zh-HK: a configuration problem in Traditional Chinese',
    async (driver) => {
      const page = await driver.open()
      await expect(page.getByTestId('config-problem')).toBeVisible()
      await switchLanguage(page, '繁體中文')
      await expect(page.getByTestId('config-problem')).toContainText('設定有誤')
      await expect(page.getByTestId('config-problem-explained')).toHaveText('平台地址必須以 https:// 開頭（安全連線）。')
      await checkScreen(driver, page, 'config-problem')
    },
    { preset: { platform: { mode: 'remote', baseUrl: 'http://api.broker.example/api', companyId: '1' }, defaults: { language: 'zh-HK' } } },
  ),

  journey(
    'zh-HK: the office proxy asks for a login, in Traditional Chinese',
    async (driver) => {
      if (!driver.proxyChallenge) return // the real-Electron tier meets a real proxy only in an office
      const page = await driver.open()
      const answered = driver.proxyChallenge({ host: 'proxy.office.example', port: 8080, realm: 'Branch network', scheme: 'basic' })
      // the dialog names the proxy by the preset's name for it, never by what the proxy says of itself
      await expect(page.getByTestId('proxy-login')).toContainText('代理伺服器「分行代理」需要您的網絡帳戶')
      await expect(page.getByTestId('proxy-login')).not.toContainText('Branch network')
      await checkScreen(driver, page, 'proxy-login')
      await page.getByTestId('proxy-cancel').click()
      expect(await answered).toBeNull()
    },
    {
      preset: {
        platform: { mode: 'sandbox' },
        defaults: { language: 'zh-HK' },
        network: { proxy: { mode: 'fixed', rules: 'proxy.office.example:8080', name: '分行代理' } },
      },
    },
  ),

  journey(
    'zh-HK: the idle warning in Traditional Chinese',
    async (driver) => {
      const page = await driver.open()
      await page.clock.install()
      await page.reload()
      await startShift(page)
      await page.getByTestId('email').fill(uniqueEmail('idle'))
      await page.clock.fastForward('03:05')
      await expect(page.getByTestId('idle-warning')).toBeVisible()
      await expect(page.getByTestId('idle-countdown')).toContainText('秒後清空')
      await checkScreen(driver, page, 'idle-warning')
      await page.getByTestId('idle-clear').click()
      await expect(page.getByTestId('email')).toHaveValue('')
    },
    { preset: hongKongOffice },
  ),

  journey(
    'zh-HK: a ready update, in Traditional Chinese',
    async (driver) => {
      if (!driver.updateInstalls) return // the real-Electron tier has no feed of its own
      const page = await driver.open()
      await formReady(page)
      await expect(page.getByTestId('update-notice')).toContainText('版本 0.2.0 已準備就緒 — 請在沒有客戶辦理手續時重新啟動。')
      await expect(page.getByTestId('status-update')).toHaveText('版本 0.2.0 已準備就緒（重新啟動後安裝）')
      await checkScreen(driver, page, 'update-ready')
    },
    { preset: { platform: { mode: 'sandbox' }, defaults: { language: 'zh-HK' } }, updateFeed: { policy: 'auto', offers: '0.2.0' } },
  ),
]

async function startShift(page: Page): Promise<void> {
  await page.getByTestId('staff-id').fill('E3001')
  await page.getByTestId('staff-start').click()
  await formReady(page)
}

async function registerInTraditional(page: Page): Promise<void> {
  await page.getByTestId('email').fill(uniqueEmail('wong'))
  await enterCode(page, await sendCodeAndRead(page))
  await submitAndExpectResult(page)
  await expect(page.getByTestId('result-title')).toHaveText('註冊成功')
}
