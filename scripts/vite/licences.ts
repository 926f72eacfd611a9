import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Plugin } from 'vite'

/** One bundled package's notice, as the app ships it (out/<part>/third-party-licences.json) and About shows it. */
export interface LicenceEntry {
  name: string
  version: string
  license: string
  /** the package's own licence text (LICENSE, LICENCE, COPYING, NOTICE), or a line saying none was found */
  text: string
  /** the package's folder relative to the project (`node_modules/semver`): the staleness check reads it again */
  from: string
}

export const LICENCES_FILE = 'third-party-licences.json'

/** The package folder a bundled module belongs to: the part of its path up to node_modules/<name> (or @scope/name). */
export function packageRootOf(moduleId: string): string | undefined {
  const path = moduleId.replace(/^\0/, '').split('?')[0]!
  const marker = `${sep}node_modules${sep}`
  const at = path.lastIndexOf(marker)
  if (at < 0) return undefined
  const rest = path.slice(at + marker.length).split(sep)
  const depth = rest[0]?.startsWith('@') ? 2 : 1
  if (rest.length <= depth) return undefined
  return path.slice(0, at + marker.length) + rest.slice(0, depth).join(sep)
}

/** The notices of the packages behind these module ids, one per name@version, sorted by name. */
export function licenceEntries(moduleIds: Iterable<string>, projectRoot = process.cwd()): LicenceEntry[] {
  const roots = new Set<string>()
  for (const id of moduleIds) {
    const root = packageRootOf(id)
    if (root) roots.add(root)
  }
  const entries = new Map<string, LicenceEntry>()
  for (const root of roots) {
    const entry = readPackage(root, projectRoot)
    if (entry) entries.set(`${entry.name}@${entry.version}`, entry)
  }
  return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
}

/** A package folder's notice: its package.json's name, version and licence, and its licence files' text. */
export function readPackage(root: string, projectRoot = process.cwd()): LicenceEntry | undefined {
  const manifest = join(root, 'package.json')
  if (!existsSync(manifest)) return undefined
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string; license?: unknown; licenses?: { type?: string }[] }
  if (!pkg.name || !pkg.version) return undefined
  const license = typeof pkg.license === 'string' ? pkg.license : (pkg.licenses?.map((l) => l.type).join(' OR ') ?? 'UNKNOWN')
  const files = readdirSync(root).filter((f) => /^(licen[cs]e|copying|notice)(\.|-|$)/i.test(f)).sort()
  const text = files.map((f) => readFileSync(join(root, f), 'utf8').trim()).join('\n\n') || `(no licence file in the package; package.json says ${license})`
  return { name: pkg.name, version: pkg.version, license, text, from: relative(projectRoot, root).split(sep).join('/') }
}

/**
 * Writes the notices of every package this build bundled (from the bundler's own module graph, so only what ships)
 * next to the build's output. Main reads the three (main, preload, renderer) for About; `npm test` checks them
 * against the allow-list and the installed packages (tests/package/licences.test.ts).
 */
export function thirdPartyLicences(): Plugin {
  return {
    name: 'desk-third-party-licences',
    apply: 'build',
    generateBundle(_options, bundle) {
      const ids: string[] = []
      for (const output of Object.values(bundle)) if (output.type === 'chunk') ids.push(...output.moduleIds)
      this.emitFile({ type: 'asset', fileName: LICENCES_FILE, source: JSON.stringify(licenceEntries(ids), null, 1) })
    },
  }
}
