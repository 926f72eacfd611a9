import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { openPin } from '../../../electron/main/office/pin'
import { createPinGate, PIN_ATTEMPTS_FILE } from '../../../electron/main/office/pin-gate'
import { EXAMPLE_PIN, generatePin, GENERATED_PIN_LENGTH, PIN_ALPHABET, pinStrengthProblem } from '../../../electron/main/office/pin-strength'
import type { KeyValueStore } from '../../../electron/main/app/preferences'
import { TEST_PIN, TEST_SETTINGS_PIN } from '../../support/office-pin'

const memoryStore = (): KeyValueStore & { data: Record<string, unknown> } => {
  const data: Record<string, unknown> = {}
  return { data, get: (k) => data[k], set: (k, v) => void (data[k] = v), delete: (k) => void delete data[k], path: 'memory' }
}

describe('how strong an office PIN must be', () => {
  it('refuses short PINs, common PINs and words, dates, repeats, runs and the documented example', () => {
    const weak = ['12345678', 'password', '1234567890', 'password12', 'Password2026', '2026-03-12-A', '19840312ab', '12.03.1984xy', 'aaaaaaaaaaaa', 'qwertyuiop12', 'abcdefghijkl', '0987654321xy', 'Zhang1984!!', EXAMPLE_PIN, 'example-2026']
    for (const pin of weak) expect(pinStrengthProblem(pin), pin).toBeDefined()
    expect(pinStrengthProblem(EXAMPLE_PIN)).toMatch(/example/)
    for (const pin of ['Lujiazui-01', 'q8Rt-5Wm-Hc2', 'Shanghai-Lujiazui-7', 'K7mQ-x2Lp9']) expect(pinStrengthProblem(pin), pin).toBeUndefined()
  })

  it('makes PINs of 12 characters from an alphabet without look-alikes, each strong and different', () => {
    expect(PIN_ALPHABET).not.toMatch(/[0O1lIo]/)
    const made = Array.from({ length: 50 }, () => generatePin())
    for (const pin of made) {
      expect(pin).toHaveLength(GENERATED_PIN_LENGTH)
      expect([...pin].every((c) => PIN_ALPHABET.includes(c))).toBe(true)
      expect(pinStrengthProblem(pin)).toBeUndefined()
    }
    expect(new Set(made).size).toBe(50)
    // a random source that only ever gives a weak PIN first: the tool draws again
    const draws = [...Array(GENERATED_PIN_LENGTH).fill(0), ...Array.from('q8Rt5WmHc2xZ', (c) => PIN_ALPHABET.indexOf(c))]
    expect(generatePin(() => draws.shift()!)).toBe('q8Rt5WmHc2xZ')
  })
})

const run = (input: string) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile('npx', ['tsx', 'scripts/office-pin.ts'], { cwd: process.cwd(), env: process.env }, (error, stdout, stderr) =>
      resolve({ code: error ? (error as { code?: number }).code ?? 1 : 0, stdout, stderr }),
    )
    child.stdin!.end(input)
  })

describe('npm run office:pin', () => {
  it('Enter makes the PIN: shown once on the terminal, the settingsPin value alone on stdout, and the two belong together', async () => {
    const { code, stdout, stderr } = await run('\n')
    expect(code).toBe(0)
    const pin = /^\s{4}(\S+)$/m.exec(stderr)![1]!
    expect(pin).toHaveLength(GENERATED_PIN_LENGTH)
    expect(stdout.trim()).toMatch(/^scrypt-ed25519\$17\$[0-9a-f]{32}\$[0-9a-f]{64}$/)
    expect(stdout).not.toContain(pin)
    expect(await openPin(pin, stdout.trim())).toBeDefined()
  }, 60_000)

  it('a typed PIN must pass the check: the example, a date, 12345678 are refused and nothing is printed', async () => {
    for (const typed of [EXAMPLE_PIN, '1984-03-12', '12345678']) {
      const { code, stdout, stderr } = await run(`${typed}\n`)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/The office PIN/)
    }
    const strong = await run('Lujiazui-Branch-7\n')
    expect(strong.code).toBe(0)
    expect(await openPin('Lujiazui-Branch-7', strong.stdout.trim())).toBeDefined()
  }, 90_000)
})

describe('the PIN lockout', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'pin-gate-'))

  it('40 parallel wrong tries: five reach the slow check, the rest are locked out', async () => {
    const open = vi.fn(openPin)
    const gate = createPinGate({ stored: () => TEST_SETTINGS_PIN, store: memoryStore(), attemptsFile: join(folder(), PIN_ATTEMPTS_FILE), open })
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => gate.unlock(`wrong-pin-${i}`)))
    expect(open).toHaveBeenCalledTimes(5)
    expect(results.filter((r) => !r.ok && r.reason === 'wrong')).toHaveLength(4)
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(36)
    expect(await gate.unlock(TEST_PIN)).toMatchObject({ ok: false, reason: 'locked' })
    expect(open).toHaveBeenCalledTimes(5)
  })

  it('counts before the check, and neither editing config.json nor a restart gives fresh tries', async () => {
    let now = 1_000_000
    const dir = folder()
    const store = memoryStore()
    const options = { stored: () => TEST_SETTINGS_PIN, store, attemptsFile: join(dir, PIN_ATTEMPTS_FILE), now: () => now }
    const gate = createPinGate(options)
    for (let i = 0; i < 4; i++) await gate.unlock('wrong-pin-1')
    store.data.pinLockout = { failures: 0, lockedUntil: 0 } // the clerk edits config.json while the app runs
    expect(await gate.unlock('wrong-pin-1')).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: 60 })
    delete store.data.pinLockout // and again, then restarts the app
    expect(await createPinGate(options).unlock(TEST_PIN)).toMatchObject({ ok: false, reason: 'locked' })
    expect(readFileSync(options.attemptsFile, 'utf8').trim().split('\n')).toHaveLength(5)
    now += 61_000
    const restarted = createPinGate(options)
    expect(await restarted.unlock(TEST_PIN)).toEqual({ ok: true })
    expect(readFileSync(options.attemptsFile, 'utf8').trim().split('\n').at(-1)).toMatch(/^S \d+$/)
    expect(await createPinGate(options).unlock('wrong-pin-2')).toEqual({ ok: false, reason: 'wrong', attemptsLeft: 4 })
  })

  it('the documented example PIN is refused at the screen without a check; an attempt that cannot be recorded is refused', async () => {
    const open = vi.fn(openPin)
    const dir = folder()
    const gate = createPinGate({ stored: () => TEST_SETTINGS_PIN, store: memoryStore(), attemptsFile: join(dir, PIN_ATTEMPTS_FILE), open })
    expect(await gate.unlock(EXAMPLE_PIN)).toEqual({ ok: false, reason: 'wrong', attemptsLeft: 4 })
    expect(open).not.toHaveBeenCalled()
    const blocked = join(folder(), PIN_ATTEMPTS_FILE)
    mkdirSync(blocked) // a folder where the file goes: nothing can be appended
    const stuck = createPinGate({ stored: () => TEST_SETTINGS_PIN, store: memoryStore(), attemptsFile: blocked, open })
    expect(await stuck.unlock(TEST_PIN)).toEqual({ ok: false, reason: 'unrecorded' })
    expect(open).not.toHaveBeenCalled()
  })
})
