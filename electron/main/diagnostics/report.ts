import type { ConnectionReport, LocalFault, UiLanguage, UpdateStatus } from '@contract/types'
import { fill, shellWords } from '../shell/words'
import type { Refusal } from '../updates/feed'
import type { UpdateHealth } from '../updates/health'
import type { AppFacts } from '../app/info'
import type { ConfigResult } from '../config'
import type { OsFacts } from '../device'
import { registerSourceFor } from '../device'
import { exposureText, type Exposure } from '../network/exposure'

/** Keys whose values never reach the file: the office PIN's verifier, the company id, any password, token or key. */
const secretKey = /pin|pass|secret|token|key|company|credential|auth/i

/** A copy of `value` with every secret-named field replaced, and a URL's user info and query removed. */
export function redact(value: unknown, key = ''): unknown {
  if (secretKey.test(key) && value !== undefined && value !== null && value !== '') return '[removed]'
  if (typeof value === 'string') return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? cleanUrl(value) : value
  if (Array.isArray(value)) return value.map((item) => redact(item))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, k)]))
  }
  return value
}

function cleanUrl(text: string): string {
  try {
    const url = new URL(text)
    url.username = ''
    url.password = ''
    url.search = ''
    url.hash = ''
    return url.toString()
  } catch {
    return '[unparseable URL]'
  }
}

export interface DiagnosticsInput {
  facts: AppFacts
  os: OsFacts
  config: ConfigResult
  lastCheck?: ConnectionReport
  /** network/exposure.ts: whether a user of this PC could read the platform's traffic */
  exposure?: Exposure
  faults: LocalFault[]
  /** the updates as main knows them now, without a connection check (updates/service.ts status, health, last problem) */
  updates?: UpdateStatus & UpdateHealth & { problem?: Refusal }
  /** the window's language: the updates' problem is said in it too (main's shell words), beside the English facts */
  language?: UiLanguage
  /** the recent log, oldest first (main's log holds no personal data by construction; still, only its lines) */
  logLines: string[]
  now: Date
}

/**
 * The one file IT asks for: app and OS facts, the effective configuration without its secrets, the configuration's
 * problem, the last connection check, the local write faults and the recent log. Never the journal, a form, a draft,
 * the settings file's values (the last login) or a proxy login.
 */
export function diagnosticsText(input: DiagnosticsInput): string {
  const section = (title: string, body: unknown) => `== ${title}\n${typeof body === 'string' ? body : JSON.stringify(body, null, 2)}\n`
  const { facts, os, config } = input
  return [
    `Registration Desk diagnostics, ${input.now.toISOString()}\n`,
    section('App', {
      version: facts.version,
      packaged: facts.packaged,
      ...(facts.runtime ? { electron: facts.runtime.electron, chromium: facts.runtime.chrome, node: facts.runtime.node } : {}),
      registerSource: registerSourceFor(os.platform),
    }),
    section('System', { platform: os.platform, version: os.version, arch: os.arch }),
    section('Configuration (secrets removed)', config.ok ? redact(config.config) : 'not usable (see the problem below)'),
    section('Configuration problems', config.ok ? 'none' : { field: config.problem.field, code: config.problem.code, message: config.problem.message }),
    section('Platform traffic', input.exposure ? exposureText(input.exposure) : 'unknown: the configuration is not usable'),
    section('Last connection check', input.lastCheck ? redact(input.lastCheck) : 'not run since the app started'),
    section('Updates', input.updates ? updatesText(input.updates, input.language) : 'unknown'),
    section('Files that could not be written', input.faults.length ? input.faults.map(({ target, code, pending }) => ({ target, code, pending })) : 'none'),
    section(`Recent log (${input.logLines.length} lines)`, input.logLines.join('\n')),
  ].join('\n')
}

/** The updates in plain words for IT: policy, the last check that ended well, failures in a row, the last problem and where. */
export function updatesText(u: NonNullable<DiagnosticsInput['updates']>, language?: UiLanguage): string {
  if (u.policy === 'off') return 'off (policy off, or a build that does not update itself)'
  const words = language && language !== 'en-US' ? shellWords(language).diagnostics : undefined
  const said = words
    ? [
        u.problem?.local ? fill(words.localFailure, { ...u.problem.local }) : '',
        u.failing && u.failing.count > 1 ? fill(words.failing, u.failing) : '',
        u.lastGoodCheck ? fill(words.lastGood, { when: u.lastGoodCheck }) : words.noGoodCheck,
      ].filter(Boolean)
    : []
  return [
    `policy ${u.policy}, ${u.phase === 'none' ? 'nothing on offer' : `${u.phase} ${u.version ?? ''}`.trim()}`,
    `last update check that ended well: ${u.lastGoodCheck ?? 'none recorded on this PC'}`,
    u.failing ? `FAILING: ${u.failing.count} checks or downloads in a row since ${u.failing.since}` : 'no failures in a row',
    u.problem?.local
      ? `the last download could not be saved on this PC: ${u.problem.local.code} at ${u.problem.local.path} (IT: remove or fix what is there; the updater needs that folder)`
      : u.problem
        ? `the last release was refused: ${u.problem.reason}`
        : 'no refused or failed download on record',
    ...said,
  ].join('\n')
}

/** The log's last lines within `maxBytes`, from the rotated file and the current one (whole lines only). */
export function recentLogLines(texts: string[], maxBytes = 256 * 1024): string[] {
  const lines = texts.join('\n').split('\n').filter((line) => line.trim())
  const kept: string[] = []
  let size = 0
  for (let i = lines.length - 1; i >= 0 && size + lines[i]!.length + 1 <= maxBytes; i--) {
    kept.unshift(lines[i]!)
    size += lines[i]!.length + 1
  }
  return kept
}
