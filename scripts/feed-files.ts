import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { RELEASE_FIELD } from '../electron/main/updates/release-manifest'

/**
 * Which feed files in an output folder a packaging run may sign (sign-release.ts). electron-builder never empties
 * dist/: a latest.yml left there by another office's Windows build is still there when IT packages the next office
 * for macOS. Signing it with the preset of the run at hand would make the broker's key state "that office's installer
 * is this office's release", which is exactly what the manifest exists to stop. So a feed file is signed once, by the
 * run that wrote it, and only when every installer it names is in the folder, written by that run, byte for byte the
 * sha512 and size it states.
 */

/** The feed files electron-builder may write, and the system each serves. */
export const feedFiles = [
  ['latest.yml', 'win32'],
  ['beta.yml', 'win32'],
  ['latest-mac.yml', 'darwin'],
  ['beta-mac.yml', 'darwin'],
] as const

/** Each file of a folder as it was (size and time written), taken before a packaging run builds anything. */
export type FolderSnapshot = ReadonlyMap<string, string>

const stamp = (file: string): string => {
  const s = statSync(file)
  return `${s.size}:${s.mtimeMs}`
}

export function snapshotFolder(folder: string): FolderSnapshot {
  if (!existsSync(folder)) return new Map()
  return new Map(
    readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [entry.name, stamp(join(folder, entry.name))]),
  )
}

/** The feed files in `folder` (of the four names above). */
export const feedFilesIn = (folder: string): string[] => feedFiles.map(([name]) => name).filter((name) => existsSync(join(folder, name)))

/** Why a packaging run that signs its feed may not start with this output folder (it holds another run's feed files), or undefined. */
export function staleFeedRefusal(folder: string): string | undefined {
  const found = feedFilesIn(folder)
  if (!found.length) return undefined
  return `${folder} holds feed files of an earlier packaging run (${found.join(', ')}): move them with their installers to that build's feed folder, or delete them, then package again (a feed file is signed once, for the office whose run wrote it)`
}

const plainName = /^[A-Za-z0-9._-]+$/

/**
 * Why the feed file `name` in `folder` may not be signed, or undefined: it already carries a manifest, it names a
 * file that is not a plain file name, not in the folder or not exactly as stated (size, sha512), or, with `before`
 * (the folder as the packaging run found it), it or one of its installers was not written by this run.
 */
export function feedFileRefusal(folder: string, name: string, before?: FolderSnapshot): string | undefined {
  const file = join(folder, name)
  let info: unknown
  try {
    info = load(readFileSync(file, 'utf8'))
  } catch {
    return `${name} is not a feed file (not YAML)`
  }
  if (!info || typeof info !== 'object') return `${name} is not a feed file`
  if (RELEASE_FIELD in info) return `${name} already carries a release manifest: a feed file is signed once, by the packaging run that wrote it`
  if (before?.get(name) === stamp(file)) return `${name} was not written by this packaging run`
  const files = (info as { files?: unknown }).files
  if (!Array.isArray(files) || !files.length) return `${name} lists no files`
  for (const entry of files as { url?: unknown; sha512?: unknown; size?: unknown }[]) {
    const url = typeof entry?.url === 'string' ? entry.url : ''
    // (the app refuses any other feed entry: updates/feed.ts feedFileProblem)
    if (!plainName.test(url) || /^\.+$/.test(url)) return `${name} names ${JSON.stringify(url.slice(0, 80))}, not a plain file name ([A-Za-z0-9._-]): the app would refuse it`
    const installer = join(folder, url)
    if (!existsSync(installer)) return `${name} names ${url}, which is not in ${folder}`
    if (before?.get(url) === stamp(installer)) return `${name} names ${url}, which this packaging run did not write`
    const bytes = readFileSync(installer)
    if (bytes.length !== entry.size || createHash('sha512').update(bytes).digest('base64') !== entry.sha512) {
      return `${name} does not describe ${url} as it is in ${folder} (size or sha512)`
    }
  }
  return undefined
}
