import { afterEach, describe, expect, it, vi } from 'vitest'

const execFile = vi.hoisted(() => vi.fn())
vi.mock('node:child_process', () => ({ execFile }))

import { FILE_VARIABLE, publisherCheck, publisherCheckSync, publisherCommand, VERIFY_SCRIPT, windowsFolder, type Publisher, type RunProgram } from '../../../electron/main/updates/publisher-check'
import { dnAttributes, sameSubject } from '../../../electron/main/updates/distinguished-name'

/**
 * Our Windows publisher check (updates/publisher-check.ts), driven with a stand-in for powershell.exe. Only a real
 * Windows PC can confirm Get-AuthenticodeSignature's own answer; everything around it (what is started, with what,
 * and how an answer becomes a verdict) is proven here.
 */
const publishers = ['CN=Registration Desk Test Publisher, O=Desk Ltd, C=CN']
const thumbprint = 'A1'.repeat(32)
const next = 'B2'.repeat(32)
/** the preset's publisher: the full subject and the certificate's thumbprint (and the next one, for renewal) */
const publisher: Publisher = { subject: publishers[0], sha256: [thumbprint, next] }
const installer = 'C:\\Users\\clerk\\AppData\\Local\\registration-desk-updater\\pending\\temp-x\u2019;calc;\u2019.exe'
const evil = ['\u2019', 'calc', 'x\u2019']

function recorder(answer: Awaited<ReturnType<RunProgram>>) {
  const calls: { program: string; args: string[]; env: Record<string, string> }[] = []
  const run: RunProgram = async (program, args, options) => {
    calls.push({ program, args, env: options.env })
    return answer
  }
  return { calls, run }
}
const answer = (data: object) => ({ stdout: JSON.stringify(data) + '\r\n', stderr: '' })
const check = (run: RunProgram, wanted: Publisher | undefined = publisher) => publisherCheck({ publisher: wanted, run, env: { SystemRoot: 'C:\\Windows' } })
const signed = (data: object = {}) => answer({ path: installer, status: 0, subject: publishers[0], sha256: thumbprint, ...data })

afterEach(() => execFile.mockReset())

