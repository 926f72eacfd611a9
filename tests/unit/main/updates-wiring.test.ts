import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { load } from 'js-yaml'
import { electronMock, fake, FakeBrowserWindow, ourWindowEvent, servicesStarted } from '../../support/electron-mock'
import { newReleaseKey, signFeedText } from '../../../scripts/sign-release'

vi.mock('electron', () => ({ default: electronMock, ...electronMock }))

/** electron-updater as main uses it, recorded: which updater, which feed, which switches, which events. */
const recorded = vi.hoisted(() => ({ constructed: [] as { kind: string; instance: Record<string, unknown> }[], checks: 0 }))
vi.mock('electron-updater', () => {
  class FakeUpdater {
    feed: unknown
    listeners = new Map<string, unknown[]>()
    isUpdateSupported: unknown = async () => true
    /** the running version as electron-updater holds it (semver's compare: -1 when the other is newer) */
    currentVersion = { compare: (other: string) => (other === '0.0.1' ? 1 : -1) }
    emitted: unknown[] = []
    emit(event: string, value: unknown) {
      this.emitted.push({ event, value })
      return true
    }
    constructor(kind: string) {
      recorded.constructed.push({ kind, instance: this as unknown as Record<string, unknown> })
    }
    setFeedURL(options: unknown) {
      this.feed = options
    }
    on(event: string, listener: unknown) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
      return this
    }
    async checkForUpdates() {
      recorded.checks += 1
      return null
    }
    doInstall() {
      return true
    }
  }
  return {
    NsisUpdater: class extends FakeUpdater {
      constructor() {
        super('nsis')
      }
    },
    MacUpdater: class extends FakeUpdater {
      constructor() {
        super('mac')
      }
    },
  }
})

const feedUrl = 'https://updates.branch.example/desk/'
const feedPins = ['A'.repeat(43) + '=', 'B'.repeat(43) + '=']
/** the broker's release key in this test (its public half in the preset) */
const releaseKey = newReleaseKey()
const feedFile = (version: string) => `version: ${version}\nfiles:\n  - url: Registration-Desk-Setup-${version}.exe\n    sha512: ${'A'.repeat(86)}==\n    size: 1024\n`
const platform = process.platform

