import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileHint, firstLoadChunks } from '../../scripts/vite/compile-hints'
import { firstLoadGroup } from '../../scripts/vite/first-load-chunk'

const dir = resolve(__dirname, '../../out/renderer')
const built = () => {
  if (!existsSync(resolve(dir, 'index.html'))) throw new Error('out/renderer/index.html is missing: run "npm run build" first')
  return readFileSync(resolve(dir, 'index.html'), 'utf8')
}

describe("V8's compile hint on the first screen's scripts", () => {
  it('finds the entry and what it imports statically, not what it loads lazily', () => {
    const bundle = {
      'index.js': { type: 'chunk', isEntry: true, imports: ['vue.js', 'stores.js'] },
      'vue.js': { type: 'chunk', imports: [] },
      'stores.js': { type: 'chunk', imports: ['vue.js'] },
      'settings.js': { type: 'chunk', imports: ['vue.js'] },
      'index.css': { type: 'asset' },
    }
    expect([...firstLoadChunks(bundle)].sort()).toEqual(['index.js', 'stores.js', 'vue.js'])
  })

  it('the built page: every script index.html loads starts with the hint; no lazy screen carries it', () => {
    const html = built()
    const first = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!)
    expect(first.length).toBeGreaterThan(0)
    const scripts = readdirSync(resolve(dir, 'assets')).filter((f) => f.endsWith('.js'))
    for (const file of scripts) {
      const code = readFileSync(resolve(dir, 'assets', file), 'utf8')
      expect(code.startsWith(`${compileHint}\n`), file).toBe(first.includes(file))
    }
    expect(scripts.some((f) => f.startsWith('OfficeAdminView-'))).toBe(true)
  })
})

describe("the first screen's script", () => {
  it('groups a module when a chain of static importers leads to the entry, through cycles; not what only a lazy import reaches', () => {
    const graph: Record<string, { isEntry: boolean; importers: string[] }> = {
      main: { isEntry: true, importers: [] },
      app: { isEntry: false, importers: ['main'] },
      store: { isEntry: false, importers: ['app', 'settings', 'loop'] },
      loop: { isEntry: false, importers: ['store'] },
      settings: { isEntry: false, importers: [] }, // dynamically imported only
      settingsPart: { isEntry: false, importers: ['settings'] },
      lonely: { isEntry: false, importers: ['lonelier'] },
      lonelier: { isEntry: false, importers: ['lonely'] },
    }
    const group = firstLoadGroup()
    const ctx = { getModuleInfo: (id: string) => graph[id] ?? null }
    const named = Object.fromEntries(Object.keys(graph).map((id) => [id, group.name(id, ctx)]))
    expect(named).toEqual({ main: 'start', app: 'start', store: 'start', loop: 'start', settings: null, settingsPart: null, lonely: null, lonelier: null })
  })

  it('the built page loads one script and one stylesheet; lazy screens import from that script', () => {
    const html = built()
    const scripts = [...html.matchAll(/<script[^>]*src="\.\/assets\/([^"]+)"/g)].map((m) => m[1]!)
    expect(scripts).toHaveLength(1)
    expect(html).not.toContain('modulepreload')
    expect([...html.matchAll(/rel="stylesheet"/g)]).toHaveLength(1)
    const settings = readdirSync(resolve(dir, 'assets')).find((f) => f.startsWith('OfficeAdminView-') && f.endsWith('.js'))!
    expect(readFileSync(resolve(dir, 'assets', settings), 'utf8')).toContain(`from"./${scripts[0]}"`)
  })
})
