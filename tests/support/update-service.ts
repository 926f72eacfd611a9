import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { UpdateStatus } from '@contract/types'
import type { UpdateSettings } from '../../electron/main/config'
import { createMemoryLogger } from '../../electron/main/log'
import type { UpdateMemory } from '../../electron/main/updates/health'
import { createUpdateService, type UpdaterLike } from '../../electron/main/updates/service'
import { TEST_RELEASE, testApp, testUpdater, updateFeed } from './update-feed'

type Feed = Awaited<ReturnType<typeof updateFeed>>
const feeds: Feed[] = []
/** for each test file's afterEach: the feeds of the test that ended go down */
export async function closeFeeds(): Promise<void> {
  for (const feed of feeds.splice(0)) await feed.down().catch(() => {})
}

/**
 * The update service driving electron-updater's real NsisUpdater (download, sha512, publisher check, cache) against a
 * local https feed with a private CA, as an office's own update server would be.
 */
export async function updateSetup(options: {
  policy?: UpdateSettings['policy']
  channel?: UpdateSettings['channel']
  version?: string
  publisherName?: string[] | null
  verifyPublisher?: (names: string[], file: string) => Promise<string | null>
  verifyPublisherNow?: (file: string) => string | null
  customerPresent?: () => boolean
  office?: string | null
  /** the preset's release key (default: the test run's; null: a preset without one) */
  releaseKey?: string | null
  /** where the update health is kept between runs (default: this service only) */
  memory?: UpdateMemory
} = {}) {
  const feed = await updateFeed()
  feeds.push(feed)
  const { app, cacheDir } = testApp(options.version ?? '0.1.0', { feedUrl: feed.url, publisherName: options.publisherName })
  const log = createMemoryLogger()
  const notices: UpdateStatus[] = []
  const loads: UpdaterLike[] = []
  const settings: UpdateSettings = { policy: options.policy ?? 'auto', feedUrl: feed.url, channel: options.channel ?? 'stable', checkMinutes: 240, ...(options.releaseKey === null ? {} : { releaseKey: options.releaseKey ?? TEST_RELEASE.publicKey }) }
  const service = createUpdateService({
    settings,
    canUpdate: true,
    load: async () => {
      // (releaseKey named even when absent: testUpdater's own default key must not stand in for a preset without one)
      const updater = await testUpdater(feed, app, log, { settings: { ...settings, releaseKey: settings.releaseKey }, verifyPublisher: options.verifyPublisher, verifyPublisherNow: options.verifyPublisherNow, office: options.office })
      loads.push(updater)
      return updater
    },
    customerPresent: options.customerPresent ?? (() => false),
    notify: (status) => notices.push(status),
    log,
    memory: options.memory,
  })
  return { feed, app, cacheDir, log, notices, loads, service }
}

/** a feed of the test's own (the services' composition starts one itself) */
export async function ownFeed(): Promise<Feed> {
  const feed = await updateFeed()
  feeds.push(feed)
  return feed
}

export const pendingFiles = (cacheDir: string) => (existsSync(join(cacheDir, 'pending')) ? readdirSync(join(cacheDir, 'pending')) : [])
/** the phases the window was told, each once in a row (progress repeats "downloading") */
export const phases = (notices: UpdateStatus[]) => notices.map((n) => n.phase).filter((p, i, all) => p !== all[i - 1])
export const logLines = (log: { lines: string[] }, event: string) => log.lines.map((l) => JSON.parse(l)).filter((l) => l.event === event)
