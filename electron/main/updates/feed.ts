import type { ReportNote, ReportStep, UpdateStepHealth } from '@contract/types'
import type { UpdateHealth } from './health'
import type { UpdateSettings } from '../config'
import type { FetchFn } from '../platform/client'

/** The systems this app updates itself on: the NSIS installer (Windows) and Squirrel.Mac (macOS). */
export type UpdatePlatform = 'win32' | 'darwin'
export const updatePlatformOf = (platform: string): UpdatePlatform | undefined =>
  platform === 'win32' || platform === 'darwin' ? platform : undefined

/** The feed file electron-updater's generic provider reads: `latest.yml`, `latest-mac.yml`, `beta.yml`, `beta-mac.yml`. */
export function channelFile(channel: UpdateSettings['channel'], platform: UpdatePlatform): string {
  const name = channel === 'beta' ? 'beta' : 'latest'
  return `${name}${platform === 'darwin' ? '-mac' : ''}.yml`
}

interface FeedFile {
  url: string
  sha512?: string
}

/** A publisher-check refusal starting with this means no verdict was reached (publisher-check.ts: fail closed). */
export const NO_VERDICT = 'the publisher check could not run'

/** The error code of a feed refused before any download (updater.ts: integrityProblem). */
export const FEED_REFUSED = 'DESK_FEED_REFUSED'

/** The error code of an installer refused right before it would start (install-guard.ts: it changed after verification). */
export const INSTALLER_CHANGED = 'DESK_INSTALLER_CHANGED'

/** The only file names a feed may give: electron-updater names the downloaded file after it (AppUpdater). */
const safeFileName = /^[A-Za-z0-9._-]+$/

/**
 * Where a feed's file entry really points, as electron-updater will read it (`new URL(entry, feed folder)`), or the
 * reason it may not be used: the entry must be plain text (no spaces, no control or format characters, which the URL
 * parser would strip or keep), resolve to https, carry no login, and end in a file name of `[A-Za-z0-9._-]` only,
 * before and after percent-decoding (so no `%E2%80%99`, no `%5C`, no `..`).
 */
