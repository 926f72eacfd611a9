import { load } from 'js-yaml'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { feedFileProblem } from '../../electron/main/updates/feed'

const root = resolve(__dirname, '../..')
const config = load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as {
  productName: string
  win: { artifactName: string }
  mac: { artifactName: string; target: string[] }
}
/** electron-builder's own substitution of an artifactName template (the macros our templates use) */
const named = (template: string, macros: Record<string, string>) => template.replace(/\$\{(\w+)\}/g, (_, key: string) => macros[key] ?? `\${${key}}`)

// The generic feed names each file by the name it was built under (electron-builder's updateInfoBuilder keeps a "safe"
// name only for GitHub), and every PC refuses a feed file name outside [A-Za-z0-9._-] (feed.ts): the product's name
// has a space, so the installers must not be named after it.
describe('the installers are named as the feed check takes them', () => {
  const feed = 'https://updates.broker.example/desk/'

  it('Windows: the NSIS installer the feed names', () => {
    const name = named(config.win.artifactName, { productName: config.productName, version: '1.6.0', ext: 'exe' })
    expect(name).toBe('Registration-Desk-1.6.0-setup.exe')
    expect(feedFileProblem(name, feed)).toBeUndefined()
  })

  it('macOS: the zip the feed names and the DMG beside it, for each architecture', () => {
    expect(config.mac.target).toEqual(['dmg', 'zip'])
    for (const arch of ['x64', 'arm64', 'universal']) {
      for (const ext of ['zip', 'dmg']) {
        const name = named(config.mac.artifactName, { productName: config.productName, version: '1.6.0-beta.2', ext, arch })
        expect(name).not.toContain('${')
        expect(feedFileProblem(name, feed), name).toBeUndefined()
      }
    }
  })

  it('the product name itself would be refused: the reason the templates do not use it', () => {
    expect(feedFileProblem(`${config.productName}-1.6.0-setup.exe`, feed)).toBeDefined()
  })
})
