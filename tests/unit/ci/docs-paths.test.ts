import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../../..')
/** the repository's files (tracked and new, not ignored), as paths from its root */
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)
/** Names of files the app writes at run time (in the data folder, inside app.asar, beside installers): not repository files. */
const runtimeFiles = new Set(['config.json', 'office-settings.json', 'office.json', 'office/office.json', 'desk.log', 'desk.log.1', 'latest.yml', 'latest-mac.yml', 'app-update.yml', 'office/test-build.json', 'journey.json', 'pending/'])

/** `a/{b,c}/d.ts` → `a/b/d.ts`, `a/c/d.ts` */
const expand = (name: string): string[] => {
  const brace = /\{([^}]*)\}/.exec(name)
  return brace ? brace[1]!.split(',').flatMap((part) => expand(name.replace(brace[0], part))) : [name]
}
/** Backticked names in a page that look like files or folders of ours. */
function namedFiles(page: string): string[] {
  const text = readFileSync(join(root, page), 'utf8')
  return [...new Set([...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!))]
    .filter((name) => /\.(ts|vue|mjs|cjs|js|json|md|yml|css|html|sh)$|\/$/.test(name) || (name.includes('/') && !name.includes(' ')))
    .filter((name) => !/^(@|\.\.\/shared\/|https?:|[a-z]+:\/\/|\/)|[<>*…$]|^--|=/.test(name) && !name.startsWith('npm'))
    .flatMap(expand)
}
/** A name exists when a repository file is it, ends with it (a name relative to a folder the page is talking about), or is under it. */
const exists = (name: string): boolean => {
  if (runtimeFiles.has(name) || /^(out|dist)\//.test(name)) return true // written at run time, or by the build
  const folder = name.endsWith('/') ? name : `${name}/`
  return files.some((file) => file === name || file.endsWith(`/${name}`) || file.startsWith(folder) || file.includes(`/${folder}`))
}

describe('the docs name only files that exist', () => {
  it.each(['docs/architecture.md', 'docs/electron-tier.md', 'docs/security.md'])('%s', (page) => {
    const names = namedFiles(page)
    expect(names.length).toBeGreaterThan(5)
    expect(names.filter((name) => !exists(name))).toEqual([])
  })

  it('a name that is not there is caught (the check can fail)', () => {
    expect(exists('resources/office.json')).toBe(false)
    expect(exists('electron/main/office/resolve.ts')).toBe(true)
    expect(exists('contract/config-table.ts')).toBe(true)
  })
})

describe('docs/electron-tier.md lists every real-Electron test', () => {
  it('each test title of tests/electron/ is on the page', () => {
    const page = readFileSync(join(root, 'docs/electron-tier.md'), 'utf8')
    const specs = readdirSync(join(root, 'tests/electron')).filter((f) => f.endsWith('.spec.ts'))
    expect(specs).toEqual(expect.arrayContaining(['runtime.spec.ts', 'app.spec.ts', 'desktop.spec.ts', 'updates.spec.ts']))
    const titles = specs.flatMap((spec) =>
      [...readFileSync(join(root, 'tests/electron', spec), 'utf8').matchAll(/\btest\((['"])(.+?)\1,/g)].map((m) => m[2]!.replace(/\\'/g, "'")),
    )
    expect(titles.length).toBeGreaterThanOrEqual(10)
    expect(titles.filter((title) => !page.includes(title))).toEqual([])
  })
})