/** A packaged Windows build: its office.json inside app.asar, app-update.yml beside it, and a user steering by variables. */
describe('main configures the updater from the preset only (packaged, mocked electron and electron-updater)', () => {
  const argv = process.argv
  const smokeOut = mkdtempSync(join(tmpdir(), 'desk-no-smoke-'))
  beforeAll(async () => {
    Object.defineProperty(process, 'platform', { value: 'win32' })
    const resources = mkdtempSync(join(tmpdir(), 'desk-res-'))
    writeFileSync(join(resources, 'app-update.yml'), 'provider: generic\nurl: https://updates.branch.example/desk/\npublisherName:\n  - Branch Broker Ltd\n')
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true })
    const office = join(fake.app.getAppPath(), 'office')
    mkdirSync(office, { recursive: true })
    writeFileSync(
      join(office, 'office.json'),
      JSON.stringify({
        platform: { mode: 'sandbox' },
        network: { proxy: { mode: 'fixed', rules: 'proxy.branch.example:8080' }, pins: { updates: feedPins } },
        office: { code: 'SH-01', name: 'Lujiazui' },
        updates: { policy: 'notify', feedUrl, channel: 'beta', checkMinutes: 60, releaseKey: releaseKey.publicKey, publisher: { subject: 'CN=Branch Broker Ltd, O=Branch Broker Ltd, C=HK', sha256: ['70069CD8A247A31839975191F9620A8DC4B1D49B2438E60AA0B62CA2A1ECCEDF'] } },
      }),
    )
    fake.app.isPackaged = true
    // a packaged app accepts no argument but its own path and links (security/debug-switches.ts): not vitest's
    process.argv = [argv[0]!]
    process.env.DESK_UPDATE_FEED_URL = 'https://evil.example/feed/'
    process.env.DESK_API_URL = 'https://evil.example/api'
    // every test seam asked for: a release build (no test-build marker inside app.asar) takes none
    process.env.DESK_TEST_UPDATES = '1'
    process.env.DESK_TEST_PRINT_DIR = smokeOut
    process.env.DESK_SMOKE_OUT = smokeOut
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true })
    await import('../../../electron/main/index')
    fake.app.readyResolve()
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 5000 })
    await servicesStarted()
  })
  afterAll(() => {
    for (const name of ['DESK_TEST_UPDATES', 'DESK_TEST_PRINT_DIR', 'DESK_SMOKE_OUT']) delete process.env[name]
    process.argv = argv
    vi.useRealTimers()
    Object.defineProperty(process, 'platform', { value: platform })
    delete process.env.DESK_UPDATE_FEED_URL
    delete process.env.DESK_API_URL
  })

  it('loads nothing of electron-updater before the first check (a minute after start)', () => {
    expect(recorded.constructed).toEqual([])
  })

  it('at the first check: the NSIS updater on the preset\'s feed and channel, as the preset\'s policy says', async () => {
    await vi.advanceTimersByTimeAsync(60_000)
    await vi.waitFor(() => expect(recorded.checks).toBe(1))
    expect(recorded.constructed.map((c) => c.kind)).toEqual(['nsis'])
    const updater = recorded.constructed[0]!.instance
    expect(updater.feed).toEqual({ provider: 'generic', url: feedUrl, channel: 'beta' })
    expect(updater).toMatchObject({ autoDownload: false, autoInstallOnAppQuit: true, allowDowngrade: false, allowPrerelease: true, disableWebInstaller: true })
    // the environment steered nothing: not the feed, not the platform
    expect(JSON.stringify(updater.feed)).not.toContain('evil.example')
  })

  it("checks every release against the preset's release key, office, audience and channel before any download", async () => {
    const updater = recorded.constructed[0]!.instance as { isUpdateSupported: (info: unknown) => Promise<boolean>; emitted: { value: { code?: string; note?: string } }[] }
    const signed = (version: string, identity: Partial<{ office: string | null; audience: 'desk' | 'self'; channel: 'stable' | 'beta'; platform: 'win32' | 'darwin' }>) =>
      load(signFeedText(feedFile(version), { office: 'SH-01', audience: 'desk', channel: 'beta', platform: 'win32', ...identity }, releaseKey.privateKey))
    expect(await updater.isUpdateSupported(signed('0.2.0-beta.1', {}))).toBe(true)
    expect(updater.emitted).toEqual([])
    const refused = async (info: unknown) => {
      updater.emitted.length = 0
      expect(await updater.isUpdateSupported(info)).toBe(false)
      return updater.emitted.map((e) => ({ code: e.value.code, note: e.value.note }))
    }
    expect(await refused(signed('0.2.0-beta.1', { office: 'HK-01' }))).toEqual([{ code: 'DESK_FEED_REFUSED', note: 'releaseOtherOffice' }])
    expect(await refused(signed('0.2.0-beta.1', { audience: 'self' }))).toEqual([{ code: 'DESK_FEED_REFUSED', note: 'releaseOtherAudience' }])
    expect(await refused(signed('0.2.0-beta.1', { channel: 'stable' }))).toEqual([{ code: 'DESK_FEED_REFUSED', note: 'releaseOtherChannel' }])
    expect(await refused(signed('0.2.0-beta.1', { platform: 'darwin' }))).toEqual([{ code: 'DESK_FEED_REFUSED', note: 'releaseUnsigned' }])
    expect(await refused(signed('0.0.1', {}))).toEqual([{ code: 'DESK_FEED_REFUSED', note: 'releaseNotNewer' }])
    expect(await refused(load(feedFile('0.2.0-beta.1')))).toEqual([{ code: 'DESK_FEED_REFUSED', note: 'releaseUnsigned' }])
  })

  it('a release build takes no test seam: the updater stays packaged-only and installs at quit, no smoke journey runs', async () => {
    const updater = recorded.constructed[0]!.instance
    expect(updater.forceDevUpdateConfig).toBeUndefined()
    expect(updater.autoInstallOnAppQuit).toBe(true)
    FakeBrowserWindow.instances[0]!.emit('ready-to-show')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(readdirSync(smokeOut)).toEqual([])
  })

  it("gives electron-updater's own session the office proxy, and answers its proxy logins without prompting", () => {
    const partition = electronMock.session.partitions.get('electron-updater')!
    expect(partition.setProxy).toHaveBeenCalledWith(expect.objectContaining({ proxyRules: 'proxy.branch.example:8080' }))
    const listeners = (recorded.constructed[0]!.instance.listeners as Map<string, ((...a: unknown[]) => void)[]>).get('login')!
    expect(listeners).toHaveLength(1)
    const callback = vi.fn()
    listeners[0]!({ isProxy: true, host: 'proxy.branch.example', port: 8080, realm: 'r', scheme: 'basic' }, callback)
    expect(callback).toHaveBeenCalledWith() // nothing given this session: cancelled, no prompt
    expect(fake.handled.size).toBeGreaterThan(0)
  })

  it('the end of a shift empties Chromium\'s auth cache on both sessions behind the proxy (the platform\'s and the updater\'s)', async () => {
    const sessions = [electronMock.session.defaultSession, electronMock.session.partitions.get('electron-updater')!]
    for (const s of sessions) s.clearAuthCache.mockClear()
    expect(await fake.handled.get('desk:staff:end')!(ourWindowEvent(), undefined)).toEqual({ ok: true, value: null })
    for (const s of sessions) expect(s.clearAuthCache).toHaveBeenCalledTimes(1)
    // and a background download after it gets no login from the last shift: Chromium cancels it
    const listeners = (recorded.constructed[0]!.instance.listeners as Map<string, ((...a: unknown[]) => void)[]>).get('login')!
    const callback = vi.fn()
    listeners[0]!({ isProxy: true, host: 'proxy.branch.example', port: 8080, realm: 'r', scheme: 'basic' }, callback)
    expect(callback).toHaveBeenCalledWith()
  })

  it('pins the feed host on both sessions: another key is refused, other hosts keep Chromium\'s verdict', async () => {
    const partition = electronMock.session.partitions.get('electron-updater')!
    const procs = [electronMock.session.defaultSession.setCertificateVerifyProc.mock.calls[0]![0], partition.setCertificateVerifyProc.mock.calls[0]![0]]
    expect(procs[0]).toBe(procs[1])
    const { privateCa } = await import('../../support/private-ca')
    const someone = privateCa()
    const verdict = (hostname: string) =>
      new Promise<number>((resolve) => (procs[0] as (r: object, cb: (n: number) => void) => void)({ hostname, errorCode: 0, certificate: { data: someone.cert } }, resolve))
    expect(await verdict('updates.branch.example')).toBe(-2)
    expect(await verdict('help.branch.example')).toBe(-3)
  })

  it('the connection check asks the feed on the updater\'s pinned session, never the platform\'s (no shared HTTP/2 connection)', async () => {
    electronMock.net.request.mockClear()
    await fake.handled.get('desk:network:check')!(ourWindowEvent(), undefined)
    const feedCalls = electronMock.net.request.mock.calls.filter(([o]) => o.url.startsWith(feedUrl))
    expect(feedCalls).toHaveLength(1)
    expect((feedCalls[0]![0] as { session?: unknown }).session).toBe(electronMock.session.partitions.get('electron-updater'))
    // the platform's own calls stay on the default session
    for (const [options] of electronMock.net.request.mock.calls.filter(([o]) => !o.url.startsWith(feedUrl))) expect((options as { session?: unknown }).session).toBeUndefined()
  })

  it('checks again every checkMinutes', async () => {
    await vi.advanceTimersByTimeAsync(60 * 60_000)
    await vi.waitFor(() => expect(recorded.checks).toBe(2))
  })
})
