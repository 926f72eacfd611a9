import { expect, test } from '@playwright/test'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { productionCsp } from '../../electron/main/security/csp'
import { startSandbox, type Sandbox } from '../../sandbox/server'
import { formReady, switchLanguage, uniqueEmail } from '../journeys/steps'
import { connectProxy } from '../support/connect-proxy'
import { privateCa } from '../support/private-ca'
import { electronOrSkip } from './electron-binary'
import { everyFileText, launchApp, trustArgs, type Launch } from './launch'

/**
 * What only the real Electron proves (docs/electron-tier.md lists each claim): Chromium's network stack with an office
 * proxy and its login, its certificate verification, the app:// scheme's headers, electron-store's file on disk.
 */
const binary = electronOrSkip(test)
const launch = (setup: Launch = {}) => launchApp(binary, setup)

test.describe('the real runtime', () => {
  let sandbox: Sandbox | undefined
  test.afterEach(async () => {
    await sandbox?.close()
    sandbox = undefined
  })

  test('app:// answers with the CSP header, and the window refuses an injected inline script', async () => {
    const { app, userDataDir } = await launch()
    try {
      const page = await app.firstWindow()
      await formReady(page)
      // main's own net.fetch of the page: the very handler the window's requests go through
      const answer = await app.evaluate(async ({ net }) => {
        const response = await net.fetch('app://desk/index.html')
        return { status: response.status, csp: response.headers.get('content-security-policy'), nosniff: response.headers.get('x-content-type-options') }
      })
      expect(answer).toEqual({ status: 200, csp: `${productionCsp}; frame-ancestors 'none'`, nosniff: 'nosniff' })
      const injected = await page.evaluate(
        () =>
          new Promise<{ ran: boolean; violated: string }>((done) => {
            let violated = ''
            document.addEventListener('securitypolicyviolation', (e) => (violated = e.violatedDirective), { once: true })
            const script = document.createElement('script')
            script.textContent = 'window.__deskInjected = true'
            document.body.append(script)
            setTimeout(() => done({ ran: (window as unknown as { __deskInjected?: boolean }).__deskInjected === true, violated }), 200)
          }),
      )
      expect(injected).toEqual({ ran: false, violated: expect.stringMatching(/^script-src/) })
    } finally {
      await app.close()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  })

  test("electron-store's config.json is written in the data folder and read back at the next start", async () => {
    const first = await launch({ env: { DESK_LANG: 'zh-CN' } })
    const { userDataDir } = first
    try {
      const page = await first.app.firstWindow()
      await formReady(page)
      await switchLanguage(page, 'English')
      await expect(page.getByRole('radio', { name: 'English' })).toBeChecked()
      await first.app.close()
      const config = JSON.parse(readFileSync(join(userDataDir, 'config.json'), 'utf8'))
      expect(config).toMatchObject({ language: 'en-US' })
      const second = await launch({ env: { DESK_LANG: 'zh-CN' }, userDataDir })
      try {
        const again = await second.app.firstWindow()
        await formReady(again)
        await expect(again.getByRole('radio', { name: 'English' })).toBeChecked()
      } finally {
        await second.app.close()
      }
    } finally {
      rmSync(userDataDir, { recursive: true, force: true })
    }
  })

  test('an untrusted certificate is refused: the clerk is told which host, and the form is kept', async () => {
    const tls = privateCa()
    sandbox = await startSandbox({ tls })
    const { app, userDataDir } = await launch({ env: { DESK_API_URL: `${sandbox.url}/api`, DESK_COMPANY_ID: '1001', DESK_PLATFORM_IS_SANDBOX: '1' } })
    try {
      const page = await app.firstWindow()
      await formReady(page)
      await switchLanguage(page, 'English')
      const email = uniqueEmail('cert')
      await page.getByTestId('email').fill(email)
      await page.getByTestId('send-code').click()
      await expect(page.getByTestId('form-error')).toContainText(`The certificate of 127.0.0.1:${new URL(sandbox.url).port} is not trusted on this PC`)
      await expect(page.getByTestId('email')).toHaveValue(email)
      expect(sandbox.requests.filter((r) => r.endpoint === 'sendCode')).toHaveLength(0) // nothing reached the platform
    } finally {
      await app.close()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  })

  test('a registration through an office CONNECT proxy that asks for a login: answered in the dialog, never written to disk', async () => {
    const tls = privateCa()
    sandbox = await startSandbox({ tls })
    const login = { user: 'branch.user', password: 'Proxy-pass-77' }
    const proxy = await connectProxy({ login })
    const proxyPort = new URL(proxy.url).port
    const folder = mkdtempSync(join(tmpdir(), 'desk-runtime-'))
    const { app, userDataDir } = await launch({
      env: { DESK_API_URL: `${sandbox.url}/api`, DESK_COMPANY_ID: '1001', DESK_PLATFORM_IS_SANDBOX: '1', DESK_LANG: 'en-US' },
      // the platform's certificate trusted the way an office CA in the OS store is; <-loopback>: 127.0.0.1 via the proxy too
      args: trustArgs(tls.cert, folder),
      userDataDir: folder,
      preset: { network: { proxy: { mode: 'fixed', rules: `127.0.0.1:${proxyPort}`, bypass: '<-loopback>' } } },
    })
    try {
      const page = await app.firstWindow()
      await formReady(page)
      const email = uniqueEmail('proxy')
      await page.getByTestId('email').fill(email)
      await page.getByTestId('send-code').click()
      const dialog = page.getByTestId('proxy-login')
      await expect(dialog).toContainText(`127.0.0.1:${proxyPort}`)
      await page.getByTestId('proxy-username').fill(login.user)
      await page.getByTestId('proxy-password').fill(login.password)
      await page.keyboard.press('Enter')
      await expect(dialog).toHaveCount(0)
      // the code was sent through the tunnel; the rest of the registration reuses the session's answer
      const code = (await page.getByTestId('sandbox-code').locator('strong').innerText()).replace(/\D/g, '')
      await page.getByTestId('code').fill(code)
      await page.getByTestId('submit').click()
      await expect(page.getByTestId('customer-no')).toHaveText(/^\s*\d+\s*$/)
      expect(proxy.targets.every((t) => t === `127.0.0.1:${new URL(sandbox!.url).port}`)).toBe(true)
      expect(proxy.targets.length).toBeGreaterThan(0)
      expect(sandbox.requests.map((r) => r.endpoint)).toEqual(expect.arrayContaining(['sendCode', 'register']))
      await app.close()
      const written = everyFileText(userDataDir)
      expect(written).not.toContain(login.password)
      expect(written).not.toContain(Buffer.from(`${login.user}:${login.password}`).toString('base64'))
    } finally {
      await app.close().catch(() => {})
      await proxy.close()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  })
})
