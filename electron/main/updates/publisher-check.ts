import { execFile, spawnSync } from 'node:child_process'
import { win32 } from 'node:path'
import type { UpdateSettings } from '../config'
import { sameSubject } from './distinguished-name'
import { NO_VERDICT } from './feed'

/**
 * Windows: is a downloaded installer signed (Authenticode, valid chain) by this app's publisher?
 *
 * electron-updater's own check builds a PowerShell command line through cmd.exe with the file's path inside quotes,
 * escaping only the ASCII `'`. PowerShell also closes a quote on U+2018-U+201B, and the file name comes from the
 * feed, so a feed entry could put a command on that line; when PowerShell cannot run it logs and accepts the file.
 * This check replaces it (NsisUpdater's `verifyUpdateCodeSignature` hook):
 * - no shell: powershell.exe is started directly, by its full path under the Windows folder;
 * - no feed text in the command: the script is a constant, sent as `-EncodedCommand`; the file's path reaches it in an
 *   environment variable, which PowerShell reads as data, never parses;
 * - fails closed: no verdict (PowerShell missing, blocked by AppLocker, constrained language, a timeout, an answer
 *   that is not the JSON we asked for, a different file) is a refusal, worded so the log and the connection check
 *   say that the check could not run.
 * - the publisher is the preset's (`updates.publisher`, installer-set): the signing certificate's full subject (every
 *   attribute, exactly, in any order) and/or its SHA-256 thumbprint (this certificate and the next one, for renewal).
 *   electron-builder records the common name alone, which another organisation's certificate can carry too.
 * Only a real Windows PC can confirm PowerShell's answer itself; tests drive this code with a stand-in for the process.
 */

/** What an installer's signing certificate must be (the preset's `updates.publisher`). */
export type Publisher = NonNullable<UpdateSettings['publisher']>

/** The environment variable that carries the installer's path into the script. */
export const FILE_VARIABLE = 'REGDESK_VERIFY_FILE'


/** The script: constant text only. It reads the path from the environment and answers one line of JSON. */
export const VERIFY_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  // UTF-8 without a byte-order mark, where the language mode allows it (else the console's code page: the JSON escapes)
  'try { [Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false } catch { }',
  `$s = Get-AuthenticodeSignature -LiteralPath $env:${FILE_VARIABLE}`,
  '$subject = $null',
  '$sha256 = $null',
  'if ($s.SignerCertificate) {',
  '  $subject = $s.SignerCertificate.Subject',
  "  $sha256 = [BitConverter]::ToString([Security.Cryptography.SHA256]::Create().ComputeHash($s.SignerCertificate.RawData)).Replace('-', '')",
  '}',
  '@{ path = $s.Path; status = [int]$s.Status; subject = $subject; sha256 = $sha256 } | ConvertTo-Json -Compress',
].join('\n')

/** PowerShell's -EncodedCommand: base64 of the UTF-16LE script. */
export const encodedCommand = (script: string): string => Buffer.from(script, 'utf16le').toString('base64')

export interface ProcessAnswer {
  /** the process could not start or was stopped (ENOENT, a timeout, a policy block) */
  error?: { code?: string | number | null; message?: string }
  stdout: string
  stderr: string
}

/** Starts one program, no shell, and collects its answer (node's execFile; tests give a stand-in). */
export type RunProgram = (program: string, args: string[], options: { env: Record<string, string>; timeoutMs: number }) => Promise<ProcessAnswer>

const runWithExecFile: RunProgram = (program, args, options) =>
  new Promise((resolve) => {
    execFile(
      program,
      args,
      { env: options.env, timeout: options.timeoutMs, shell: false, windowsHide: true, maxBuffer: 64 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ ...(error ? { error: { code: error.code, message: error.message } } : {}), stdout, stderr }),
    )
  })

/**
 * The Windows folder: `SystemRoot` when it is `<drive>:\Windows` (the drive may differ), else `C:\Windows`. Nothing
 * else is taken from the environment: a folder a user can create (`C:\mine`) must not supply our powershell.exe.
 * powershell.exe is taken from there by full path, never looked up on PATH.
 */
export function windowsFolder(env: Record<string, string | undefined>): string {
  const root = env.SystemRoot ?? env.SYSTEMROOT ?? ''
  return /^[A-Za-z]:\\Windows$/i.test(root) ? root : 'C:\\Windows'
}

