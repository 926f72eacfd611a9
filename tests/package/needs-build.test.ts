import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')

/** A script that needs the built app either builds it or says so in one sentence: never a stack trace. */
describe('scripts that need a build, run without one', () => {
  it('npm run security says to build first, records the scan as not run, and exits 1', () => {
    const project = mkdtempSync(join(tmpdir(), 'no-build-')) // the scan reads out/ from the folder it runs in
    const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/security-scan.ts')], { cwd: project, encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toBe(
      'npm run security scans the built page too, and out/renderer/index.html is missing: run "npm run build" first, then "npm run security" again.',
    )
    expect(JSON.parse(readFileSync(join(project, 'test-results/security.json'), 'utf8'))).toMatchObject({ notRun: 'no build', findings: ['not scanned: no build'] })
  })

  it('the scripts that run the built app build it first', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>
    expect(scripts.bench).toMatch(/electron-vite build && /)
    expect(scripts['test:e2e']).toMatch(/^electron-vite build && /)
    expect(readFileSync(join(root, 'scripts/test-electron.mjs'), 'utf8')).toContain("['electron-vite', 'build']")
    expect(readFileSync(join(root, 'scripts/test-all.sh'), 'utf8')).toContain('npx electron-vite build')
  })
})
