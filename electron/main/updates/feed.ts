import type { ReportStep } from '@contract/types'
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

/**
 * What a feed's update info must hold before anything is downloaded: a sha512 for every file (electron-updater would
 * otherwise accept a file without a digest) and files on the feed itself or another https address. Answers the
 * reason for refusing, or undefined.
 */
export function integrityProblem(info: { files?: FeedFile[] }): string | undefined {
  const files = info.files ?? []
  if (!files.length) return 'the feed lists no files'
  for (const file of files) {
    if (!file.sha512 || !/^[A-Za-z0-9+/=]{40,}$/.test(file.sha512)) return `no sha512 for ${file.url.slice(0, 80)}`
    if (/^[a-z][a-z0-9+.-]*:/i.test(file.url) && !/^https:\/\//i.test(file.url)) return `not https: ${file.url.slice(0, 80)}`
  }
  return undefined
}

/** What went wrong with a check or a download, in a few words for the log (electron-updater's codes where it has them). */
export function updateFailure(error: unknown): { reason: string; integrity: boolean } {
  const e = error as { code?: string; message?: string }
  const code = e?.code ?? ''
  const message = String(e?.message ?? error)
  if (code === 'ERR_CHECKSUM_MISMATCH' || /sha512 checksum mismatch/i.test(message)) return { reason: 'sha512 mismatch: the download was refused', integrity: true }
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
  if (settings.policy === 'off' || !settings.feedUrl) return { outcome: 'skipped', detail: 'updates are off' }
  const feedHost = new URL(settings.feedUrl).host
  if (!platform) return { outcome: 'skipped', detail: 'this system does not update itself', feedHost }
  const url = `${settings.feedUrl.replace(/\/+$/, '')}/${channelFile(settings.channel, platform)}`
  const started = now()
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000), headers: { accept: 'application/x-yaml, text/yaml, */*' } })
    const ms = now() - started
    const text = response.ok ? (await response.text()).slice(0, 20_000) : ''
    const version = /^version:\s*['"]?([0-9][^\s'"]*)/m.exec(text)?.[1]
    if (!response.ok) return { outcome: 'failed', ms, status: response.status, detail: `no ${channelFile(settings.channel, platform)}`, feedHost }
    if (!version) return { outcome: 'failed', ms, status: response.status, detail: 'not an update feed', feedHost }
    return { outcome: 'ok', ms, status: response.status, detail: `offers ${version} (${settings.channel})`, feedHost }
  } catch (error) {
    const e = error as { code?: string; name?: string; cause?: { code?: string } }
    return { outcome: 'failed', ms: now() - started, detail: (e.cause?.code ?? e.code ?? e.name ?? 'failed').slice(0, 120), feedHost }
  }
}
