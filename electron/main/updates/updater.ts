import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AppUpdater, Logger as UpdaterLogger, UpdateInfo } from 'electron-updater'
import type { AppAdapter } from 'electron-updater/out/AppAdapter'
import type { HttpExecutor } from 'builder-util-runtime'
import { load as loadYaml } from 'js-yaml'
import type { UpdateSettings } from '../config'
import type { Logger } from '../log'
import { FEED_REFUSED, integrityProblem, logText, type UpdatePlatform } from './feed'
import { guardInstall } from './install-guard'
import { publisherCheck, publisherCheckSync, publisherTooWeak } from './publisher-check'
import { checkRelease, type SignedFile } from './release-manifest'

export interface OfficeUpdaterOptions {
  settings: UpdateSettings & { feedUrl: string }
  platform: UpdatePlatform
  log: Logger
  /**
   * Tests: the app as electron-updater sees it (version, data and cache folders, quit) instead of Electron's `app`.
   * electron-updater then has no network of its own (in the app it is Electron's net on a session of its own), so
   * `executor` must come with it.
   */
  app?: AppAdapter
  executor?: HttpExecutor<never>
  /** tests: stands in for Windows' Authenticode check (default: ours, publisher-check.ts, never electron-updater's) */
  verifyPublisher?: (publisherNames: string[], file: string) => Promise<string | null>
  /**
   * The unpackaged app under the real-Electron tier only (test-seams.ts): electron-updater's own app-update.yml (cache
   * folder, publisher names) at this path, and its "not packaged: do nothing" switch turned off.
   */
  devUpdateConfig?: string
  /** tests: stands in for the same check right before install (default: publisherCheckSync) */
  verifyPublisherNow?: (file: string) => string | null
  /** who the build is for (main always says): a desk build accepts only a publisher pinned by thumbprint (publisherTooWeak) */
  audience?: 'desk' | 'self'
  /** the preset's office code (main always says; null: a build that names no office): a release must be signed for it */
  office?: string | null
  /** tests: runs before the feed is set, for electron-updater's own test switch (which system's feed files to read) */
  beforeFeed?: (updater: AppUpdater) => void
}

/** electron-updater's own lines go to our log: warnings and errors only, the first line, hosts instead of URLs. */
function updaterLogger(log: Logger): UpdaterLogger {
  const line = (message: unknown) => logText(String(message instanceof Error ? message.message : message))
  return {
    info: () => {},
    warn: (message) => log.warn('updater.says', { reason: line(message) }),
    error: (message) => log.warn('updater.says', { reason: line(message) }),
  }
}

/**
 * The publisher names electron-builder recorded for this signed build (`app-update.yml` beside app.asar, written at
 * packaging from the signing certificate). A Windows build without them cannot check an installer's publisher, so it
 * does not update itself at all.
 */
export async function recordedPublishers(appUpdateConfigPath: string): Promise<string[]> {
  try {
    const config = loadYaml(await readFile(appUpdateConfigPath, 'utf8')) as { publisherName?: string | string[] } | null
    const names = config?.publisherName
    return (Array.isArray(names) ? names : names ? [names] : []).filter((n) => typeof n === 'string' && n.length > 0)
  } catch {
    return []
  }
}

export class UpdatesRefused extends Error {}

/**
 * electron-updater's real updater for this system (NSIS on Windows, Squirrel.Mac on macOS), set up from the office's
 * preset only: the generic feed, the channel, no downgrade, no web installer, a sha512 for every file, https files,
 * the broker's signed release manifest (release-manifest.ts: this office, audience, channel and system, the announced
 * version, newer than this one, exactly the signed files), and on Windows the installer's publisher checked against
 * the one this build was signed by (refused when this build records none). Loaded on first use: a PC whose policy is
 * off never loads it.
 */
