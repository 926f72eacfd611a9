import { expect } from '@playwright/test'
import { expectNoSeriousAxeViolations } from './axe'
import { journey } from './define'
import { formReady, switchLanguage, uniqueEmail } from './steps'

/** Office networks: the connection check, offered where a network error appears, read-only, in both languages. */
export const networkJourneys = [
  journey(
    'a network error offers the connection check: it reports every step, copies a report with nothing personal, and the form is kept',
    async (driver) => {
      const page = await driver.open()
      await formReady(page)
      const email = uniqueEmail('net')
      await page.getByTestId('email').fill(email)
      await driver.platform.setReachable(false)
      await page.getByTestId('send-code').click()
      await expect(page.getByTestId('form-error')).toContainText('无法连接平台')
      await page.getByTestId('offer-connection-check').click()
      await expect(page.getByTestId('connection-report')).toBeVisible()
      await expect(page.getByTestId('connection-http')).toContainText('失败')
      await expect(page.getByTestId('connection-proxy')).toHaveText('直连（不经代理）')
      await expect(page.getByTestId('connection-dns')).toContainText('正常')
      await expect(page.getByTestId('connection-tls')).toHaveText('未测量 · 未加密的 http（本机练习服务器）')
      await expect(page.getByTestId('connection-updates')).toHaveText('未测量 · 未启用更新')
      await expect(page.getByTestId('connection-system')).toHaveText('Linux')
      // every value in Chinese: no English words left, only technical tokens (addresses, HTTP, error codes, a trace)
      const values = await page.getByTestId('connection-report').locator('dd').allInnerTexts()
      for (const value of values) expect(value.replace(/https?|Linux|\b[A-Z][A-Z_]{2,}\b|[0-9a-f-]{36}/g, '')).not.toMatch(/[A-Za-z]{3,}/)
      await expect(page.getByTestId('connection-checkedAt')).not.toContainText('T')
      await driver.screenshot(page, 'connection-check-failed-zh-CN')
      await expectNoSeriousAxeViolations(page, 'connection check zh-CN')

      await driver.platform.setReachable(true)
      await page.getByTestId('connection-again').focus()
      await page.keyboard.press('Enter')
      await expect(page.getByTestId('connection-http')).toContainText('正常 ·')
      await switchLanguage(page, 'English')
      await expect(page.getByTestId('connection-http')).toContainText(/^OK · \d+ ms · HTTP 200 · platform code 0$/)
      await expect(page.getByTestId('connection-clock')).toContainText(/s \(platform minus this PC\)/)
      await driver.screenshot(page, 'connection-check-en-US')
      await expectNoSeriousAxeViolations(page, 'connection check en-US')
      await page.getByTestId('connection-copy').click()
      await expect(page.getByRole('status').filter({ hasText: 'Report copied.' })).toBeVisible()
      if (driver.copied) {
        const report = driver.copied.at(-1)!
        expect(report).toContain('Connection check')
        expect(report).toMatch(/Platform: 127\.0\.0\.1:\d+/)
        expect(report).not.toContain(email)
        expect(report).not.toContain('1001') // not the company id
      }
      const requests = (await driver.platform.requests()).map((r) => r.endpoint)
      expect(requests).not.toContain('register')
      expect(requests.filter((e) => e === 'sendCode')).toHaveLength(0)
      await page.getByTestId('connection-back').click()
      await expect(page.getByTestId('email')).toHaveValue(email)
    },
    { externalPlatform: true },
  ),
  journey(
    'a packaged office build without pins, on the system proxy, says so in the connection check in every language',
    async (driver) => {
      if (driver.kind !== 'browser') return // the real-Electron tier runs unpackaged; only an installed build is packaged
      const page = await driver.open()
      await formReady(page)
      await page.getByTestId('email').fill(uniqueEmail('exposed'))
      await driver.platform.setReachable(false)
      await page.getByTestId('send-code').click()
      await page.getByTestId('offer-connection-check').click()
      const traffic = page.getByTestId('connection-traffic')
      await expect(traffic).toHaveText('未固定证书公钥：本机信任的代理和证书可读取并篡改客户资料 · 代理由本机设置决定，而非 IT 指定')
      await expect(traffic).toHaveClass(/bad/)
      await driver.screenshot(page, 'connection-check-exposed-zh-CN')
      await expectNoSeriousAxeViolations(page, 'connection check exposed zh-CN')
      await switchLanguage(page, 'English')
      await expect(traffic).toHaveText('Not pinned: a proxy and a certificate this PC trusts can read and change customers’ data · The proxy is this PC’s choice, not set by IT')
      await driver.screenshot(page, 'connection-check-exposed-en-US')
      await switchLanguage(page, '繁體中文')
      await expect(traffic).toHaveText('未固定憑證公鑰：本機信任的代理及憑證可讀取及竄改客戶資料 · 代理由本機設定決定，並非 IT 指定')
      await driver.screenshot(page, 'connection-check-exposed-zh-HK')
    },
    { externalPlatform: true, packagedFacts: true },
  ),
  journey('the office proxy asks for a login: one prompt, the answer kept in memory for the session, never saved', async (driver) => {
    if (!driver.proxyChallenge) return // the real-Electron tier meets a real proxy only in an office
    const page = await driver.open()
    await formReady(page)
    const challenge = { host: 'proxy.office.example', port: 8080, realm: 'Branch network', scheme: 'basic' }
    const answered = driver.proxyChallenge(challenge)
    await expect(page.getByTestId('proxy-login')).toBeVisible()
    await expect(page.getByTestId('proxy-login')).toContainText('代理“陆家嘴网点代理”需要您的网络账号')
    await expect(page.getByTestId('proxy-login')).not.toContainText('Branch network') // the proxy's own words never show
    await page.getByTestId('proxy-username').fill('branch.user')
    await page.getByTestId('proxy-password').fill('Proxy-pass-77')
    await driver.screenshot(page, 'proxy-login-zh-CN')
    await expectNoSeriousAxeViolations(page, 'proxy login zh-CN')
    await page.keyboard.press('Enter')
    expect(await answered).toEqual({ username: 'branch.user', password: 'Proxy-pass-77' })
    await expect(page.getByTestId('proxy-login')).toHaveCount(0)
    // remembered for the session: the next challenge from the same proxy asks nobody
    expect(await driver.proxyChallenge(challenge)).toEqual({ username: 'branch.user', password: 'Proxy-pass-77' })
    await expect(page.getByTestId('proxy-login')).toHaveCount(0)
    // cancelling answers none, and the call then says "proxy login required"
    await switchLanguage(page, 'English')
    const other = driver.proxyChallenge({ ...challenge, host: 'proxy2.office.example' })
    await expect(page.getByTestId('proxy-login')).toContainText('The proxy “陆家嘴网点代理” needs your network login')
    await driver.screenshot(page, 'proxy-login-en-US')
    await page.getByTestId('proxy-cancel').click()
    expect(await other).toBeNull()
    // a proxy the preset does not name (one answering WPAD on the LAN): no prompt at all
    expect(await driver.proxyChallenge({ host: 'wpad.lan', port: 3128, realm: 'Enter your Windows password', scheme: 'basic' })).toBe('not-offered')
    await expect(page.getByTestId('proxy-login')).toHaveCount(0)
  }, { preset: { platform: { mode: 'sandbox' }, network: { proxy: { mode: 'fixed', rules: 'https=proxy.office.example:8080;http=proxy2.office.example:8080', name: '陆家嘴网点代理' } } } }),

  journey('staff mode: the office proxy login ends with the shift, and the next clerk is asked again', async (driver) => {
    if (!driver.proxyChallenge) return // the real-Electron tier meets a real proxy only in an office
    const page = await driver.open()
    await page.getByTestId('staff-id').fill('E1024')
    await page.getByTestId('staff-start').click()
    await formReady(page)
    const challenge = { host: 'proxy.office.example', port: 8080, realm: 'Branch network', scheme: 'basic' }
    const answered = driver.proxyChallenge(challenge)
    await expect(page.getByTestId('proxy-login')).toContainText('仅保存在内存中，直到您结束当班或应用关闭；不会写入磁盘。')
    await page.getByTestId('proxy-username').fill('alice.branch')
    await page.getByTestId('proxy-password').fill('Alice-pass-77')
    await driver.screenshot(page, 'proxy-login-shift-zh-CN')
    await expectNoSeriousAxeViolations(page, 'proxy login in staff mode zh-CN')
    await page.getByTestId('proxy-sign-in').click()
    expect(await answered).toEqual({ username: 'alice.branch', password: 'Alice-pass-77' })
    // the same shift: kept, nobody asked
    expect(await driver.proxyChallenge(challenge)).toEqual({ username: 'alice.branch', password: 'Alice-pass-77' })
    // Alice ends her shift; Bob starts his: the proxy's next challenge asks Bob, never answers with Alice's login
    await page.getByTestId('end-shift').click()
    await page.getByTestId('staff-id').fill('E2048')
    await page.getByTestId('staff-start').click()
    await formReady(page)
    const bobs = driver.proxyChallenge(challenge)
    await expect(page.getByTestId('proxy-login')).toBeVisible()
    await expect(page.getByTestId('proxy-username')).toHaveValue('')
    await page.getByTestId('proxy-cancel').click()
    expect(await bobs).toBeNull()
  }, { preset: { platform: { mode: 'sandbox' }, staffMode: { enabled: true, idleMinutes: 30 }, network: { proxy: { mode: 'fixed', rules: 'proxy.office.example:8080', name: '陆家嘴网点代理' } } } }),

  journey('"never": the proxy prompt says the login serves this connection only, in every language', async (driver) => {
    if (!driver.proxyChallenge) return
    const page = await driver.open()
    await formReady(page)
    const challenge = { host: 'proxy.office.example', port: 8080, realm: 'Branch network', scheme: 'basic' }
    const words = { 'zh-CN': '只用于本次连接，下次仍会询问；不会写入磁盘。', English: 'Used for this connection only: you are asked again next time. Never saved.', '繁體中文': '只用於今次連線，下次會再詢問；不會寫入磁碟。' }
    for (const [language, kept] of Object.entries(words)) {
      if (language !== 'zh-CN') await switchLanguage(page, language as 'English' | '繁體中文')
      const asked = driver.proxyChallenge(challenge)
      await expect(page.getByTestId('proxy-login')).toContainText(kept)
      await driver.screenshot(page, `proxy-login-never-${language}`)
      await page.getByTestId('proxy-cancel').click()
      expect(await asked).toBeNull()
    }
  }, { preset: { platform: { mode: 'sandbox' }, network: { proxy: { mode: 'fixed', rules: 'proxy.office.example:8080', name: '陆家嘴网点代理' }, proxyLogin: 'never' } } }),
]
