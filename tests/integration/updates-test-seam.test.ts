import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HttpExecutor } from 'builder-util-runtime'
import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../../electron/main/log'
import { devUpdaterOptions, TEST_PUBLISHER } from '../../electron/main/updates/dev-updater'
import { updateFailure } from '../../electron/main/updates/feed'
import { createOfficeUpdater } from '../../electron/main/updates/updater'
import { NodeHttpsExecutor, release, testApp, TEST_RELEASE, updateFeed } from '../support/update-feed'

/**
 * The real-Electron tier's update seam (tests/electron/updates.spec.ts) driven here in Node with electron-updater's real
 * NsisUpdater: the app is NOT packaged, as in that tier, and only the seam's app-update.yml makes the updater act.
 * What Node cannot show (Electron's net on the updater's own session, the office's proxy and pins on it) is that tier's.
 */
const feeds: Awaited<ReturnType<typeof updateFeed>>[] = []
afterEach(async () => {
  for (const feed of feeds.splice(0)) await feed.down()
})

async function seamUpdater(seam: boolean) {
  const feed = await updateFeed()
  feeds.push(feed)
  const { app, dir } = testApp('0.1.0', { feedUrl: feed.url })
  const unpackaged = { ...app, isPackaged: false }
  const log = createMemoryLogger()
  const options = seam ? await devUpdaterOptions(mkdtempSync(join(tmpdir(), 'seam-data-')), feed.url, log) : {}
  const updater = await createOfficeUpdater({
    settings: { policy: 'auto', channel: 'stable', checkMinutes: 240, feedUrl: feed.url, publisher: { subject: `CN=${TEST_PUBLISHER}` }, releaseKey: TEST_RELEASE.publicKey },
    platform: 'win32',
    log,
    app: unpackaged,
    executor: new NodeHttpsExecutor(feed.ca) as unknown as HttpExecutor<never>,
    ...options,
    beforeFeed: (u) => void ((u as unknown as { _testOnlyOptions: object })._testOnlyOptions = { platform: 'win32', isUseDifferentialDownload: false }),
  })
  const errors: Error[] = []
  updater.on('error', (error) => errors.push(error))
  return { feed, updater, errors, log, cacheDir: join(dir, 'cache', 'registration-desk-test-updater') }
}

describe('the update seam of the real-Electron tier (unpackaged app, local feed)', () => {
  it('without the seam an unpackaged app asks no feed at all (electron-updater: not packaged, nothing to do)', async () => {
    const { feed, updater } = await seamUpdater(false)
    feed.publish(release('999.0.0', { sizeKb: 16 }))
    expect(await updater.checkForUpdates()).toBeNull()
    expect(feed.requests).toEqual([])
    expect(updater.autoInstallOnAppQuit).toBe(true) // a real build installs a downloaded version when the app quits
  })

  it('with it: the new version is downloaded, its sha512 verified, the file kept for the restart; nothing runs at quit', async () => {
    const { feed, updater, errors, cacheDir } = await seamUpdater(true)
    const offered = release('999.0.0', { sizeKb: 128 })
    feed.publish(offered)
    const downloaded = new Promise((done) => updater.once('update-downloaded', done))
    const result = await updater.checkForUpdates()
    expect(result?.updateInfo.version).toBe('999.0.0')
    await downloaded
    expect(errors).toEqual([])
    expect(createHash('sha512').update(readFileSync(join(cacheDir, 'pending', offered.name))).digest('base64')).toBe(offered.sha512)
    expect(updater.forceDevUpdateConfig).toBe(true)
    expect(updater.autoInstallOnAppQuit).toBe(false)
  })

  it('with it: a file that does not match its sha512 is refused and removed', async () => {
    const { feed, updater, errors, cacheDir } = await seamUpdater(true)
    const offered = release('999.0.1', { sizeKb: 128 })
    feed.publish({ ...offered, installer: randomBytes(offered.installer.length) })
    const result = await updater.checkForUpdates()
    await result?.downloadPromise?.catch(() => {})
    expect(errors.map((e) => updateFailure(e).reason)).toContain('sha512 mismatch: the download was refused')
    expect(existsSync(join(cacheDir, 'pending', offered.name))).toBe(false)
  })
})
