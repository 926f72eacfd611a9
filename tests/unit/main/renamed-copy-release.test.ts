import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createServer, type Server } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { electronMock, fake, FakeBrowserWindow, ourWindowEvent, servicesStarted } from '../../support/electron-mock'

vi.mock('electron', () => ({ default: electronMock, ...electronMock }))

/**
 * A renamed copy of the installed app (found by the attack3 review, docs/security.md "a renamed copy"): a clerk copies the installed, signed app out of Program Files (readable by every account) into
 * their own folder and renames "Registration Desk.exe" to "electron.exe". Electron decides `app.isPackaged` from the
 * executable's NAME alone (lib/browser/api/app.ts):
 *   const execFile = path.basename(process.execPath).toLowerCase()
 *   return process.platform === 'win32' ? execFile !== 'electron.exe' : execFile !== 'electron'
 * The binary, its fuses and app.asar (with its integrity hash) are unchanged, so the copy starts as the genuine app,
 * and main used to believe it was a development run (no command-line screening, DevTools on, every DESK_* variable
 * honoured). Now a release bundle decides at build time (electron/main/build-kind.ts): here main runs as a release
 * bundle (`__DESK_BUILD__`, which package:office's build defines) with Electron saying "not packaged". The built
 * bundle itself is run the same way in tests/package/release-bundle.test.ts.
 */
const isPackagedAsElectronDecides = (execPath: string, platform: string) => {
  const execFile = (platform === 'win32' ? execPath.split('\\') : execPath.split('/')).at(-1)!.toLowerCase()
  return platform === 'win32' ? execFile !== 'electron.exe' : execFile !== 'electron'
}

const copiedExe = 'C:\\Users\\branch\\AppData\\Local\\desk\\electron.exe'
const captured: { url: string; body: string }[] = []
let server: Server

describe('a renamed copy of a release build keeps the office rules although Electron calls it "not packaged"', () => {
  const argv = process.argv
  const exits: (number | undefined)[] = []
  beforeAll(async () => {
    vi.stubGlobal('__DESK_BUILD__', 'release')
    // main exits at start on the switches; recorded here so the rest of the start can be looked at too
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => void exits.push(code)) as typeof process.exit)
    vi.spyOn(console, 'error').mockImplementation(() => {})
    // the clerk's own "platform": records what it receives
    server = createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        captured.push({ url: req.url ?? '', body })
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ code: '0', msg: 'ok', data: {} }))
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    const port = (server.address() as { port: number }).port

    // the office's real preset, inside the copied app.asar (pins, direct proxy, staff mode, agent codes allowed)
    const preset = join(fake.app.getAppPath(), 'office', 'office.json')
    mkdirSync(join(fake.app.getAppPath(), 'office'), { recursive: true })
    writeFileSync(
      preset,
      JSON.stringify({
        platform: { mode: 'remote', baseUrl: 'https://api.broker.example/api', companyId: '880012' },
        network: { proxy: { mode: 'direct' }, pins: { platform: ['rDv1/ajmfmvpm+JV0WFrqyxEM3b7jCVzV4uuDSQ8gOo=', 'x8ctb4t0TCbXPnimpE7K/uLTn4ujockRwMOfnMkZ1Xo='] } },
        office: { code: 'HK-01', name: 'Central branch' },
        registration: { agentCodeEnabled: true },
        staffMode: { enabled: true },
        links: { allowList: ['help.broker.example'] },
      }),
    )
    fake.app.isPackaged = isPackagedAsElectronDecides(copiedExe, 'win32')
    // the shortcut's command line and the account's environment (HKCU\Environment), both the clerk's to set
    process.argv = [copiedExe, '--remote-debugging-port=9222', '--proxy-server=127.0.0.1:8888']
    process.env.DESK_OFFICE_FILE = preset
    process.env.DESK_API_URL = `http://127.0.0.1:${port}/api`
    process.env.DESK_COMPANY_ID = '880012'
    process.env.DESK_CAMPAIGN_DEFAULTS = 'utm_source=branch-hk01&agent=CLERK-7'
    process.env.DESK_TEST_PRINT_DIR = join(fake.app.getAppPath(), '..', 'prints')
    process.env.DESK_USER_DATA_DIR = join(fake.app.getAppPath(), '..', 'elsewhere')
    await import('../../../electron/main/index')
    fake.app.readyResolve()
    await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBeGreaterThan(0), { timeout: 5000 })
    // the menu is set once main's services exist, just after the window (service-start.ts)
    await servicesStarted()
  })
  afterAll(() => {
    process.argv = argv
    for (const k of ['DESK_OFFICE_FILE', 'DESK_API_URL', 'DESK_COMPANY_ID', 'DESK_CAMPAIGN_DEFAULTS', 'DESK_TEST_PRINT_DIR', 'DESK_USER_DATA_DIR']) delete process.env[k]
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    server.close()
  })

  it('Electron itself calls the renamed copy unpackaged', () => {
    expect(isPackagedAsElectronDecides(copiedExe, 'win32')).toBe(false)
    expect(isPackagedAsElectronDecides('C:\\Program Files\\Registration Desk\\Registration Desk.exe', 'win32')).toBe(true)
  })

  it('exits at start on --remote-debugging-port and --proxy-server', () => {
    expect(exits).toEqual([1])
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('does not start with command-line switches'))
  })

  it('has DevTools off, and no Reload or Toggle DevTools in its menu', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    expect(FakeBrowserWindow.instances[0]!.options.webPreferences.devTools).toBe(false)
    const labels = JSON.stringify(fake.appMenu)
    expect(labels).not.toMatch(/toggleDevTools|"reload"/)
  })

  it('ignores the environment: the office identity and agent code are the preset\'s, the data folder stays its own', async () => {
    const info = (await fake.handled.get('desk:app:info')!(ourWindowEvent(), undefined)) as { ok: boolean; value: Record<string, unknown> }
    expect(JSON.stringify(info.value)).toContain('HK-01')
    const campaign = (await fake.handled.get('desk:campaign:get')!(ourWindowEvent(), undefined)) as { value: { values: Record<string, string> } }
    expect(campaign.value.values.agentCode).toBeUndefined()
    expect(JSON.stringify(campaign.value)).not.toContain('CLERK-7')
    expect(fake.app.setPath).not.toHaveBeenCalledWith('userData', expect.anything())
  })

  it('sends nothing to the platform the clerk named in the environment', async () => {
    await fake.handled.get('desk:registration:send-code')!(ourWindowEvent(), { login: { method: 'email', email: 'walk-in@customer.example' }, country: 'HK' })
    expect(captured).toEqual([])
  })
})