describe('the Windows publisher check (ours, not electron-updater\'s)', () => {
  it('puts no feed text in the command: a constant encoded script, the path only in an environment variable', async () => {
    const { calls, run } = recorder(signed())
    expect(await check(run)(publishers, installer)).toBeNull()
    expect(calls).toHaveLength(1)
    const { program, args, env } = calls[0]!
    expect(program).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe')
    expect(args).toEqual(publisherCommand('C:\\Windows').args)
    const commandLine = [program, ...args].join(' ')
    for (const piece of evil) expect(commandLine).not.toContain(piece)
    const script = Buffer.from(args.at(-1)!, 'base64').toString('utf16le')
    expect(script).toBe(VERIFY_SCRIPT)
    expect(script).toContain(`-LiteralPath $env:${FILE_VARIABLE}`)
    expect(env[FILE_VARIABLE]).toBe(installer)
    expect(Object.keys(env).sort()).toEqual(['PSModulePath', FILE_VARIABLE, 'SystemRoot', 'windir'].sort())
  })

  it('starts powershell.exe without a shell, by its full path, with a timeout', async () => {
    execFile.mockImplementation((_program, _args, _options, callback) => callback(null, signed().stdout, ''))
    expect(await publisherCheck({ publisher, env: { SystemRoot: 'D:\\Windows' } })(publishers, installer)).toBeNull()
    const [program, , options] = execFile.mock.calls[0]!
    expect(program).toBe('D:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe')
    expect(options).toMatchObject({ shell: false, windowsHide: true, timeout: 30_000 })
  })

  it('takes the Windows folder only as <drive>:\\Windows; anything else falls back to C:\\Windows', () => {
    expect(windowsFolder({ SystemRoot: 'C:\\Windows' })).toBe('C:\\Windows')
    expect(windowsFolder({ SystemRoot: 'C:\\Windows & calc' })).toBe('C:\\Windows')
    expect(windowsFolder({ SystemRoot: 'C:\\mine' })).toBe('C:\\Windows') // a folder a user can create
    expect(windowsFolder({ SystemRoot: '\\\\evil\\share' })).toBe('C:\\Windows')
    expect(windowsFolder({})).toBe('C:\\Windows')
  })

  it('fails closed: no PowerShell, a timeout, stderr, an answer that is not ours, another file -> refused, never accepted', async () => {
    const cases: Awaited<ReturnType<RunProgram>>[] = [
      { error: { code: 'ENOENT' }, stdout: '', stderr: '' },
      { error: { code: null, message: 'timed out' }, stdout: '', stderr: '' },
      { stdout: '', stderr: 'Cannot invoke method. Method invocation is supported only on core types in this language mode.' },
      { stdout: 'not json', stderr: '' },
      answer({ path: installer }),
      answer({ path: 'C:\\other.exe', status: 0, subject: publishers[0] }),
    ]
    for (const c of cases) expect(await check(recorder(c).run)(publishers, installer)).toMatch(/^the publisher check could not run/)
    const throwing: RunProgram = async () => {
      throw new Error('spawn EPERM')
    }
    expect(await check(throwing)(publishers, installer)).toMatch(/^the publisher check could not run/)
    // a preset that names no publisher, or a thumbprint PowerShell did not give: no verdict
    expect(await publisherCheck({ publisher: undefined, run: recorder(signed()).run })(publishers, installer)).toMatch(/could not run \(the preset names no publisher/)
    expect(await check(recorder(signed({ sha256: null })).run)(publishers, installer)).toMatch(/could not run \(no certificate thumbprint/)
  })

  it('refuses an invalid signature; compares the full subject (every RDN, any order, exactly) and the SHA-256 thumbprint', async () => {
    const verdict = (data: object, wanted: Publisher = publisher) => check(recorder(signed(data)).run, wanted)(publishers, installer)
    expect(await verdict({ status: 2 })).toMatch(/no valid signature/)
    // another organisation's valid certificate with the same common name is someone else
    expect(await verdict({ subject: 'CN=Registration Desk Test Publisher, O=Someone Else, C=CN' })).toMatch(/signed by someone else/)
    expect(await verdict({ subject: 'CN=Registration Desk Test Publisher, O=Someone Else, C=CN', sha256: 'C3'.repeat(32) }, { sha256: [thumbprint] })).toMatch(/someone else/)
    expect(await verdict({ subject: 'CN=Registration Desk Test Publisher, O=Desk Ltd, C=CN, OU=Extra' })).toMatch(/someone else/)
    expect(await verdict({ subject: 'CN=Registration Desk Test Publisher, C=CN' })).toMatch(/someone else/)
    expect(await verdict({ subject: 'CN=Registration Desk Test Publisher, O=desk ltd, C=CN' })).toMatch(/someone else/) // exact values
    expect(await verdict({ subject: null })).toMatch(/someone else/)
    // the right subject on another certificate (not this one, not the next one)
    expect(await verdict({ sha256: 'C3'.repeat(32) })).toMatch(/someone else/)
    // accepted: the same attributes in another order, quoted; the renewed certificate; a thumbprint in lower case
    expect(await verdict({ subject: 'C=CN, O="Desk Ltd", CN=Registration Desk Test Publisher' })).toBeNull()
    expect(await verdict({ sha256: next })).toBeNull()
    expect(await verdict({ sha256: thumbprint.toLowerCase() })).toBeNull()
    expect(await verdict({ subject: 'CN=Anything' }, { sha256: [thumbprint] })).toBeNull()
    // a byte-order mark before the JSON (a UTF-8 console) is not a reason to refuse a good installer
    expect(await check(recorder({ stdout: `\uFEFF${signed().stdout}`, stderr: '' }).run)(publishers, installer)).toBeNull()
  })

  it('reads a subject as Windows writes it: quotes, escapes, multi-valued RDNs, and refuses what is not one', () => {
    expect(dnAttributes('CN="Broker, Ltd.", O="Broker ""HK"" Ltd", L=Hong Kong, S=HK, C=HK')).toEqual(['C=HK', 'CN=Broker, Ltd.', 'L=Hong Kong', 'O=Broker "HK" Ltd', 'S=HK'])
    expect(dnAttributes('CN=Broker\\, Ltd + OU=Desk')).toEqual(['CN=Broker, Ltd', 'OU=Desk'])
    expect(sameSubject('CN=A, OU=x, OU=y', 'OU=y, CN=A, OU=x')).toBe(true)
    expect(sameSubject('CN=A, OU=x, OU=y', 'CN=A, OU=x')).toBe(false)
    expect(sameSubject('CN=A, ST=HK', 'S=HK, CN=A')).toBe(true)
    for (const bad of ['', 'no equals', 'CN="unterminated', 'CN="x" junk', '=x']) expect(dnAttributes(bad)).toBeUndefined()
    expect(sameSubject('garbage', 'garbage')).toBe(false)
  })

  it('the same check right before install runs synchronously, with the same command, and fails closed', () => {
    const calls: string[][] = []
    const ok = publisherCheckSync({ publisher, env: { SystemRoot: 'C:\\Windows' }, run: (program, args) => (calls.push([program, ...args]), signed()) })
    expect(ok(installer)).toBeNull()
    expect(calls[0]).toEqual([publisherCommand('C:\\Windows').program, ...publisherCommand('C:\\Windows').args])
    expect(publisherCheckSync({ publisher, run: () => ({ error: { code: 'ENOENT' }, stdout: '', stderr: '' }) })(installer)).toMatch(/^the publisher check could not run/)
    expect(publisherCheckSync({ publisher, run: () => signed({ subject: 'CN=Registration Desk Test Publisher, O=Someone Else, C=CN' }) })(installer)).toMatch(/someone else/)
  })
})

describe('the connection check says why updates are refused', () => {
  it('a reachable feed with a refused last download is a failed step naming the reason', async () => {
    const { withUpdateHealth } = await import('../../../electron/main/updates/feed')
    const withRefusal = (s: Parameters<typeof withUpdateHealth>[0], r: Parameters<typeof withUpdateHealth>[1]) => withUpdateHealth(s, r, {})
    const step = { outcome: 'ok' as const, ms: 12, detail: 'offers 0.2.0 (stable)', note: 'offers' as const, noteValue: '0.2.0' }
    expect(withRefusal(step, undefined)).toEqual(step)
    // the window says the refusal in its language (connection.notes.downloadRefused), no longer "offers 0.2.0"
    expect(withRefusal(step, { reason: 'the publisher check could not run: the download was refused', note: 'downloadRefused' })).toEqual({
      outcome: 'failed',
      ms: 12,
      detail: 'offers 0.2.0 (stable); last release refused: the publisher check could not run: the download was refused',
      note: 'downloadRefused',
    })
  })
})
