import * as v from 'valibot'
import type { Logger } from '../log'
import type { KeyValueStore } from '../app/preferences'
import { openPin, type PinSigner } from './pin'

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'no-pin' }
  | { ok: false; reason: 'wrong'; attemptsLeft: number }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number }

const FREE_TRIES = 5
const FIRST_LOCK_MS = 60_000
const MAX_LOCK_MS = 60 * 60_000
const OPEN_MS = 10 * 60_000

/** Kept in the settings file so a restart does not give five more tries (see docs/security.md for what it is not). */
const lockoutRecord = v.strictObject({ failures: v.pipe(v.number(), v.integer(), v.minValue(0)), lockedUntil: v.number() })
type Lockout = v.InferOutput<typeof lockoutRecord>

/**
 * The settings door. Five wrong PINs lock it for a minute; every further wrong PIN doubles the lock, up to an hour;
 * a right one clears the count and opens the door for 10 minutes of this session (the signer stays in main's memory,
 * the renderer holds nothing). The count survives a restart.
 */
export function createPinGate(options: { stored: () => string | undefined; store: KeyValueStore; now?: () => number; log?: Logger }) {
  const now = options.now ?? Date.now
  let signer: PinSigner | undefined
  let openUntil = 0

  const read = (): Lockout => {
    const parsed = v.safeParse(lockoutRecord, options.store.get('pinLockout'))
    return parsed.success ? parsed.output : { failures: 0, lockedUntil: 0 }
  }
  const write = (lockout: Lockout) => options.store.set('pinLockout', lockout)
  const lockFor = (failures: number) => Math.min(FIRST_LOCK_MS * 2 ** (failures - FREE_TRIES), MAX_LOCK_MS)

  return {
    async unlock(pin: string): Promise<UnlockResult> {
      const stored = options.stored()
      if (!stored) return { ok: false, reason: 'no-pin' }
      const lockout = read()
      if (now() < lockout.lockedUntil) return { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil((lockout.lockedUntil - now()) / 1000) }
      const opened = await openPin(pin, stored)
      if (opened) {
        write({ failures: 0, lockedUntil: 0 })
        signer = opened
        openUntil = now() + OPEN_MS
        return { ok: true }
      }
      const failures = lockout.failures + 1
      if (failures >= FREE_TRIES) {
        const ms = lockFor(failures)
        write({ failures, lockedUntil: now() + ms })
        options.log?.warn('office.pin-locked', { count: failures })
        return { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil(ms / 1000) }
      }
      write({ failures, lockedUntil: 0 })
      return { ok: false, reason: 'wrong', attemptsLeft: FREE_TRIES - failures }
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
