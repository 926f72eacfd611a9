import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { deskApiMap, deskEventMap } from '@contract/api-map'
import { buildDesk } from '@contract/build-desk'
import { isAllowedExternalUrl } from '../../../electron/main/security/external-links'
import { electronMock, fake, FakeBrowserWindow, servicesStarted } from '../../support/electron-mock'

vi.mock('electron', () => ({ default: electronMock, ...electronMock }))

const root = resolve(__dirname, '../../..')
const prefs = () => FakeBrowserWindow.instances[0]!.options.webPreferences
const builtHtml = () => {
  const file = resolve(root, 'out/renderer/index.html')
  if (!existsSync(file)) throw new Error('out/renderer/index.html is missing: run "npm run build" first')
  return readFileSync(file, 'utf8')
}
const csp = () => /Content-Security-Policy" content="([^"]+)"/.exec(builtHtml())![1]!

/** Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item, as far as it applies. */
describe("Electron's security checklist", () => {
  beforeAll(async () => {
    await import('../../../electron/main/index')
    fake.app.readyResolve()
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 5000 })
    await servicesStarted()
  })

  it('1. only secure content: the renderer comes from our own app:// scheme and may reach no network', () => {
    expect(FakeBrowserWindow.instances[0]!.loaded?.url).toBe('app://desk/index.html')
    expect(csp()).toContain("connect-src 'none'")
    expect(csp()).toContain("default-src 'none'")
  })

  it('1b. the built renderer evaluates no strings as code: no eval, no new Function, no message compiler (messages are compiled at build time)', () => {
    const dir = resolve(root, 'out/renderer/assets')
    const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(3)
    for (const file of scripts) {
      const code = readFileSync(resolve(dir, file), 'utf8')
      expect(code, file).not.toMatch(/new Function\s*\(|\beval\s*\(/)
      // vue-i18n's message compiler calls itself with `jit: true`; the runtime-only build has no such call
      expect(code, file).not.toContain('jit:!0')
    }
    expect(csp()).not.toContain('unsafe-eval')
  })

  it('2. Node.js integration off everywhere', () => {
    expect(prefs()).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false })
  })

  it('3. context isolation on', () => expect(prefs().contextIsolation).toBe(true))

  it('4. process sandboxing on, and the preload is a single file that requires only electron', () => {
    expect(prefs().sandbox).toBe(true)
    const preload = readFileSync(resolve(root, 'out/preload/index.js'), 'utf8')
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron'])
  })

  it('5. every permission request and check is refused', () => {
    const cb = vi.fn()
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) fake.permissionRequest!({}, p, cb)
    expect(cb.mock.calls.every(([granted]) => granted === false)).toBe(true)
    expect(fake.permissionCheck!({}, 'media')).toBe(false)
  })

  it('6. webSecurity stays on', () => expect(prefs().webSecurity).toBe(true))

  it('7. a strict CSP: no inline or eval script, no inline style, no plugins, no base or form targets', () => {
    const policy = csp()
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
    for (const d of ["script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) expect(policy).toContain(d)
  })

  it('8. no insecure content over https pages', () => expect(prefs().allowRunningInsecureContent).toBe(false))

  it('9. no experimental features', () => expect(prefs().experimentalFeatures).toBe(false))

  it('10. no enableBlinkFeatures (only a feature disabled: Auxclick)', () => {
    expect(prefs().enableBlinkFeatures).toBeUndefined()
    expect(prefs().disableBlinkFeatures).toBe('Auxclick')
  })

  it('11–12. no <webview>: the tag is off and any attach is prevented', () => {
    expect(prefs().webviewTag).toBe(false)
    expect(FakeBrowserWindow.instances[0]!.webContents.fire('will-attach-webview')).toBe(true)
  })

  it('13. navigation limited to our own pages', () => {
    const contents = FakeBrowserWindow.instances[0]!.webContents
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true)
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true)
    expect(contents.fire('will-navigate', 'app://desk/index.html')).toBe(false)
  })

  it('14. no new windows', () => {
    const open = FakeBrowserWindow.instances[0]!.webContents.windowOpenHandler!
    for (const url of ['https://evil.example/', 'app://desk/index.html', 'javascript:alert(1)']) expect(open({ url })).toEqual({ action: 'deny' })
  })

  it('15. shell.openExternal only for allow-listed https links', () => {
    expect(isAllowedExternalUrl('https://help.broker.example/', ['help.broker.example'])).toBe(true)
    for (const url of ['http://help.broker.example/', 'file:///c:/windows/system32/calc.exe', 'smb://host/share', 'https://other.example/']) {
      expect(isAllowedExternalUrl(url, ['help.broker.example'])).toBe(false)
    }
    FakeBrowserWindow.instances[0]!.webContents.windowOpenHandler!({ url: 'file:///c:/windows/system32/calc.exe' })
    expect(fake.openExternal).not.toHaveBeenCalled()
  })

  it('16. a current Electron (45)', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'))
    expect(pkg.devDependencies.electron).toMatch(/^~45\./)
  })

  it('17. every IPC message is checked: sender, then schema', async () => {
    const handler = fake.handled.get('desk:app:info')!
    const win = FakeBrowserWindow.instances[0]!
    const ours = { sender: { id: win.webContents.id }, senderFrame: { url: 'app://desk/index.html', parent: null } }
    await expect(handler({ ...ours, senderFrame: { url: 'https://evil.example/', parent: null } }, undefined)).resolves.toMatchObject({ error: { kind: 'forbidden' } })
    await expect(handler(ours, 'surprise')).resolves.toMatchObject({ error: { kind: 'validation' } })
    // no raw listener answers outside the dispatcher (electron-store's own is removed at start)
    expect(electronMock.ipcMain.eventNames()).toEqual([])
  })

  it('18. no file:// for the app: a privileged app:// scheme of our own, without a code cache (the user could plant compiled code in it)', () => {
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } },
    ])
    expect(fake.protocols.has('app')).toBe(true)
  })

  it('19. fuses: set at packaging (checked on the packaged binary in tests/package/packaging.test.ts)', () => {
    const yml = readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')
    for (const line of ['runAsNode: false', 'enableNodeOptionsEnvironmentVariable: false', 'enableNodeCliInspectArguments: false', 'onlyLoadAppFromAsar: true', 'enableEmbeddedAsarIntegrityValidation: true']) {
      expect(yml).toContain(line)
    }
  })

  it('20. no Electron API reaches the page: window.desk is named functions only', () => {
    const desk = buildDesk(deskApiMap, deskEventMap, async () => null, () => () => {})
    for (const group of Object.values(desk)) {
      expect(Object.isFrozen(group)).toBe(true)
      for (const fn of Object.values(group)) expect(typeof fn).toBe('function')
    }
    expect(Object.isFrozen(desk)).toBe(true)
    const preload = readFileSync(resolve(root, 'electron/preload/index.ts'), 'utf8')
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/)
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1)
  })

  it('devtools follow packaging: on in this unpackaged run (the packaged case, off, is in window.test.ts)', () => {
    expect(fake.app.isPackaged).toBe(false)
    expect(prefs().devTools).toBe(true)
  })
})
