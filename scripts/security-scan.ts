import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * Electronegativity over what ships: main, preload and contract sources, the renderer sources, and the built
 * index.html (the source one holds a CSP placeholder). Every finding must be fixed or suppressed in place
 * (`eng-disable CHECK: reason`). Writes test-results/security.json for the closing summary and exits 1 on any finding,
 * and on any crash of the scanner (a scan that did not run is a failure, never a skip).
 *
 * Offline by design, on every supported Node. Electronegativity makes two network calls of its own:
 * - it downloads fresh translations of its messages at start (and its HTTP client, got 11, crashes the process on
 *   Node 24 when that download fails: "The onCancel handler was attached after the promise settled"). We run its
 *   runner in-process with its bundled English messages instead: the same i18n set-up minus the download.
 * - AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK compares the Electron version with GitHub's release list. It is turned off:
 *   it needs the network, and it is not a property of our code. Electron is pinned to ~45 in package.json and updated
 *   through npm; "is this Electron still patched" is answered by the pinned minor, not by a scan.
 */
const root = process.cwd()
const builtHtml = join(root, 'out/renderer/index.html')
const reportFile = join(root, 'test-results/security.json')
const networkOnlyChecks = ['AvailableSecurityFixesGlobalCheck']

function report(result: object): void {
  mkdirSync(dirname(reportFile), { recursive: true })
  writeFileSync(reportFile, JSON.stringify({ scanner: 'electronegativity', ...result }, null, 2))
}

async function scan(): Promise<void> {
  if (!existsSync(builtHtml)) {
    // a scan that did not run is a failure, said in one sentence (not the scanner's stack trace)
    console.error('npm run security scans the built page too, and out/renderer/index.html is missing: run "npm run build" first, then "npm run security" again.')
    report({ notRun: 'no build', findings: ['not scanned: no build'] })
    process.exit(1)
  }
  const scanDir = mkdtempSync(join(tmpdir(), 'desk-scan-'))
  cpSync(join(root, 'electron'), join(scanDir, 'electron'), { recursive: true })
  cpSync(join(root, 'contract'), join(scanDir, 'contract'), { recursive: true })
  cpSync(join(root, 'renderer/src'), join(scanDir, 'renderer/src'), { recursive: true })
  cpSync(builtHtml, join(scanDir, 'renderer/index.html'))
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version as string

  const engRequire = createRequire(join(root, 'node_modules/@doyensec/electronegativity/package.json'))
  const i18nModule = engRequire.resolve('./dist/locales/i18n.js')
  const i18n = engRequire('i18n')
  const offlineMessages = async (): Promise<void> => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: dirname(i18nModule),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    })
    i18n.setLocale('en-US')
  }
  engRequire.cache[i18nModule] = { id: i18nModule, filename: i18nModule, loaded: true, exports: offlineMessages } as never
  const run = engRequire('./dist/runner.js') as (options: object) => Promise<{ issues: EngIssue[]; errors: unknown[] }>

  const result = await run({
    input: scanDir,
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan: networkOnlyChecks,
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    electronUpgrade: undefined,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  })
  const findings = result.issues.map((i) => `${i.id} ${i.file} ${i.location.line}:${i.location.column} ${i.severity?.name ?? ''}`.trim())
  report({ electronVersion, excludedChecks: networkOnlyChecks, parseErrors: result.errors.length, findings })
  if (result.errors.length) {
    console.log(`electronegativity: ${result.errors.length} file(s) could not be parsed`)
    process.exit(1)
  }
  if (findings.length) {
    console.log(`electronegativity: ${findings.length} finding(s) not fixed or suppressed:`)
    for (const f of findings) console.log(`  ${f}`)
    process.exit(1)
  }
  console.log(`electronegativity (Electron ${electronVersion}, offline): no findings`)
}

interface EngIssue {
  id: string
  file: string
  location: { line: number; column: number }
  severity?: { name?: string }
}

scan().catch((error: unknown) => {
  console.error('electronegativity crashed:', error)
  report({ crashed: String(error), findings: ['scanner crashed'] })
  process.exit(1)
})