/** The program and its arguments: all constant but the Windows folder. */
export function publisherCommand(windows: string): { program: string; args: string[] } {
  return {
    program: win32.join(windows, 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe'),
    args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-InputFormat', 'None', '-EncodedCommand', encodedCommand(VERIFY_SCRIPT)],
  }
}

/**
 * A desk build's publisher must pin the certificate by its SHA-256 thumbprint: the check runs as the clerk, whose own
 * per-user root store Windows trusts too, so a certificate the clerk issues under their own root with exactly the
 * broker's subject would pass a subject-only check. A trader's own build (audience self) may name the subject alone:
 * the only person who can add a root on that PC is the trader. Undefined when the publisher is enough.
 */
export function publisherTooWeak(publisher: Publisher | undefined, audience: 'desk' | 'self' | undefined): string | undefined {
  if (audience === 'self' || !publisher || publisher.sha256?.length) return undefined
  return 'a desk build needs updates.publisher.sha256 (the signing certificate\'s SHA-256 thumbprints, this one and the next): a subject alone is met by a certificate a clerk issues under a root of their own'
}

/** Is the signer the preset's publisher? Every criterion the preset sets must hold; a preset that sets none matches nothing. */
export function publisherMatches(signer: { subject?: unknown; sha256?: unknown }, publisher: Publisher | undefined): boolean {
  if (!publisher?.subject && !publisher?.sha256?.length) return false
  if (publisher.subject && (typeof signer.subject !== 'string' || !sameSubject(signer.subject, publisher.subject))) return false
  if (publisher.sha256?.length) {
    const thumbprint = typeof signer.sha256 === 'string' ? signer.sha256.toUpperCase() : ''
    if (!/^[0-9A-F]{64}$/.test(thumbprint) || !publisher.sha256.some((wanted) => wanted.toUpperCase() === thumbprint)) return false
  }
  return true
}

const sameFile = (a: string, b: string) => win32.normalize(a).toLowerCase() === win32.normalize(b).toLowerCase()

/** Reads PowerShell's answer into a verdict: null when signed by the publisher, else the reason for refusing. */
export function verdictOf(answer: ProcessAnswer, file: string, publisher: Publisher | undefined): string | null {
  if (answer.error) return `${NO_VERDICT} (${String(answer.error.code ?? answer.error.message ?? 'failed').slice(0, 60)})`
  if (answer.stderr.trim()) return `${NO_VERDICT} (PowerShell reported an error)`
  let data: { path?: unknown; status?: unknown; subject?: unknown; sha256?: unknown }
  try {
    data = JSON.parse(answer.stdout.replace(/^\uFEFF/, '').trim()) as typeof data
  } catch {
    return `${NO_VERDICT} (no answer PowerShell could give)`
  }
  if (!data || typeof data !== 'object' || typeof data.status !== 'number') return `${NO_VERDICT} (no signature status)`
  if (typeof data.path !== 'string' || !sameFile(data.path, file)) return `${NO_VERDICT} (it answered for another file)`
  // 0 is SignatureStatus.Valid: a signature whose chain Windows trusts
  if (data.status !== 0) return `the installer has no valid signature (status ${data.status})`
  if (publisher?.sha256?.length && typeof data.sha256 !== 'string') return `${NO_VERDICT} (no certificate thumbprint)`
  if (!publisherMatches(data, publisher)) return `signed by someone else: ${String(data.subject).slice(0, 120)}`
  return null
}

export interface PublisherCheckOptions {
  /** the preset's publisher; without one every installer is refused */
  publisher: Publisher | undefined
  run?: RunProgram
  env?: Record<string, string | undefined>
  timeoutMs?: number
}

/** powershell.exe, its constant arguments and a small environment of our own: the Windows folder, its modules, the file. */
function invocation(env: Record<string, string | undefined>, file: string) {
  const windows = windowsFolder(env)
  const childEnv: Record<string, string> = {
    SystemRoot: windows,
    windir: windows,
    PSModulePath: win32.join(windows, 'System32', 'WindowsPowerShell', 'v1.0', 'Modules'),
    [FILE_VARIABLE]: file,
  }
  return { ...publisherCommand(windows), childEnv }
}

const noPublisher = `${NO_VERDICT} (the preset names no publisher: updates.publisher)`
const thrown = (error: unknown) => `${NO_VERDICT} (${String((error as Error)?.message ?? error).slice(0, 60)})`

/**
 * NsisUpdater's `verifyUpdateCodeSignature`: null when the preset's publisher signed `file`; a reason (never a throw)
 * otherwise. electron-builder's recorded names are not used: they hold the common name only.
 */
export function publisherCheck(options: PublisherCheckOptions) {
  const run = options.run ?? runWithExecFile
  const env = options.env ?? process.env
  return async (_recordedNames: string[], file: string): Promise<string | null> => {
    if (!options.publisher) return noPublisher
    const { program, args, childEnv } = invocation(env, file)
    try {
      return verdictOf(await run(program, args, { env: childEnv, timeoutMs: options.timeoutMs ?? 30_000 }), file, options.publisher)
    } catch (error) {
      return thrown(error)
    }
  }
}

/** Starts one program and waits for it (the check right before install, which runs in Electron's synchronous quit). */
export type RunProgramSync = (program: string, args: string[], options: { env: Record<string, string>; timeoutMs: number }) => ProcessAnswer

const runWithSpawnSync: RunProgramSync = (program, args, options) => {
  const result = spawnSync(program, args, { env: options.env, timeout: options.timeoutMs, shell: false, windowsHide: true, maxBuffer: 64 * 1024, encoding: 'utf8' })
  const failed = result.error ?? (result.status !== 0 ? { code: result.status ?? result.signal, message: 'exited' } : undefined)
  return { ...(failed ? { error: { code: (failed as { code?: string | number | null }).code ?? null, message: failed.message } } : {}), stdout: result.stdout ?? '', stderr: result.stderr ?? '' }
}

/** The same check, synchronous: for the installer right before it is started (updater.ts). */
export function publisherCheckSync(options: Omit<PublisherCheckOptions, 'run'> & { run?: RunProgramSync }) {
  const run = options.run ?? runWithSpawnSync
  const env = options.env ?? process.env
  return (file: string): string | null => {
    if (!options.publisher) return noPublisher
    const { program, args, childEnv } = invocation(env, file)
    try {
      return verdictOf(run(program, args, { env: childEnv, timeoutMs: options.timeoutMs ?? 30_000 }), file, options.publisher)
    } catch (error) {
      return thrown(error)
    }
  }
}
