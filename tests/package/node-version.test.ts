import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OLD_NODE, oldNodeOnPath } from '../support/old-node'

const root = resolve(__dirname, '../..')
const sentence = (script: string) =>
  new RegExp(`^!! This project needs Node >= 22\\.12 and this is Node ${OLD_NODE.replace(/\./g, '\\.')}: run "bash scripts/node24\\.sh ${script}"`)

/** A copy of the project's scripts without node_modules, for npm test to meet an old Node without running the suite. */
function bareProject(withPinnedNode: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-bare-'))
  cpSync(join(root, 'package.json'), join(dir, 'package.json'))
  cpSync(join(root, 'scripts'), join(dir, 'scripts'), { recursive: true })
  if (withPinnedNode && existsSync(join(root, '.tools'))) symlinkSync(join(root, '.tools'), join(dir, '.tools'))
  return dir
}

// The stand-in is a bash script named node; Windows runs npm's scripts through cmd.exe, which cannot start it.
describe.skipIf(process.platform === 'win32')('on a Node older than engines (a stand-in node that reports v20)', () => {
  const old = oldNodeOnPath()
  const npm = (args: string[], cwd = root, env: Record<string, string> = {}) =>
    spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 180_000, env: { ...process.env, PATH: old.PATH, ...env } })

  it.each([
    ['dev', 'npm run dev'],
    ['bench', 'npm run bench'],
  ])('npm run %s stops at once with one sentence saying what to do', (script, command) => {
    const started = Date.now()
    const run = npm(['run', '-s', script])
    expect(run.status).not.toBe(0)
    const said = run.stderr.split('\n').filter((line) => line.startsWith('!!'))
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(sentence(command))
    expect(run.stdout + run.stderr).not.toMatch(/electron-vite|vite v\d|bench:/i) // nothing after the gate ran
    expect(Date.now() - started).toBeLessThan(30_000)
  })

  it('npm test switches to the pinned Node by itself (scripts/node24.sh) and runs the tiers on it', () => {
    const project = bareProject(true)
    // no node_modules in the copy: every tier after the switch fails fast, offline, which is all this test needs
    const run = npm(['test'], project, { npm_config_offline: 'true', DESK_CHROMIUM: '/bin/true', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })
    const out = run.stdout
    expect(out).toContain(`== ${OLD_NODE} is older than this project needs: switching to the pinned Node (scripts/node24.sh)`)
    expect(out).toMatch(/== Node v24\.\d+\.\d+\n/)
    expect(out.indexOf('== Node v24')).toBeLessThan(out.indexOf('== build'))
    expect(out).toMatch(/\d+ passed, \d+ failed, \d+ skipped\s*$/) // the closing line, from the summary run on Node 24
  }, 180_000)

  it('npm test stops at once with one sentence when the pinned Node cannot be had', () => {
    const project = bareProject(false)
    const run = npm(['test'], project, { npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0' })
    expect(run.status).toBe(1)
    const said = run.stderr.split('\n').filter((line) => line.startsWith('!! This project'))
    expect(said).toEqual([
      '!! This project needs Node >= 22.12, and the pinned Node 24 could not be fetched from the npm registry: install Node 24 LTS, or run "bash scripts/node24.sh npm test" where the registry is reachable.',
    ])
    expect(existsSync(join(project, 'test-results'))).toBe(false) // stopped before any tier
  }, 180_000)
})
