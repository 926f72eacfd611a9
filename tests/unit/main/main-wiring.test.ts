import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { allChannels } from '@contract/api-map'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { electronMock, fake, FakeBrowserWindow, ourWindowEvent, FakeClientRequest, servicesStarted } from '../../support/electron-mock'

vi.mock('electron', () => ({ default: electronMock, ...electronMock }))

/** Let main's whenReady().then(start) chain run to completion (its window is the last thing it makes). */
const settle = async () => {
  await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBeGreaterThan(0), { timeout: 5000 })
  await servicesStarted()
}

describe('main process wiring (mocked electron)', () => {
  beforeAll(async () => {
    // a development preset (DESK_OFFICE_FILE) naming the office's proxy: the one a login may be offered for
    const folder = mkdtempSync(join(tmpdir(), 'desk-wiring-'))
    const officeFile = join(folder, 'office.json')
    writeFileSync(officeFile, JSON.stringify({ platform: { mode: 'sandbox' }, network: { proxy: { mode: 'fixed', rules: 'proxy.office.example:8080', name: 'Lujiazui office proxy' } } }))
    process.env.DESK_OFFICE_FILE = officeFile
    await import('../../../electron/main/index')
    fake.app.readyResolve()
    await settle()
  })
  afterAll(() => {
    delete process.env.DESK_OFFICE_FILE
  })

  it('takes the single-instance lock before anything else', () => {
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1)
    expect(fake.app.listenerCount('second-instance')).toBe(1)
  })

  it('creates exactly one window with the security checklist in webPreferences', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    const { options } = FakeBrowserWindow.instances[0]!
    expect(options).toMatchObject({ width: 1100, height: 720, minWidth: 880, minHeight: 460 })
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: true, // not packaged here; window-options.test covers the packaged case
    })
    expect(options.webPreferences.preload).toMatch(/preload[\\/]index\.js$/)
    expect(FakeBrowserWindow.instances[0]!.loaded?.url).toBe('app://desk/index.html')
  })

  it('registers every channel of the contract, and only those', () => {
    expect([...fake.handled.keys()].sort()).toEqual(allChannels().sort())
  })

  it('answers our own window and rejects any other sender', async () => {
    const win = FakeBrowserWindow.instances[0]!
    const url = win.loaded!.url!
    const handler = fake.handled.get('desk:app:info')!
    const ours = { sender: { id: win.webContents.id }, senderFrame: { url, parent: null } }
    await expect(handler(ours, undefined)).resolves.toMatchObject({ ok: true, value: { registerSource: 9 } })

    const stranger = { sender: { id: 9999 }, senderFrame: { url, parent: null } }
    await expect(handler(stranger, undefined)).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    const subFrame = { sender: { id: win.webContents.id }, senderFrame: { url, parent: {} } }
    await expect(handler(subFrame, undefined)).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    const foreign = { sender: { id: win.webContents.id }, senderFrame: { url: 'https://evil.example/', parent: null } }
    await expect(handler(foreign, undefined)).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    await expect(handler(ours, { injected: 1 })).resolves.toMatchObject({ ok: false, error: { kind: 'validation' } })
  })

  it('registers no raw ipcMain listener: every channel goes through the dispatcher', () => {
    // main's settings are electron-store, which adds a raw listener of its own when constructed: main removes it
    expect(electronMock.ipcMain.on).toHaveBeenCalledWith('electron-store-get-data', expect.any(Function))
    expect(electronMock.ipcMain.listenerCount('electron-store-get-data')).toBe(0)
    expect(electronMock.ipcMain.eventNames()).toEqual([])
  })

  it('keeps settings in config.json in the data folder and copies through Electron\'s clipboard', async () => {
    const event = ourWindowEvent()
    await fake.handled.get('desk:app:set-language')!(event, 'en-US')
    expect(JSON.parse(readFileSync(join(fake.app.getPath('userData'), 'config.json'), 'utf8'))).toMatchObject({ language: 'en-US' })
    await fake.handled.get('desk:app:copy-text')!(event, '8000001')
    expect(electronMock.clipboard.writeText).toHaveBeenCalledWith('8000001')
  })

  it('denies every permission request and check', () => {
    const cb = vi.fn()
    fake.permissionRequest!({}, 'media', cb)
    fake.permissionRequest!({}, 'notifications', cb)
    expect(cb.mock.calls).toEqual([[false], [false]])
    expect(fake.permissionCheck!({}, 'clipboard-read')).toBe(false)
  })

  it('blocks navigation away from the bundle, new windows and webviews', () => {
    const contents = FakeBrowserWindow.instances[0]!.webContents
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true)
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(contents.fire('will-attach-webview')).toBe(true)
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler!({ url: 'http://example.com/' })).toEqual({ action: 'deny' })
    expect(fake.openExternal).not.toHaveBeenCalled()
  })

  it('registers the regdesk:// protocol', () => {
    expect(fake.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('regdesk', process.execPath, [])
  })

  it('applies a deep link from a second instance and from macOS open-url, pushing it to the window', () => {
    const contents = FakeBrowserWindow.instances[0]!.webContents
    fake.app.emit('second-instance', {}, ['app', 'regdesk://register?utm_source=sms&utm_campaign=autumn'])
    expect(contents.sent.at(-1)).toEqual([
      'desk:event:campaign-changed',
      { values: { utmSource: 'sms', utmCampaign: 'autumn' }, origin: 'deep-link' },
    ])
    const event = { preventDefault: vi.fn() }
    fake.app.emit('open-url', event, 'regdesk://register?agent=AG-5')
    expect(event.preventDefault).toHaveBeenCalled()
    expect(contents.sent.at(-1)).toEqual(['desk:event:campaign-changed', { values: { agentCode: 'AG-5' }, origin: 'deep-link' }])
    const before = contents.sent.length
    fake.app.emit('second-instance', {}, ['app', 'regdesk://admin?utm_source=x'])
    expect(contents.sent).toHaveLength(before)
  })

  it('focuses the existing window when a second instance starts', () => {
    fake.app.emit('second-instance', {}, ['app', 'regdesk://x'])
    expect(FakeBrowserWindow.instances[0]!.focus).toHaveBeenCalled()
    expect(FakeBrowserWindow.instances).toHaveLength(1)
  })

  it('makes platform calls through Electron\'s network stack (net.request: system proxy, PAC, OS certificates)', async () => {
    const event = ourWindowEvent()
    FakeClientRequest.instances.length = 0
    const sent = await fake.handled.get('desk:registration:send-code')!(event, { login: { method: 'email', email: 'net@example.com' }, country: 'CN' })
    expect(sent).toMatchObject({ ok: true })
    const urls = FakeClientRequest.instances.map((r) => r.options.url)
    expect(urls.some((u) => u.includes('/global/message.app.VerificationApiService.verifyCodeSend'))).toBe(true)
    expect(urls.some((u) => u.includes('checkStatus'))).toBe(true)
    expect(FakeClientRequest.instances.every((r) => r.options.redirect === 'manual')).toBe(true)
  })

  it('a proxy that asks for a login: the window is asked once, the answer goes back to Chromium, and is remembered', async () => {
    const win = FakeBrowserWindow.instances[0]!
    const event = ourWindowEvent()
    fake.proxyChallenge = { host: 'proxy.office.example', port: 8080, realm: 'office', scheme: 'basic' }
    FakeClientRequest.instances.length = 0
    win.webContents.sent.length = 0
    try {
      const sending = fake.handled.get('desk:registration:send-code')!(event, { login: { method: 'email', email: 'proxy@example.com' }, country: 'CN' })
      await vi.waitFor(() => expect(win.webContents.sent).toContainEqual(['desk:event:proxy-login', { name: 'Lujiazui office proxy', kept: 'session' }]))
      await fake.handled.get('desk:network:proxy-login')!(event, { username: 'branch', password: 'proxy-secret-1' })
      expect(await sending).toMatchObject({ ok: true })
      expect(FakeClientRequest.instances.map((r) => r.loginAnswer)).toContainEqual(['branch', 'proxy-secret-1'])
      expect(win.webContents.sent.filter(([name]) => name === 'desk:event:proxy-login')).toHaveLength(1)

      // the end of a shift takes it: ours, and Chromium's copy in the session's auth cache (else the proxy's next
      // challenge would be answered by Chromium without asking); the next call asks the window again
      const clearAuthCache = electronMock.session.defaultSession.clearAuthCache
      clearAuthCache.mockClear()
      expect(await fake.handled.get('desk:staff:end')!(event, undefined)).toEqual({ ok: true, value: null })
      expect(clearAuthCache).toHaveBeenCalledTimes(1)
      const again = fake.handled.get('desk:registration:send-code')!(event, { login: { method: 'email', email: 'proxy-next@example.com' }, country: 'CN' })
      await vi.waitFor(() => expect(win.webContents.sent.filter(([name]) => name === 'desk:event:proxy-login')).toHaveLength(2))
      await fake.handled.get('desk:network:proxy-login')!(event, { username: 'bob', password: 'proxy-secret-2' })
      expect(await again).toMatchObject({ ok: true })
    } finally {
      fake.proxyChallenge = undefined
    }
  })

  it('a proxy the preset does not name (WPAD on the LAN) gets no prompt: the call says "the proxy asks for a login; ask IT"', async () => {
    const win = FakeBrowserWindow.instances[0]!
    fake.proxyChallenge = { host: 'wpad.lan', port: 3128, realm: 'Enter your Windows password', scheme: 'basic' }
    win.webContents.sent.length = 0
    try {
      const sent = await fake.handled.get('desk:registration:send-code')!(ourWindowEvent(), { login: { method: 'email', email: 'proxy2@example.com' }, country: 'CN' })
      expect(sent).toMatchObject({ ok: false, error: { kind: 'network', code: 'NETWORK_PROXY_ASK_IT' } })
      expect(win.webContents.sent.filter(([name]) => name === 'desk:event:proxy-login')).toEqual([])
    } finally {
      fake.proxyChallenge = undefined
    }
  })

  it('applies the office proxy from the preset to the session before the first platform call', () => {
    expect(electronMock.session.defaultSession.setProxy).toHaveBeenCalledWith({ mode: 'fixed_servers', proxyRules: 'proxy.office.example:8080' })
  })
})
