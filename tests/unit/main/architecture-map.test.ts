import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const { layers, layerPicture } = require('../../../scripts/layers.cjs') as {
  layers: { name: string; folder: string; mayImport: string[] }[]
  layerPicture: () => string
}
const cruiser = require('../../../.dependency-cruiser.cjs') as { forbidden: { name: string; from: { path?: string }; to: { path?: string; pathNot?: string } }[] }
const doc = readFileSync('docs/architecture.md', 'utf8')

describe('docs/architecture.md', () => {
  it("draws the layers as the checked rule states them (scripts/layers.cjs → .dependency-cruiser.cjs)", () => {
    const drawn = doc.match(/<!-- layers:begin -->\n```\n([\s\S]*?)\n```\n<!-- layers:end -->/)?.[1]
    expect(drawn, 'the picture between the layers marks').toBe(layerPicture())
    // the rule dependency-cruiser runs is made from the same list: one forbidden rule per layer, allowing exactly its imports
    for (const layer of layers) {
      const rule = cruiser.forbidden.find((r) => r.name === `layer-${layer.name}`)!
      const allowed = new RegExp(rule.to.pathNot!)
      const any = new RegExp(rule.to.path!)
      for (const other of layers) {
        const mayImport = other === layer || layer.mayImport.includes(other.name)
        expect(any.test(`${other.folder}x.ts`) && !allowed.test(`${other.folder}x.ts`), `${layer.folder} → ${other.folder}`).toBe(!mayImport)
      }
      expect(new RegExp(rule.from.path!).test(`${layer.folder}x.ts`)).toBe(true)
    }
  })

  it('says what its arrows are, and has the "Add a channel" recipe', () => {
    expect(doc).toContain('(arrows are imports)')
    expect(doc).toContain('(arrows are calls)')
    expect(doc).toMatch(/### Add a channel\n/)
  })

  it('cites only files and folders of this repository', () => {
    const cited = [...doc.matchAll(/`([^`\s]+)`/g)]
      .map((m) => m[1]!)
      .filter((text) => /^(contract|electron|renderer|sandbox|resources|tests|scripts|bench|docs)\/[\w./-]*$/.test(text))
      .filter((text) => !text.includes('<'))
    expect(cited.length).toBeGreaterThan(40)
    expect(cited.filter((path) => !existsSync(path))).toEqual([])
    expect(doc).not.toMatch(/\.\.\/shared\//)
  })
})
