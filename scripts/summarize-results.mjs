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

for (const [name, file] of reports) {
  if (!existsSync(file)) {
    failed += 1
    lines.push(`${name}: no report (${file}) — counted as 1 failure`)
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
    } else if ('numPassedTests' in json) {
      p = json.numPassedTests
      f = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0) + (json.success === false && json.numFailedTests === 0 ? 1 : 0)
      s = json.numPendingTests + json.numTodoTests
    } else {
      const st = json.stats
      p = st.expected + st.flaky
      f = st.unexpected + (json.errors?.length ?? 0)
      s = st.skipped
    }
    passed += p
    failed += f
    skipped += s
    lines.push(`${name}: ${p} passed, ${f} failed, ${s} skipped`)
  } catch (error) {
    failed += 1
    lines.push(`${name}: unreadable report (${error.message}) — counted as 1 failure`)
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
console.log(lines.join('\n'))
console.log(closing)
process.exit(failed > 0 ? 1 : 0)
