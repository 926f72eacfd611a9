import { build, Platform, type Configuration } from 'electron-builder'
import { load } from 'js-yaml'
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readShipped } from '../electron/main/office/resolve'

/** The repository's electron-builder.yml as an object, so the packaging test builds with exactly that config. */
export function builderConfig(): Configuration {
  return load(readFileSync(resolve(__dirname, '../electron-builder.yml'), 'utf8')) as Configuration
}

/** Validates an office.json; throws a message naming the field when it is not usable. */
export function validatePreset(file: string): void {
  if (!existsSync(file)) throw new Error(`${file} does not exist`)
  // exactly the check the app makes at start (settings table, https only)
  const read = readShipped(file)
  if (!read.ok) throw new Error(`${file}: ${read.problem.field.replace(/^office\.json \(installer\):? ?/, '') || '(root)'} ${read.problem.message}`)
}

/** What packaging needs, said before it starts (electron-builder's own failures come late and are cryptic). */
export function packagingNeeds(platforms: string[]): string {
  const lines = [
    `Packaging ${platforms.join(' + ')} installers needs:`,
    '- the built app in out/ ("npm run build" first);',
    '- the Electron binary for each target: electron-builder downloads it into its cache (internet or ELECTRON_MIRROR once),',
    '  or set electronDist in a config of your own to an unpacked Electron;',
  ]
  if (platforms.includes('windows')) lines.push('- for Windows: NSIS (bundled by electron-builder, downloaded once); on Linux or macOS also wine, to edit the .exe resources;')
  if (platforms.includes('mac')) lines.push('- for macOS: a Mac (DMG tooling and code signing run only there);')
  return lines.join('\n')
}

/**
 * `npm run package:office -- --preset path/to/office.json [--win] [--mac] [--linux] [--dir]`: validates the preset,
 * ships it as resources/office.json, and builds that office's installers (run `npm run build` first).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      preset: { type: 'string' },
      win: { type: 'boolean' },
      mac: { type: 'boolean' },
      linux: { type: 'boolean' },
      dir: { type: 'boolean' },
    },
  })
  if (!values.preset) {
    console.error('Usage: npm run package:office -- --preset path/to/office.json [--win|--mac|--linux] [--dir]')
    process.exit(2)
  }
  try {
    validatePreset(values.preset)
  } catch (error) {
    console.error(`The preset is not usable: ${(error as Error).message}`)
    process.exit(1)
  }
  const platforms = [values.win && Platform.WINDOWS, values.mac && Platform.MAC, values.linux && Platform.LINUX].filter(Boolean) as Platform[]
  const chosen = platforms.length ? platforms : [Platform.current()]
  console.log(packagingNeeds(chosen.map((p) => p.name)))
  if (!existsSync('out/main/index.js') || !existsSync('out/renderer/index.html')) {
    console.error('The built app is missing (out/): run "npm run build" first, then this command again.')
    process.exit(1)
  }
  mkdirSync('build/office', { recursive: true })
  copyFileSync(values.preset, 'build/office/office.json')
  const targets = chosen.map((p) => p.createTarget(values.dir ? 'dir' : undefined))
  for (const t of targets) await build({ targets: t })
  console.log(`Installers for ${values.preset} are in dist/`)
}

if (process.argv[1]?.endsWith('package-office.ts')) void main()
