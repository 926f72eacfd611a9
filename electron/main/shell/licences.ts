import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LicenceNotice } from '@contract/types'

/** The file each build part writes next to its output (scripts/vite/licences.ts). */
const fileName = 'third-party-licences.json'

/**
 * The notices shipped with the app, from the built parts' folders (main, preload, renderer), one per package and
 * version. A part whose file is missing or damaged adds nothing (About then lists what it has).
 */
export function readShippedLicences(dirs: string[]): LicenceNotice[] {
  const seen = new Map<string, LicenceNotice>()
  for (const dir of dirs) {
    try {
      const entries = JSON.parse(readFileSync(join(dir, fileName), 'utf8')) as LicenceNotice[]
      for (const { name, version, license, text } of entries) seen.set(`${name}@${version}`, { name, version, license, text })
    } catch {
      // not built, or not readable: nothing from this part
    }
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name))
}
