import { expect, test, type Page } from '@playwright/test'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { release, TEST_RELEASE, updateFeed } from '../support/update-feed'
import { formReady } from '../journeys/steps'
import { TEST_PUBLISHER } from '../../electron/main/updates/dev-updater'
import { electronOrSkip } from './electron-binary'
import { launchApp, logEvents, trustArgs } from './launch'

/**
 * New versions from the office's feed, in the real Electron (docs/electron-tier.md): main's own updater wiring
 * (electron-updater's NSIS updater, loaded on first use, its requests on its own session with the office's proxy and
 * pins, Electron's net) against a local https feed. The test seam (DESK_TEST_UPDATES, unpackaged only) turns off
 * electron-updater's "not packaged: do nothing" and answers the Windows publisher check, which a test file cannot pass.
 */
const binary = electronOrSkip(test)

/** electron-updater's cache folder (its getAppCacheDir), where a downloaded update waits under pending/ */
function updaterCache(): string {
  const base =
    process.platform === 'win32'
      ? (process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Caches')
        : (process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'))
  return join(base, 'registration-desk-test-updater')
}

/** The app on a feed offering `offered`, its certificate's key trusted as an office CA in the OS store would be. */
async function appOnFeed(feed: Awaited<ReturnType<typeof updateFeed>>) {
  const folder = mkdtempSync(join(tmpdir(), 'desk-update-'))
  return launchApp(binary, {
    userDataDir: folder,
    args: trustArgs(feed.cert, folder),
    env: { DESK_TEST_UPDATES: '1', DESK_LANG: 'en-US' },
    // a Windows preset must name its publisher (the seam answers the check: a test file carries no signature)
    // and its release key: the feed's manifest is signed with the test run's key pair (tests/support/update-feed.ts)
    preset: { updates: { policy: 'auto', feedUrl: feed.url, publisher: { subject: `CN=${TEST_PUBLISHER}` }, releaseKey: TEST_RELEASE.publicKey } },
  })
}

/** The app on a feed publishing `offered`, until the refusal is logged with `reason`: no notice; then `more`, and all closed. */
async function refusedOnFeed(
  offered: ReturnType<typeof release>,
  reason: string,
  more: (feed: Awaited<ReturnType<typeof updateFeed>>, page: Page, userDataDir: string) => Promise<void>,
): Promise<void> {
  const feed = await updateFeed()
  feed.publish(offered)
  const { app, userDataDir } = await appOnFeed(feed)
  try {
    const page = await app.firstWindow()
    await formReady(page)
    await expect.poll(() => logEvents(userDataDir).find((l) => l.event === 'update.refused'), { timeout: 60_000 }).toMatchObject({ level: 'warn', reason })
    await expect(page.getByTestId('update-notice')).toHaveCount(0)
    await more(feed, page, userDataDir)
  } finally {
    await app.close()
    await feed.down()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}

test.describe('updates from a local feed', () => {
  test.beforeEach(() => rmSync(updaterCache(), { recursive: true, force: true }))
  test.afterEach(() => rmSync(updaterCache(), { recursive: true, force: true }))

  test('a new version on the feed is downloaded through Electron\'s net, its sha512 verified, and offered for a restart', async () => {
    const feed = await updateFeed()
    const offered = release('999.0.0', { sizeKb: 512 })
    feed.publish(offered)
    const { app, userDataDir } = await appOnFeed(feed)
    try {
      const page = await app.firstWindow()
      await formReady(page)
      await expect(page.getByTestId('update-notice')).toContainText('Version 999.0.0 is ready', { timeout: 60_000 })
      await expect(page.getByTestId('status-update')).toHaveText('Version 999.0.0 ready (installs on restart)')
      await page.screenshot({ path: join(__dirname, 'screenshots', 'update-ready-local-feed-en-US.png') })

      // the channel file, then the whole installer (no blockmap on this feed: a full download)
      const paths = feed.requests.map((r) => r.path)
      expect(paths).toContain('/desk/latest.yml')
      expect(paths).toContain(`/desk/${offered.name}`)
      expect(feed.served(offered.name)).toBe(offered.installer.length)
      // what waits for the restart is byte for byte the file the feed's sha512 names
      const pending = join(updaterCache(), 'pending', offered.name)
      expect(existsSync(pending)).toBe(true)
      expect(createHash('sha512').update(readFileSync(pending)).digest('base64')).toBe(offered.sha512)

      const events = logEvents(userDataDir)
      expect(events.find((l) => l.event === 'update.available')).toMatchObject({ version: '999.0.0' })
      expect(events.find((l) => l.event === 'update.ready')).toMatchObject({ version: '999.0.0' })
      expect(events.filter((l) => l.event === 'update.refused' || l.event === 'update.failed')).toEqual([])
    } finally {
      await app.close()
      await feed.down()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  })

  test('a release signed for another office is refused before anything is downloaded: logged, nothing offered', async () => {
    const offered = release('999.0.2', { sizeKb: 256, signed: { identity: { office: 'HK-01' } } })
    await refusedOnFeed(offered, 'signed for another office: "HK-01"', async (feed) => {
      expect(feed.requests.map((r) => r.path)).toEqual(['/desk/latest.yml'])
    })
  })

  test('a file that does not match the feed\'s sha512 is refused: logged, nothing kept, nothing offered', async () => {
    const offered = release('999.0.1', { sizeKb: 512 })
    // the feed names one file's sha512 and serves other bytes of the same size (a corrupted or substituted download)
    await refusedOnFeed({ ...offered, installer: randomBytes(offered.installer.length) }, 'sha512 mismatch: the download was refused', async (feed, page, userDataDir) => {
      expect(feed.served(offered.name)).toBe(offered.installer.length) // it was downloaded, then refused
      expect(existsSync(join(updaterCache(), 'pending', offered.name))).toBe(false)
      expect(logEvents(userDataDir).some((l) => l.event === 'update.ready')).toBe(false)
      await expect(page.getByTestId('status-update')).toHaveCount(0)
    })
  })
})
