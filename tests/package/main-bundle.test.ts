import Module from 'node:module'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { electronMock, fake, FakeBrowserWindow, ourWindowEvent, servicesStarted } from '../support/electron-mock'

const bundle = resolve(__dirname, '../../out/main/index.js')

/**
 * The built main bundle (what the asar ships, every dependency inlined) boots with a stand-in Electron: a missing
 * require or a bundling mistake fails here, not on a customer's PC.
 */
describe('the built main process bundle', () => {
  beforeAll(async () => {
    if (!existsSync(bundle)) throw new Error('out/main/index.js is missing: run "npm run build" first')
    const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown }
    const original = loader._load
    loader._load = function (request: string, ...rest: unknown[]) {
      if (request === 'electron') return electronMock
      return original.call(this, request, ...rest)
    }
    try {
      Module.createRequire(__filename)(bundle)
      fake.app.readyResolve()
      // the services' chunk is loaded just after the window, and requires electron too
      await servicesStarted()
    } finally {
      loader._load = original
    }
  })

  it('opens its one window and registers every channel', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    expect(fake.handled.size).toBeGreaterThan(20)
  })

  it('serves the built renderer from app://desk/ and refuses anything outside it', async () => {
    const handler = fake.protocols.get('app')!
    const index = await handler(new Request('app://desk/index.html'))
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await index.text()).toContain('Content-Security-Policy')
    // the policy also comes as a header (frame-ancestors works only there), and nothing is content-sniffed
    expect(index.headers.get('content-security-policy')).toMatch(/^default-src 'none'; .*connect-src 'none'.*frame-ancestors 'none'$/)
    expect(index.headers.get('x-content-type-options')).toBe('nosniff')
    for (const evil of ['app://desk/../main/index.js', 'app://desk/%2e%2e/%2e%2e/package.json', 'app://other/index.html']) {
      const refused = await handler(new Request(evil))
      expect(refused.status).toBe(404)
      expect(refused.headers.get('x-content-type-options')).toBe('nosniff')
    }
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ])
  })

  it('answers app info through the registered handler, with the embedded sandbox running', async () => {
    const event = ourWindowEvent()
    const info = (await fake.handled.get('desk:app:info')!(event, undefined)) as { ok: boolean; value: { sandbox: boolean; platformHost: string } }
    expect(info).toMatchObject({ ok: true, value: { sandbox: true } })
    expect(info.value.platformHost).toMatch(/^127\.0\.0\.1:\d+$/)
    expect(electronMock.ipcMain.on).toHaveBeenCalledWith('electron-store-get-data', expect.any(Function))
    // electron-store added its raw listener when main opened the settings; main removed it, and nothing else is there
    expect(electronMock.ipcMain.listenerCount('electron-store-get-data')).toBe(0)
    expect(electronMock.ipcMain.eventNames()).toEqual([])
  })

  it('makes a platform call with what it loads on first use (axios, the embedded sandbox), through net.request', async () => {
    const event = ourWindowEvent()
    const sent = (await fake.handled.get('desk:registration:send-code')!(event, { login: { method: 'email', email: 'bundle@example.com' }, country: 'CN' })) as {
      ok: boolean
      value: { sandboxCode?: string }
    }
    expect(sent).toMatchObject({ ok: true, value: { sandboxCode: expect.stringMatching(/^\d{6}$/) } })
    expect(electronMock.net.request).toHaveBeenCalledWith(expect.objectContaining({ method: 'POST', url: expect.stringMatching(/VerificationApiService\.verifyCodeSend$/) }))
  })
})

describe('the built preload', () => {
  it('carries the channel names only: no schema library, no configuration table (contract/ipc/ domain files)', () => {
    const preload = readFileSync(resolve(__dirname, '../../out/preload/index.js'), 'utf8')
    expect(preload).toContain('desk:registration:submit')
    expect(preload).not.toMatch(/valibot|strictObject|settingsTable|officeOverrides/)
    expect(preload.length).toBeLessThan(8_000)
  })
})
