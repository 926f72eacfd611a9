import { expect, type Page } from '@playwright/test'
import { expectNoSeriousAxeViolations } from './axe'
import { journey } from './define'
import type { AppDriver } from './driver'
import { enterCode, formReady, sendCodeAndRead, switchLanguage, uniqueEmail } from './steps'

/**
 * A build for traders, as resources/presets/retail.example.json describes one, on the practice platform (a retail
 * preset must say so: `platform.mode` sandbox), with the broker's hand-off links and login page on its allow-list.
 */
export const retailPreset = {
  audience: 'self',
  platform: { mode: 'sandbox' },
  defaults: { country: 'CN', language: 'zh-CN' },
  self: { loginUrl: 'https://www.broker.example/login' },
  handoff: {
    continue: 'https://kyc.broker.example/continue?customer={customerNumber}&lang={lang}&source={registerSource}',
    setPassword: 'https://www.broker.example/password/set?customer={customerNumber}&lang={lang}',
    tradingApp: 'https://www.broker.example/app?lang={lang}&company={companyId}',
  },
  links: { allowList: ['www.broker.example', 'kyc.broker.example'] },
}

/** The two window sizes of 1366x768 at 125% and 150% scaling. */
const sizes = [
  { width: 1093, height: 582 },
  { width: 911, height: 485 },
]

/** Screenshots of a screen at both sizes, and axe over it; nothing of it may need a sideways scroll. */
async function look(driver: AppDriver, page: Page, name: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name} at ${size.width}`).toBe(true)
    await driver.screenshot(page, `self-${name}-${size.width}x${size.height}`)
  }
  await expectNoSeriousAxeViolations(page, `self ${name}`)
}

/** What only a shared desk has is not on screen, and main refuses it when asked anyway. */
async function noDeskThings(page: Page): Promise<void> {
  for (const id of ['nav-journal', 'nav-settings', 'next-customer', 'staff-badge', 'register-another']) await expect(page.getByTestId(id)).toHaveCount(0)
  const answers = await page.evaluate(async () => [await window.desk.journal.today(), await window.desk.registration.nextCustomer(), await window.desk.staff.current()])
  for (const answer of answers) expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOR_TRADERS' } })
}

const words = {
  'zh-CN': { title: '开立您的账户', submit: '立即开户', required: '请输入您的邮箱地址。', done: '您已注册成功', next: '您的后续步骤', kyc: '继续身份认证', scan: '在手机上继续：扫描此二维码', login: /您的账户号码是 \d+，请在 www\.broker\.example 登录。/ },
  'en-US': { title: 'Open your account', submit: 'Open my account', required: 'Enter your email address.', done: 'You are registered', next: 'Your next steps', kyc: 'Continue verification', scan: 'Continue on your phone: scan this code', login: /Your account number is \d+; log in at www\.broker\.example\./ },
  'zh-HK': { title: '開立您的帳戶', submit: '立即開戶', required: '請輸入您的電郵地址。', done: '您已註冊成功', next: '您的後續步驟', kyc: '繼續身份認證', scan: '在手機上繼續：掃描此二維碼', login: /您的帳戶號碼是 \d+，請在 www\.broker\.example 登入。/ },
} as const

/** From the first field to the "continue" button, as the trader does it. */
async function registerThemselves(driver: AppDriver, page: Page, language: keyof typeof words): Promise<void> {
  const w = words[language]
  await formReady(page)
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(w.title)
  await expect(page.getByTestId('submit')).toHaveText(w.submit)
  await noDeskThings(page)
  await look(driver, page, `form-${language}`)
  // nothing typed yet: the error speaks to "you"
  await page.getByTestId('submit').click()
  await expect(page.locator('#email-error')).toHaveText(w.required)
  await look(driver, page, `form-errors-${language}`)
  const email = uniqueEmail('trader')
  await page.getByTestId('email').fill(email)
  await enterCode(page, await sendCodeAndRead(page))
  await page.getByTestId('submit').click()
  await expect(page.getByTestId('result-title')).toHaveText(w.done)
  await expect(page.getByTestId('result')).toContainText(w.next)
  await expect(page.getByTestId('result-login')).toHaveText(email)
  const customerNo = (await page.getByTestId('customer-no').innerText()).trim()
  await expect(page.getByTestId('login-at')).toHaveText(w.login)
  await noDeskThings(page)
  await look(driver, page, `result-${language}`)

  // the hand-off links, filled by main for this account and language, open in the system browser in one click;
  // "Continue verification" is the screen's main action, in its action bar; "Set your password" is in the sentence that
  // asks for it (read before the next steps); the trading app beside the QR code
  await expect(page.getByTestId('handoff').getByRole('link')).toHaveCount(1)
  await expect(page.locator('.note').getByTestId('handoff-setPassword')).toBeVisible()
  await expect(page.locator('.action-bar').getByTestId('handoff-continue')).toBeVisible()
  await expect(page.getByTestId('handoff-qr')).toContainText(w.scan)
  const kyc = page.getByTestId('handoff-continue')
  await expect(kyc).toContainText(w.kyc)
  const registerSource = { win32: 7, darwin: 8 }[process.platform as string] ?? 9
  const expected = `https://kyc.broker.example/continue?customer=${customerNo}&lang=${language}&source=${registerSource}`
  await expect(kyc).toHaveAttribute('href', expected)
  await expect(page.getByTestId('handoff-setPassword')).toHaveAttribute('href', `https://www.broker.example/password/set?customer=${customerNo}&lang=${language}`)
  await expect(page.getByTestId('handoff-tradingApp')).toHaveAttribute('href', `https://www.broker.example/app?lang=${language}&company=1001`)
  if (driver.kind === 'browser') {
    // the browser tier stands in for the system browser: a new window at exactly that address (main's window-open
    // handler sends it to the system browser in the app: main-wiring.test.ts)
    await page.context().route('https://kyc.broker.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'KYC' }))
    const [opened] = await Promise.all([page.context().waitForEvent('page'), kyc.click()])
    await opened.waitForLoadState()
    expect(opened.url()).toBe(expected)
    await opened.close()
  }
}

