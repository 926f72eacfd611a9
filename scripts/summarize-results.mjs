// Sums the JSON reports of every runner into the one closing line CI reads: "N passed, N failed, N skipped".
// A report that is missing or unreadable counts as one failure: a runner that crashed must not look green.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const allReports = [
  ['vitest', 'test-results/vitest.json'],
  ['e2e', 'test-results/playwright-e2e.json'],
  ['electron', 'test-results/playwright-electron.json'],
  ['security scan', 'test-results/security.json'],
]
// `--only electron` (npm run test:electron): the same closing line over one runner's report
const only = process.argv.indexOf('--only')
const reports = only > 0 ? allReports.filter(([name]) => name === process.argv[only + 1]) : allReports

let passed = 0
let failed = 0
let skipped = 0
const lines = []
/** the failed tests by name, with the first line of their error: CI keeps only the tail of the output */
const failures = []
const firstLine = (text) => String(text ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim())?.trim().slice(0, 200) ?? ''

/** vitest's report: every failed assertion result, by file and full name */
function vitestFailures(json) {
  return (json.testResults ?? []).flatMap((file) => {
    const named = (file.assertionResults ?? []).filter((t) => t.status === 'failed').map((t) => `${t.fullName}: ${firstLine(t.failureMessages?.[0])}`)
    // a file that failed to load has no assertion results, only its message
    return named.length || file.status !== 'failed' ? named : [`${file.name}: ${firstLine(file.message)}`]
  })
}

/** Playwright's report: every test whose outcome was unexpected, by its titles, with its last result's error */
function playwrightFailures(json) {
  const out = []
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue
        const last = test.results?.at(-1)
        out.push(`${[...titles, spec.title].filter(Boolean).join(' › ')}: ${firstLine(last?.error?.message ?? last?.status)}`)
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title])
  }
  for (const suite of json.suites ?? []) walk(suite, [suite.title])
  for (const error of json.errors ?? []) out.push(`(outside a test) ${firstLine(error.message)}`)
  return out
}

for (const [name, file] of reports) {
  if (!existsSync(file)) {
    failed += 1
    lines.push(`${name}: no report (${file}) — counted as 1 failure`)
    failures.push(`${name}: the runner wrote no report (${file}): it crashed or never ran`)
    continue
  }
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'))
    let p, f, s
    if ('scanner' in json) {
      // one check that passes when the scanner reports nothing left unfixed or unsuppressed
      p = json.findings.length === 0 ? 1 : 0
      f = json.findings.length === 0 ? 0 : 1
      s = 0
      failures.push(...json.findings.map((finding) => `${name}: ${firstLine(typeof finding === 'string' ? finding : JSON.stringify(finding))}`))
    } else if ('numPassedTests' in json) {
      p = json.numPassedTests
      f = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0) + (json.success === false && json.numFailedTests === 0 ? 1 : 0)
      s = json.numPendingTests + json.numTodoTests
      failures.push(...vitestFailures(json).map((f) => `${name}: ${f}`))
    } else {
      const st = json.stats
      p = st.expected + st.flaky
      f = st.unexpected + (json.errors?.length ?? 0)
      s = st.skipped
      failures.push(...playwrightFailures(json).map((f) => `${name}: ${f}`))
    }
    passed += p
    failed += f
    skipped += s
    lines.push(`${name}: ${p} passed, ${f} failed, ${s} skipped`)
  } catch (error) {
    failed += 1
    lines.push(`${name}: unreadable report (${error.message}) — counted as 1 failure`)
    failures.push(`${name}: its report (${file}) is unreadable: ${firstLine(error.message)}`)
  }
}

// CI and `npm run test:electron` require the real-Electron tier: a skip there (or no test run at all) is a failure
if (process.env.DESK_ELECTRON_REQUIRED === '1' && reports.some(([name]) => name === 'electron')) {
  const tier = lines.find((line) => line.startsWith('electron: '))
  const ran = /^electron: (\d+) passed, \d+ failed, (\d+) skipped/.exec(tier ?? '')
  if (ran && (Number(ran[2]) > 0 || Number(ran[1]) === 0)) {
    failed += 1
    lines.push('electron: the real-Electron tier skipped tests while DESK_ELECTRON_REQUIRED=1 — counted as 1 failure')
  }
}

const closing = `${passed} passed, ${failed} failed, ${skipped} skipped`
writeFileSync('test-results/summary.txt', closing + '\n')
if (failures.length) console.log(`failed:\n${failures.map((f) => `  ${f}`).join('\n')}`)
console.log(lines.join('\n'))
console.log(closing)
process.exit(failed > 0 ? 1 : 0)
