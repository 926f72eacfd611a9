import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LICENCES_FILE, licenceEntries, packageRootOf, readPackage, type LicenceEntry } from '../../scripts/vite/licences'

const root = resolve(__dirname, '../..')
const allowList = JSON.parse(readFileSync(resolve(root, 'licences/allow-list.json'), 'utf8')) as { allowed: string[] }
const parts = ['main', 'preload', 'renderer'] as const

function shipped(part: (typeof parts)[number]): LicenceEntry[] {
  const file = resolve(root, 'out', part, LICENCES_FILE)
  if (!existsSync(file)) throw new Error(`out/${part}/${LICENCES_FILE} is missing: run "npx electron-vite build" first`)
  return JSON.parse(readFileSync(file, 'utf8')) as LicenceEntry[]
}

/** An SPDX expression is allowed when every AND-part has an allowed choice among its OR-alternatives. */
function allowedLicence(expression: string, allowed: readonly string[]): boolean {
  const clean = expression.replace(/[()]/g, ' ')
  return clean
    .split(/\s+AND\s+/)
    .every((part) => part.split(/\s+OR\s+/).some((choice) => allowed.includes(choice.trim())))
}

describe('third-party licences shipped with the app', () => {
  it('the build writes the notices of every bundled package, for main, preload and renderer', () => {
    const main = shipped('main').map((e) => e.name)
    const renderer = shipped('renderer').map((e) => e.name)
    // the preload bundles the contract's channel map (and what it imports): whatever it is, each has its notice
    for (const entry of shipped('preload')) expect(entry.text.length, entry.name).toBeGreaterThan(20)
    expect(main).toEqual(expect.arrayContaining(['axios', 'conf', 'electron-store', 'valibot']))
    expect(renderer).toEqual(expect.arrayContaining(['@vue/runtime-core', 'pinia', 'petite-vue-i18n']))
    for (const entry of [...shipped('main'), ...shipped('renderer')]) expect(entry.text.length, entry.name).toBeGreaterThan(20)
  })

  it('every bundled package’s licence is on the written allow-list (licences/allow-list.json)', () => {
    const refused = parts.flatMap((part) => shipped(part).filter((e) => !allowedLicence(e.license, allowList.allowed)).map((e) => `${part}: ${e.name}@${e.version} (${e.license})`))
    expect(refused).toEqual([])
  })

  it('the notices are not stale: each matches the package installed now (version, licence and text)', () => {
    const stale = parts.flatMap((part) =>
      shipped(part).flatMap((entry) => {
        const now = readPackage(resolve(root, entry.from), root)
        return now && now.name === entry.name && now.version === entry.version && now.license === entry.license && now.text === entry.text
          ? []
          : [`${part}: ${entry.name}@${entry.version} (now ${now ? `${now.name}@${now.version}` : 'not installed'}): rebuild`]
      }),
    )
    expect(stale).toEqual([])
  })

  it('reads SPDX expressions and package folders as npm lays them out', () => {
    expect(allowedLicence('(MIT OR GPL-3.0)', ['MIT'])).toBe(true)
    expect(allowedLicence('MIT AND GPL-3.0', ['MIT'])).toBe(false)
    expect(allowedLicence('GPL-3.0', allowList.allowed)).toBe(false)
    const nm = resolve(root, 'node_modules')
    expect(packageRootOf(resolve(nm, '@vue/shared/dist/shared.js'))).toBe(resolve(nm, '@vue/shared'))
    expect(packageRootOf(resolve(nm, 'a/node_modules/semver/index.js'))).toBe(resolve(nm, 'a/node_modules/semver'))
    expect(packageRootOf(resolve(root, 'electron/main/index.ts'))).toBeUndefined()
    expect(licenceEntries([resolve(nm, 'valibot/dist/index.js')], root)).toEqual([expect.objectContaining({ name: 'valibot', license: 'MIT', from: 'node_modules/valibot' })])
  })
})
