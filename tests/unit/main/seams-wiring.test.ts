import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { electronMock, fake, FakeBrowserWindow, servicesStarted } from '../../support/electron-mock'
import { TEST_PUBLISHER } from '../../../electron/main/updates/dev-updater'

vi.mock('electron', () => ({ default: electronMock, ...electronMock }))

/** electron-updater as main sets it up, recorded (the real one is driven in tests/integration/updates-test-seam.test.ts). */
const recorded = vi.hoisted(() => ({ constructed: [] as Record<string, unknown>[], checks: 0 }))
vi.mock('electron-updater', () => {
  class NsisUpdater {
    isUpdateSupported: unknown = async () => true
    constructor() {
      recorded.constructed.push(this as unknown as Record<string, unknown>)
    }
    setFeedURL(options: unknown) {
      ;(this as unknown as { feed: unknown }).feed = options
    }
    on() {
      return this
    }
    emit() {
      return true
    }
    // the install step main wraps with its last check of the installer (install-guard.ts)
    doInstall() {
      return true
    }
    async checkForUpdates() {
      recorded.checks += 1
      return null
    }
  }
  return { NsisUpdater, MacUpdater: class extends NsisUpdater {} }
})

const feedUrl = 'https://127.0.0.1:9443/desk/'

/** The real-Electron tier's seams as main wires them (unpackaged, as that tier runs the app; mocked electron). */
describe('the test seams in an unpackaged run (mocked electron and electron-updater)', () => {
  const smokeOut = mkdtempSync(join(tmpdir(), 'desk-unpackaged-smoke-'))
  beforeAll(async () => {
    const preset = join(mkdtempSync(join(tmpdir(), 'desk-seams-')), 'office.json')
    writeFileSync(preset, JSON.stringify({ platform: { mode: 'sandbox' }, updates: { policy: 'auto', feedUrl, publisher: { subject: `CN=${TEST_PUBLISHER}` }, releaseKey: 'BKZehqDV7uQFgg9Qp50W4T8HcDjDuvk4k++OTac4htk=' } }))
    process.env.DESK_OFFICE_FILE = preset
    process.env.DESK_TEST_UPDATES = '1'
    process.env.DESK_SMOKE_OUT = smokeOut
    await import('../../../electron/main/index')
    fake.app.readyResolve()
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 5000 })
    await servicesStarted()
  })
  afterAll(() => {
    for (const name of ['DESK_OFFICE_FILE', 'DESK_TEST_UPDATES', 'DESK_SMOKE_OUT']) delete process.env[name]
  })

  it('DESK_TEST_UPDATES: a second after start, the NSIS updater on the preset\'s feed, with the dev config in the data folder and no install at quit', async () => {
    await vi.waitFor(() => expect(recorded.checks).toBe(1), { timeout: 5000 })
    const updater = recorded.constructed[0]!
    expect(updater.feed).toEqual({ provider: 'generic', url: feedUrl })
    expect(updater).toMatchObject({ forceDevUpdateConfig: true, autoInstallOnAppQuit: false, autoDownload: true, disableWebInstaller: true })
    const config = String(updater.updateConfigPath ?? '')
    expect(config.startsWith(fake.app.getPath('userData'))).toBe(true)
    expect(readFileSync(config, 'utf8')).toContain(`url: "${feedUrl}"`)
    // the publisher check is the seam's: it says in the log that it did not check
    expect(await (updater.verifyUpdateCodeSignature as () => Promise<string | null>)()).toBeNull()
  })

  it('an unpackaged run never drives the smoke journey, whatever DESK_SMOKE_OUT says', async () => {
    FakeBrowserWindow.instances[0]!.emit('ready-to-show')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(readdirSync(smokeOut)).toEqual([])
    expect(existsSync(join(smokeOut, 'journey.json'))).toBe(false)
  })
})