export async function createOfficeUpdater(options: OfficeUpdaterOptions): Promise<AppUpdater> {
  const { settings, platform, log } = options
  if (!settings.releaseKey) throw new UpdatesRefused('the preset names no release key (updates.releaseKey) to check releases against')
  const { NsisUpdater, MacUpdater } = await import('electron-updater')
  if (platform === 'win32') {
    const configPath = options.devUpdateConfig ?? options.app?.appUpdateConfigPath ?? join(process.resourcesPath, 'app-update.yml')
    // electron-updater skips the check altogether without a recorded name; the check itself compares the preset's
    if (!(await recordedPublishers(configPath)).length) throw new UpdatesRefused('this build records no publisher to check installers against')
    if (!settings.publisher) throw new UpdatesRefused('the preset names no publisher (updates.publisher) to check installers against')
    const weak = options.audience === 'desk' && !options.devUpdateConfig ? publisherTooWeak(settings.publisher, 'desk') : undefined
    if (weak) throw new UpdatesRefused(weak)
  }
  const updater = platform === 'win32' ? new NsisUpdater(undefined, options.app) : new MacUpdater(undefined, options.app)
  if (options.devUpdateConfig) {
    updater.forceDevUpdateConfig = true
    updater.updateConfigPath = options.devUpdateConfig
  }
  if (options.executor) (updater as unknown as { httpExecutor: HttpExecutor<never> }).httpExecutor = options.executor
  /** the files of every release whose signed manifest was accepted this session, by sha512: what may be started */
  const signedFiles = new Map<string, SignedFile>()
  // electron-updater's own check runs through cmd.exe with the feed's file name in the command and fails open: ours
  // runs no shell, puts no feed text in a command and refuses without a verdict
  if (updater instanceof NsisUpdater) {
    updater.verifyUpdateCodeSignature = options.verifyPublisher ?? publisherCheck({ publisher: settings.publisher })
    // the installer waits in a folder the user can write: checked again right before Windows starts it
    guardInstall(updater as unknown as Parameters<typeof guardInstall>[0], options.verifyPublisherNow ?? publisherCheckSync({ publisher: settings.publisher }), (sha512) => signedFiles.get(sha512))
  }
  options.beforeFeed?.(updater)
  updater.setFeedURL({ provider: 'generic', url: settings.feedUrl, ...(settings.channel === 'beta' ? { channel: 'beta' } : {}) })
  updater.logger = updaterLogger(log)
  updater.autoDownload = settings.policy === 'auto'
  // (the test seam's file is random bytes, not an installer: nothing may try to run it when the test app quits)
  updater.autoInstallOnAppQuit = !options.devUpdateConfig
  updater.allowPrerelease = settings.channel === 'beta'
  // the setter of `channel` turns downgrades on; an office never moves back a version by itself
  updater.allowDowngrade = false
  updater.disableWebInstaller = true
  // Staged rollouts are not honoured (docs/security.md). electron-updater's isStagingMatch compares the feed's
  // `stagingPercentage` with the last 4 bytes of the UUID in `<userData>/.updaterId`, a file the user writes: a clerk
  // who edits it opts the PC out of every rollout below 100%, and the percentage is outside the signed manifest, so a
  // feed host could hold any PC back with it. Signing the percentage would close the second only, so every PC takes
  // a release the broker signed for its office, audience and channel; an office stages by whose feed gets it.
  updater.isUserWithinRollout = (info: UpdateInfo) => {
    if (info.stagingPercentage !== undefined) log.info('update.staging-ignored', { reason: `the feed asks for a staged rollout (${String(info.stagingPercentage).slice(0, 8)}%): not honoured` })
    return true
  }
  const supported = updater.isUpdateSupported
  updater.isUpdateSupported = async (info: UpdateInfo) => {
    const problem = integrityProblem(info, settings.feedUrl, settings.channel)
    const release = problem
      ? undefined
      : checkRelease(info, {
          releaseKey: settings.releaseKey,
          office: options.office ?? null,
          audience: options.audience ?? 'desk',
          channel: settings.channel,
          platform: options.platform,
          isNewer: (version) => updater.currentVersion.compare(version) < 0,
        })
    if (problem || !release || 'refusal' in release) {
      // as an error event: the service logs it as a refusal and the connection check says it (in the window's words)
      const refusal = release && 'refusal' in release ? release.refusal : undefined
      updater.emit('error', Object.assign(new Error(problem ?? refusal!.problem), { code: FEED_REFUSED, note: refusal?.note, noteValue: refusal?.value }))
      return false
    }
    for (const file of release.statement.files) signedFiles.set(file.sha512, file)
    return supported(info)
  }
  return updater
}
