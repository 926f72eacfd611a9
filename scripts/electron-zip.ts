import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * The Electron zip electron-builder unpacks for each target. It downloads it from GitHub into its cache; offline, its
 * HTTP client (got) crashes the process with a stack trace from outside our code. So packaging says, in one sentence,
 * what to download, where to put it and how to point at it: DESK_ELECTRON_ZIPS, a folder holding the zips, which
 * becomes electron-builder's `electronDist`.
 */
const electronVersion = (): string =>
  JSON.parse(readFileSync(resolve(__dirname, '../node_modules/electron/package.json'), 'utf8')).version as string

/** electron-builder's platform names (Platform.nodeName) to the zip's file name. */
export const electronZipName = (platform: NodeJS.Platform | string, arch: string, version = electronVersion()): string =>
  `electron-v${version}-${platform}-${arch}.zip`

/** The folder named by DESK_ELECTRON_ZIPS when it holds every zip needed; otherwise the sentence saying what is missing. */
export function electronZipFolder(
  env: Record<string, string | undefined>,
  targets: { platform: string; arch: string }[],
): { ok: true; folder?: string } | { ok: false; sentence: string } {
  const folder = env.DESK_ELECTRON_ZIPS?.trim()
  if (!folder) return { ok: true }
  const missing = targets.map((t) => electronZipName(t.platform, t.arch)).filter((name) => !existsSync(join(folder, name)))
  if (!missing.length) return { ok: true, folder: resolve(folder) }
  return { ok: false, sentence: `DESK_ELECTRON_ZIPS is ${folder}, which does not hold ${missing.join(' and ')}: ${whereToGet(missing)}` }
}

const whereToGet = (names: string[]): string => {
  const version = electronVersion()
  return (
    `download ${names.length > 1 ? 'them' : 'it'} from https://github.com/electron/electron/releases/tag/v${version} ` +
    `on a machine with internet, put ${names.length > 1 ? 'them' : 'it'} in a folder here, and run this command again ` +
    `with DESK_ELECTRON_ZIPS=<that folder>.`
  )
}

/** The one sentence for a download that failed (offline, a proxy, a firewall), with the reason from the error. */
export function electronDownloadFailed(error: unknown, targets: { platform: string; arch: string }[]): string | undefined {
  const text = String((error as Error)?.message ?? error)
  if (!/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|fetch failed|socket hang up|status code 40[34]/.test(text)) return undefined
  const names = targets.map((t) => electronZipName(t.platform, t.arch))
  return `Packaging needs ${names.join(' and ')}, which could not be downloaded (${text.split('\n')[0]!.slice(0, 120)}): ${whereToGet(names)}`
}