export const selfJourneys = [
  journey(
    'a trader registers themselves (zh-CN): their own words, no desk things, the continue button',
    async (driver) => {
      const page = await driver.open()
      await registerThemselves(driver, page, 'zh-CN')
      // the login name is remembered on their own PC: after a restart the form starts with it
      const email = await page.getByTestId('result-login').innerText()
      const again = await driver.restart()
      await formReady(again)
      await expect(again.getByTestId('email')).toHaveValue(email)
    },
    { preset: retailPreset },
  ),
  journey(
    'a trader registers themselves (en-US): their own words, the referral panel, the continue button',
    async (driver) => {
      const page = await driver.open()
      await formReady(page)
      await switchLanguage(page, 'English')
      await page.getByTestId('campaign-edit').click()
      await expect(page.getByTestId('campaign-panel')).toContainText('If someone invited you')
      await look(driver, page, 'referral-en-US')
      await page.getByTestId('campaign-cancel').click()
      await registerThemselves(driver, page, 'en-US')
      await switchLanguage(page, '简体中文')
      await expect(page.getByTestId('result-title')).toHaveText(words['zh-CN'].done)
    },
    { preset: { ...retailPreset, defaults: { country: 'GB', language: 'en-US' } } },
  ),
  journey(
    'a trader registers themselves (zh-HK): their own words in Traditional Chinese, no desk things, the continue button',
    async (driver) => {
      const page = await driver.open()
      await registerThemselves(driver, page, 'zh-HK')
    },
    { preset: { ...retailPreset, defaults: { country: 'HK', phoneArea: '852', language: 'zh-HK' } } },
  ),
  journey(
    'a trader whose broker set no links keeps the account number: never a dead end (both languages)',
    async (driver) => {
      const page = await driver.open()
      await formReady(page)
      await page.getByTestId('email').fill(uniqueEmail('solo'))
      await enterCode(page, await sendCodeAndRead(page))
      await page.getByTestId('submit').click()
      await expect(page.getByTestId('result-title')).toHaveText('您已注册成功')
      const customerNo = (await page.getByTestId('customer-no').innerText()).trim()
      await expect(page.getByTestId('keep-number')).toHaveText(`您的账户号码是 ${customerNo}，请妥善保存：券商会告知您登录方式。`)
      await expect(page.getByTestId('handoff').getByRole('link')).toHaveCount(0)
      await expect(page.getByTestId('handoff-qr')).toHaveCount(0)
      await look(driver, page, 'result-no-links-zh-CN')
      await switchLanguage(page, 'English')
      await expect(page.getByTestId('keep-number')).toHaveText(`Your account number is ${customerNo}. Keep it: your broker will tell you where to log in.`)
      await look(driver, page, 'result-no-links-en-US')
    },
    { preset: { audience: 'self', platform: { mode: 'sandbox' }, defaults: { country: 'CN', language: 'zh-CN' } } },
  ),
  journey(
    'a trader offline: the error in their words, the connection check, the form kept (both languages)',
    async (driver) => {
      const page = await driver.open()
      await formReady(page)
      const email = uniqueEmail('offline')
      await page.getByTestId('email').fill(email)
      await driver.platform.setReachable(false)
      await page.getByTestId('send-code').click()
      await expect(page.getByTestId('form-error')).toContainText('无法连接平台')
      await look(driver, page, 'network-error-zh-CN')
      await page.getByTestId('offer-connection-check').click()
      await expect(page.getByTestId('connection-check')).toContainText('供客服排查使用')
      await expect(page.getByTestId('connection-http')).toContainText('失败')
      await look(driver, page, 'connection-check-zh-CN')
      await switchLanguage(page, 'English')
      await expect(page.getByTestId('connection-check')).toContainText('For support: how this PC reaches your broker’s platform.')
      await look(driver, page, 'connection-check-en-US')
      await driver.platform.setReachable(true)
      await page.getByTestId('connection-back').click()
      await expect(page.getByTestId('email')).toHaveValue(email)
    },
    { preset: { audience: 'self', platform: { mode: 'sandbox' }, defaults: { country: 'CN', language: 'zh-CN' } }, externalPlatform: true },
  ),
  journey(
    'a trader\'s broken build says so to the trader, naming the setting (both languages)',
    async (driver) => {
      // an unusable configuration starts in English (its own language setting may be what is wrong)
      const page = await driver.open()
      await expect(page.getByTestId('config-problem')).toContainText('Download the installer again from your broker')
      await expect(page.getByTestId('config-problem')).toContainText('self.loginUrl')
      await look(driver, page, 'config-problem-en-US')
      await switchLanguage(page, '简体中文')
      await expect(page.getByTestId('config-problem')).toContainText('请从券商处重新下载安装包')
      await look(driver, page, 'config-problem-zh-CN')
    },
    {
      preset: {
        audience: 'self',
        platform: { mode: 'remote', baseUrl: 'https://api.broker.example/api', companyId: '880012' },
        self: { loginUrl: 'https://www.broker.example/login' },
        links: { allowList: ['help.broker.example'] },
      },
    },
  ),
  journey(
    'a trader\'s new version downloads by itself and says it installs when they quit (both languages)',
    async (driver) => {
      if (!driver.updateInstalls) return
      const page = await driver.open()
      await formReady(page)
      const notice = page.getByTestId('update-notice')
      await expect(notice).toContainText('版本 0.2.0 已就绪：退出应用时自动安装，也可立即重启。')
      await look(driver, page, 'update-ready-zh-CN')
      await switchLanguage(page, 'English')
      await expect(notice).toContainText('Version 0.2.0 is ready: it installs when you quit the app, or restart now.')
      await look(driver, page, 'update-ready-en-US')
      await page.getByTestId('update-restart').click()
      await expect.poll(() => driver.updateInstalls!()).toBe(1)
    },
    { preset: { audience: 'self', platform: { mode: 'sandbox' }, defaults: { country: 'CN', language: 'zh-CN' } }, updateFeed: { policy: 'auto', offers: '0.2.0' } },
  ),
]
