import { afterEach, describe, expect, it } from 'vitest'
import type { AppUpdater } from 'electron-updater'
import type { UpdateSettings } from '../../electron/main/config'
import { createMemoryLogger } from '../../electron/main/log'
import { createUpdateService, type UpdaterLike } from '../../electron/main/updates/service'
import { officeBuilderConfig } from '../../scripts/package-office'
import { release, testApp, testUpdater, updateFeed } from '../support/update-feed'

type Feed = Awaited<ReturnType<typeof updateFeed>>
const feeds: Feed[] = []
afterEach(async () => {
  for (const feed of feeds.splice(0)) await feed.down().catch(() => {})
})

/**
 * A trader's per-user install (NSIS one-click, perMachine false) updating itself: electron-updater's real NsisUpdater
 * against the local https feed downloads in the background with nobody asked, and installs when the app quits,
 * silently and without elevate.exe, the helper that raises Windows' admin prompt. The installer is not run here (no
 * Windows): what NsisUpdater would start is recorded.
 */
async function quitAfterDownload(adminRights: boolean) {
  const feed = await updateFeed()
  feeds.push(feed)
  const { app } = testApp('0.1.0', { feedUrl: feed.url })
  const log = createMemoryLogger()
  const settings: UpdateSettings = { policy: 'auto', feedUrl: feed.url, channel: 'stable', checkMinutes: 240 }
  const spawned: { file: string; args: string[] }[] = []
  const loads: UpdaterLike[] = []
  const service = createUpdateService({
    settings,
    canUpdate: true,
    load: async () => {
      const updater = await testUpdater(feed, app, log, { settings })
      // NsisUpdater starts the installer (or elevate.exe with it) through spawnLog: recorded, not run
      ;(updater as unknown as { spawnLog: (file: string, args: string[]) => Promise<boolean> }).spawnLog = async (file, args) => {
        spawned.push({ file, args })
        return true
      }
      loads.push(updater)
      return updater
    },
    customerPresent: () => false,
    notify: () => {},
    log,
  })
  feed.publish(release('0.2.0', { adminRights }))
  await service.checkNow()
  const paths = feed.requests.map((r) => r.path)
  // the app quits normally (the trader closes it): electron-updater's quit handler installs
  for (const handler of app.quitHandlers) handler(0)
  return { service, spawned, paths, installerPath: (loads[0] as AppUpdater & { installerPath: string | null }).installerPath }
}

describe('updates of a per-user install (a trader\'s build)', () => {
  it('downloads in the background and installs at quit: silent, the installer itself, no elevation', async () => {
    const { service, spawned, paths, installerPath } = await quitAfterDownload(false)
    expect(paths).toEqual(['/desk/latest.yml', '/desk/Registration-Desk-Setup-0.2.0.exe'])
    expect(service.status()).toMatchObject({ policy: 'auto', phase: 'ready', version: '0.2.0' })
    expect(spawned).toHaveLength(1)
    expect(spawned[0]!.file).toBe(installerPath)
    expect(spawned[0]!.file).not.toMatch(/elevate\.exe$/)
    expect(spawned[0]!.args).toEqual(['--updated', '/S'])
  })

  it('for contrast, an office\'s per-machine release (isAdminRightsRequired) goes through elevate.exe', async () => {
    const resources = (process as { resourcesPath?: string }).resourcesPath
    ;(process as { resourcesPath?: string }).resourcesPath = '/opt/desk/resources'
    try {
      const { spawned, installerPath } = await quitAfterDownload(true)
      expect(spawned).toEqual([{ file: '/opt/desk/resources/elevate.exe', args: [installerPath, '--updated', '/S'] }])
    } finally {
      ;(process as { resourcesPath?: string }).resourcesPath = resources
    }
  })

  it('a retail preset builds the per-user installer, which is why its feed carries no admin mark', () => {
    // electron-builder marks a release isAdminRightsRequired only for perMachine NSIS (NsisTarget): ours is not
    expect(officeBuilderConfig('resources/presets/retail.example.json').nsis).toMatchObject({ perMachine: false, oneClick: true, allowElevation: false })
  })
})
