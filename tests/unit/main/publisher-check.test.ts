import { afterEach, describe, expect, it, vi } from 'vitest'

const execFile = vi.hoisted(() => vi.fn())
vi.mock('node:child_process', () => ({ execFile }))

import { FILE_VARIABLE, publisherCheck, publisherCommand, VERIFY_SCRIPT, windowsFolder, type RunProgram } from '../../../electron/main/updates/publisher-check'

/**
 * Our Windows publisher check (updates/publisher-check.ts), driven with a stand-in for powershell.exe. Only a real
 * Windows PC can confirm Get-AuthenticodeSignature's own answer; everything around it (what is started, with what,
 * and how an answer becomes a verdict) is proven here.
 */
const publishers = ['CN=Registration Desk Test Publisher, O=Desk Ltd, C=CN']
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
const check = (run: RunProgram) => publisherCheck({ run, env: { SystemRoot: 'C:\\Windows' } })

afterEach(() => execFile.mockReset())

describe('the Windows publisher check (ours, not electron-updater\'s)', () => {
  it('puts no feed text in the command: a constant encoded script, the path only in an environment variable', async () => {
    const { calls, run } = recorder(answer({ path: installer, status: 0, subject: publishers[0] }))
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
    execFile.mockImplementation((_program, _args, _options, callback) => callback(null, JSON.stringify({ path: installer, status: 0, subject: publishers[0] }), ''))
    expect(await publisherCheck({ env: { SystemRoot: 'D:\\Windows' } })(publishers, installer)).toBeNull()
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
    expect(await check(recorder(answer({ path: installer, status: 0, subject: publishers[0] })).run)([], installer)).toMatch(/could not run/)
  })

  it('refuses an invalid signature and another publisher; accepts the full DN or a CN alone', async () => {
    const verdict = (data: object, names = publishers) => check(recorder(answer({ path: installer, ...data })).run)(names, installer)
    expect(await verdict({ status: 2, subject: publishers[0] })).toMatch(/no valid signature/)
    expect(await verdict({ status: 0, subject: 'CN=Registration Desk Test Publisher, O=Someone Else, C=CN' })).toMatch(/signed by someone else/)
    expect(await verdict({ status: 0, subject: null })).toMatch(/signed by someone else/)
    expect(await verdict({ status: 0, subject: 'CN=Registration Desk Test Publisher, O=Desk Ltd, C=CN' })).toBeNull()
    // a byte-order mark before the JSON (a UTF-8 console) is not a reason to refuse a good installer
    const bom = { stdout: `\uFEFF${JSON.stringify({ path: installer, status: 0, subject: publishers[0] })}\r\n`, stderr: '' }
    expect(await check(recorder(bom).run)(publishers, installer)).toBeNull()
    expect(await verdict({ status: 0, subject: 'CN=Registration Desk Test Publisher, O=Other' }, ['Registration Desk Test Publisher'])).toBeNull()
  })
})

describe('the connection check says why updates are refused', () => {
  it('a reachable feed with a refused last download is a failed step naming the reason', async () => {
    const { withRefusal } = await import('../../../electron/main/updates/feed')
    const step = { outcome: 'ok' as const, ms: 12, detail: 'offers 0.2.0 (stable)' }
    expect(withRefusal(step, undefined)).toBe(step)
    expect(withRefusal(step, 'the publisher check could not run: the download was refused')).toEqual({
      outcome: 'failed',
      ms: 12,
      detail: 'offers 0.2.0 (stable); last download refused: the publisher check could not run: the download was refused',
    })
  })
})