export function feedFileProblem(entry: string, feedUrl: string | undefined): string | undefined {
  const shown = JSON.stringify(entry.slice(0, 80))
  if (!entry || /[\s\p{C}\p{Z}\\]/u.test(entry)) return `a file address with spaces or hidden characters: ${shown}`
  let url: URL
  try {
    url = feedUrl ? new URL(entry, feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`) : new URL(entry)
  } catch {
    return `not an address: ${shown}`
  }
  if (url.protocol !== 'https:') return `not https: ${shown}`
  if (url.username || url.password) return `a file address with a login: ${shown}`
  const raw = url.pathname.split('/').at(-1) ?? ''
  let name: string
  try {
    name = decodeURIComponent(raw)
  } catch {
    return `not a file name: ${shown}`
  }
  if (!safeFileName.test(raw) || !safeFileName.test(name) || /^\.+$/.test(name)) return `a file name outside [A-Za-z0-9._-]: ${shown}`
  return undefined
}

/** Strict semver 2.0 (semver.org's own expression): numbers without leading zeros, dot-separated identifiers. */
const semver =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/
/** The longest version a feed may give (1.2.3-beta.45 is 13; the cap keeps a feed's text off the screen). */
export const MAX_VERSION_LENGTH = 32

/**
 * The version as the window may show it (`1.2.3` or `1.2.3-beta.4`, never build metadata), or the reason the feed's
 * version is refused: not strict semver, longer than MAX_VERSION_LENGTH, or a pre-release that is not this channel's
 * (stable takes releases only; beta takes releases and `beta` pre-releases).
 */
export function releaseVersion(version: unknown, channel: UpdateSettings['channel']): { version: string } | { problem: string } {
  const text = typeof version === 'string' ? version : ''
  const shown = JSON.stringify(text.slice(0, MAX_VERSION_LENGTH))
  if (!text || text.length > MAX_VERSION_LENGTH) return { problem: `a version that is missing or longer than ${MAX_VERSION_LENGTH} characters: ${shown}` }
  const parts = semver.exec(text)
  if (!parts) return { problem: `a version that is not strict semver: ${shown}` }
  const pre = parts[4]
  if (pre && (channel === 'stable' || pre.split('.')[0] !== 'beta')) return { problem: `a pre-release that is not the ${channel} channel's: ${shown}` }
  return { version: `${parts[1]}.${parts[2]}.${parts[3]}${pre ? `-${pre}` : ''}` }
}

/** The version to show, or undefined when it is not one (releaseVersion). */
export function shownVersion(version: unknown, channel: UpdateSettings['channel']): string | undefined {
  const checked = releaseVersion(version, channel)
  return 'version' in checked ? checked.version : undefined
}

/**
 * What a feed's update info must hold before anything is downloaded: a sha512 for every file (electron-updater would
 * otherwise accept a file without a digest) and every file (and the legacy `path`) a safe https file name
 * (feedFileProblem). Answers the reason for refusing, or undefined.
 */
export function integrityProblem(info: { files?: FeedFile[]; path?: unknown; version?: unknown }, feedUrl?: string, channel?: UpdateSettings['channel']): string | undefined {
  if (channel) {
    const version = releaseVersion(info.version, channel)
    if ('problem' in version) return version.problem
  }
  const files = info.files ?? []
  if (!files.length) return 'the feed lists no files'
  for (const file of files) {
    if (typeof file?.url !== 'string') return 'a file without an address'
    if (!file.sha512 || !/^[A-Za-z0-9+/=]{40,}$/.test(file.sha512)) return `no sha512 for ${JSON.stringify(file.url.slice(0, 80))}`
    const problem = feedFileProblem(file.url, feedUrl)
    if (problem) return problem
  }
  if (info.path !== undefined) return typeof info.path === 'string' ? feedFileProblem(info.path, feedUrl) : 'a path that is not text'
  return undefined
}

/**
 * A refused release or download, or one this PC could not save: English for the log, and the connection check's word
 * for it (`connection.notes.*`); `local`: what the system said, and where (the user's home folder shortened).
 */
export interface Refusal {
  reason: string
  note: ReportNote
  noteValue?: string
  local?: LocalFailure
}

/** A download that failed on this PC itself: the system's error code and the file or folder it was about. */
export interface LocalFailure {
  code: string
  path: string
}

/** `path` with the user's home folder as Windows' `%USERPROFILE%` or a Unix `~` (the place, not the account's name). */
export function shortPlace(path: string, home: string): string {
  if (!home || !path.toLowerCase().startsWith(home.toLowerCase())) return path
  const rest = path.slice(home.length)
  return /^[\\/]/.test(rest) || !rest ? `${path.includes('\\') ? '%USERPROFILE%' : '~'}${rest}` : path
}

/**
 * What went wrong with a check or a download, in a few words for the log (electron-updater's codes where it has them);
 * an integrity refusal also carries the connection check's note (a release manifest's own, else `downloadRefused`).
 */
export function updateFailure(error: unknown): { reason: string; integrity: boolean; note?: ReportNote; noteValue?: string; local?: LocalFailure } {
  const e = error as { code?: string; message?: string; note?: ReportNote; noteValue?: string; path?: unknown; syscall?: unknown }
  const code = e?.code ?? ''
  const message = String(e?.message ?? error)
  // a file system's refusal (a file where the cache's folder should be, no rights, a full disk): this PC, not the feed
  if (/^E[A-Z]{2,}$/.test(code) && typeof e.path === 'string' && e.path) {
    return { reason: `${code}: ${typeof e.syscall === 'string' ? `${e.syscall} ` : ''}${e.path}`.slice(0, 200), integrity: false, local: { code, path: e.path } }
  }
  if (code === 'ERR_CHECKSUM_MISMATCH' || /sha512 checksum mismatch/i.test(message)) return { reason: 'sha512 mismatch: the download was refused', integrity: true }
  if (code === FEED_REFUSED && e.note) return { reason: message.slice(0, 160), integrity: true, note: e.note, ...(e.noteValue ? { noteValue: e.noteValue } : {}) }
  if (code === FEED_REFUSED || code === INSTALLER_CHANGED) return { reason: message.slice(0, 160), integrity: true }
  if (code === 'ERR_UPDATER_INVALID_SIGNATURE' && message.includes(NO_VERDICT)) return { reason: `${NO_VERDICT}: the download was refused`, integrity: true }
  if (code === 'ERR_UPDATER_INVALID_SIGNATURE') return { reason: 'not signed by this app\'s publisher: the download was refused', integrity: true }
  if (code === 'ERR_UPDATER_INVALID_UPDATE_INFO' || code === 'ERR_UPDATER_INVALID_VERSION') return { reason: 'the feed did not answer with update info', integrity: false }
  if (code === 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND') return { reason: 'the feed has no file for this channel', integrity: false }
  return { reason: `${code ? `${code}: ` : ''}${logText(message)}`.slice(0, 160), integrity: false }
}

/** A message as the log may hold it: its first line, each address reduced to its host (no path, no query, no login). */
export const logText = (message: string): string =>
  message.split('\n')[0]!.replace(/https?:\/\/[^\s"']+/g, (url) => (URL.canParse(url) ? new URL(url).host : 'url'))

/**
 * The connection check's update step: the channel file fetched through the same network as platform calls (the
 * office proxy, the OS certificate store), and the version it offers. Off means no request at all.
 */
export async function probeFeed(
  settings: UpdateSettings,
  platform: UpdatePlatform | undefined,
  fetch: FetchFn,
  now: () => number = Date.now,
): Promise<ReportStep & { feedHost?: string }> {
  if (settings.policy === 'off' || !settings.feedUrl) return { outcome: 'skipped', detail: 'updates are off', note: 'updatesOff' }
  const feedHost = new URL(settings.feedUrl).host
  if (!platform) return { outcome: 'skipped', detail: 'this system does not update itself', note: 'noSelfUpdate', feedHost }
  const url = `${settings.feedUrl.replace(/\/+$/, '')}/${channelFile(settings.channel, platform)}`
  const started = now()
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000), headers: { accept: 'application/x-yaml, text/yaml, */*' } })
    const ms = now() - started
    const text = response.ok ? (await response.text()).slice(0, 20_000) : ''
    const offered = /^version:\s*['"]?([^\s'"]+)/m.exec(text)?.[1]
    if (!response.ok) return { outcome: 'failed', ms, status: response.status, detail: `no ${channelFile(settings.channel, platform)}`, note: 'noFeedFile', noteValue: channelFile(settings.channel, platform), feedHost }
    if (!offered) return { outcome: 'failed', ms, status: response.status, detail: 'not an update feed', note: 'notAFeed', feedHost }
    const version = releaseVersion(offered, settings.channel)
    if ('problem' in version) return { outcome: 'failed', ms, status: response.status, detail: `refused: ${version.problem}`, note: 'versionRefused', feedHost }
    return { outcome: 'ok', ms, status: response.status, detail: `offers ${version.version} (${settings.channel})`, note: settings.channel === 'beta' ? 'offersBeta' : 'offers', noteValue: version.version, feedHost }
  } catch (error) {
    const e = error as { code?: string; name?: string; cause?: { code?: string } }
    return { outcome: 'failed', ms: now() - started, detail: (e.cause?.code ?? e.code ?? e.name ?? 'failed').slice(0, 120), feedHost }
  }
}

/**
 * The update step of the connection check with what one request to the feed cannot show: why the last release was
 * refused or its download failed on this PC (a reachable feed is not enough), failures in a row, and when a check last
 * ended well (health.ts). Updates off: the step as it is.
 */
export function withUpdateHealth<S extends ReportStep>(step: S, refusal: Refusal | undefined, health: UpdateHealth): S & UpdateStepHealth {
  if (step.outcome === 'skipped') return step
  const withHealth = { ...step, ...(health.lastGoodCheck ? { lastGoodCheck: health.lastGoodCheck } : {}), ...(health.failing ? { failing: health.failing } : {}) }
  if (!refusal) return withHealth
  const { noteValue: _shown, ...rest } = withHealth
  return {
    ...(rest as S & UpdateStepHealth),
    outcome: 'failed',
    detail: `${step.detail ? `${step.detail}; ` : ''}${refusal.local ? 'the last download failed on this PC' : 'last release refused'}: ${refusal.reason}`.slice(0, 240),
    note: refusal.note,
    ...(refusal.noteValue ? { noteValue: refusal.noteValue } : {}),
    ...(refusal.local ? { localFailure: refusal.local } : {}),
  }
}
