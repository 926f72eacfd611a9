import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import * as v from 'valibot'
import type { Logger } from '../log'
import type { KeyValueStore } from '../app/preferences'
import { openPin, type PinSigner } from './pin'
import { EXAMPLE_PIN } from './pin-strength'

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'no-pin' }
  | { ok: false; reason: 'wrong'; attemptsLeft: number }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number }
  /** the attempt could not be written down first (disk, a folder in the file's place): refused, never free */
  | { ok: false; reason: 'unrecorded' }

/** the attempts file in the data folder (readAttempts) */
export const PIN_ATTEMPTS_FILE = 'pin-attempts.log'

const FREE_TRIES = 5
const FIRST_LOCK_MS = 60_000
const MAX_LOCK_MS = 60 * 60_000
const OPEN_MS = 10 * 60_000

const lockoutRecord = v.strictObject({ failures: v.pipe(v.number(), v.integer(), v.minValue(0)), lockedUntil: v.number() })
type Lockout = v.InferOutput<typeof lockoutRecord>

const lockFor = (failures: number) => (failures < FREE_TRIES ? 0 : Math.min(FIRST_LOCK_MS * 2 ** (failures - FREE_TRIES), MAX_LOCK_MS))

/**
 * The attempts file: one line per attempt, written before the PIN is checked (`F <ms>`), and `S <ms>` after a right
 * one. The app only ever appends to it, so the count is the failures since the last success; it survives a restart
 * and an edit of config.json.
 */
function readAttempts(file: string | undefined): Lockout | undefined {
  if (!file || !existsSync(file)) return { failures: 0, lockedUntil: 0 }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return undefined // unreadable (a folder in its place, no access): the caller refuses the attempt
  }
  let failures = 0
  let last = 0
  for (const line of text.split('\n')) {
    const match = /^([FS]) (\d{1,16})$/.exec(line)
    if (!match) continue
    if (match[1] === 'S') failures = 0
    else {
      failures += 1
      last = Number(match[2])
    }
  }
  return { failures, lockedUntil: failures >= FREE_TRIES ? last + lockFor(failures) : 0 }
}

const worst = (...records: Lockout[]): Lockout => ({
  failures: Math.max(...records.map((r) => r.failures)),
  lockedUntil: Math.max(...records.map((r) => r.lockedUntil)),
})

export interface PinGateOptions {
  stored: () => string | undefined
  /** config.json: a copy of the count, for the record */
  store: KeyValueStore
  /** the append-only attempts file in the data folder (absent in some tests: memory and the store only) */
  attemptsFile?: string
  now?: () => number
  log?: Logger
  /** the slow check (pin.ts openPin); tests count its calls */
  open?: typeof openPin
}

/**
 * The settings door. Five wrong PINs lock it for a minute; every further wrong PIN doubles the lock, up to an hour; a
 * right one clears the count and opens the door for 10 minutes of this session (the signer stays in main's memory,
 * the renderer holds nothing). Each attempt is counted before the slow check and attempts run one at a time, so
 * parallel calls cannot each get a free guess; the count is the worst of main's memory, config.json and the
 * append-only attempts file, so editing config.json while the app runs gives no fresh tries, nor does a restart.
 */
export function createPinGate(options: PinGateOptions) {
  const now = options.now ?? Date.now
  const open = options.open ?? openPin
  let signer: PinSigner | undefined
  let openUntil = 0
  let memory: Lockout = { failures: 0, lockedUntil: 0 }
  let queue: Promise<unknown> = Promise.resolve()

  const fromStore = (): Lockout => {
    const parsed = v.safeParse(lockoutRecord, options.store.get('pinLockout'))
    return parsed.success ? parsed.output : { failures: 0, lockedUntil: 0 }
  }
  /** keeps the count in memory, config.json and the attempts file; false when the file could not take it */
  const record = (lockout: Lockout, line: 'F' | 'S'): boolean => {
    memory = lockout
    try {
      options.store.set('pinLockout', lockout)
      if (options.attemptsFile) appendFileSync(options.attemptsFile, `${line} ${now()}\n`, { encoding: 'utf8', mode: 0o600 })
      return true
    } catch (error) {
      options.log?.error('office.pin-unrecorded', { reason: String((error as NodeJS.ErrnoException).code ?? 'write failed') })
      return false
    }
  }

  async function attempt(pin: string): Promise<UnlockResult> {
    const stored = options.stored()
    if (!stored) return { ok: false, reason: 'no-pin' }
    const attempts = readAttempts(options.attemptsFile)
    if (!attempts) {
      options.log?.error('office.pin-unrecorded', { reason: 'the attempts file cannot be read' })
      return { ok: false, reason: 'unrecorded' }
    }
    const lockout = worst(memory, fromStore(), attempts)
    if (now() < lockout.lockedUntil) return { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil((lockout.lockedUntil - now()) / 1000) }
    // counted as wrong before the slow check: a crash or a parallel call mid-check cannot save the try
    const failures = lockout.failures + 1
    const lockedUntil = failures >= FREE_TRIES ? now() + lockFor(failures) : 0
    if (!record({ failures, lockedUntil }, 'F')) return { ok: false, reason: 'unrecorded' }
    // the documentation's example is refused whatever the preset holds
    const opened = pin.normalize('NFKC').toLowerCase() === EXAMPLE_PIN.toLowerCase() ? undefined : await open(pin, stored)
    if (opened) {
      record({ failures: 0, lockedUntil: 0 }, 'S')
      signer = opened
      openUntil = now() + OPEN_MS
      return { ok: true }
    }
    if (failures >= FREE_TRIES) {
      options.log?.warn('office.pin-locked', { count: failures })
      return { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil(lockFor(failures) / 1000) }
    }
    return { ok: false, reason: 'wrong', attemptsLeft: FREE_TRIES - failures }
  }

  return {
    /** one attempt at a time, in the order they came */
    unlock(pin: string): Promise<UnlockResult> {
      const run = queue.then(() => attempt(pin))
      queue = run.catch(() => {})
      return run
    },
    /** the signer while the door is open; undefined once it closed */
    signer: (): PinSigner | undefined => (now() < openUntil ? signer : undefined),
    isOpen: () => now() < openUntil,
    lock: () => {
      openUntil = 0
      signer = undefined
    },
  }
}

export type PinGate = ReturnType<typeof createPinGate>
