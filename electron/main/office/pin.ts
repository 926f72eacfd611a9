import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

const PARAMS = { N: 16384, r: 8, p: 1 }

/** `scrypt$<salt>$<hash>`: what office.json stores; the PIN itself is never written anywhere. */
export function hashPin(pin: string, salt = randomBytes(16)): string {
  const hash = scryptSync(pin.normalize('NFKC'), salt, 64, PARAMS)
  return `scrypt$${salt.toString('hex')}$${hash.toString('hex')}`
}

export function verifyPin(pin: string, stored: string): boolean {
  const [scheme, saltHex, hashHex] = stored.split('$')
  if (scheme !== 'scrypt' || !saltHex || !hashHex) return false
  const expected = Buffer.from(hashHex, 'hex')
  const actual = scryptSync(pin.normalize('NFKC'), Buffer.from(saltHex, 'hex'), expected.length, PARAMS)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'no-pin' }
  | { ok: false; reason: 'wrong'; attemptsLeft: number }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number }

/**
 * The settings door: 5 wrong PINs lock it for 5 minutes; a right one opens it for 10 minutes of this session only
 * (kept in main's memory; the renderer holds no token).
 */
export function createPinGate(stored: () => string | undefined, now: () => number = Date.now) {
  const MAX_TRIES = 5
  const LOCK_MS = 5 * 60_000
  const OPEN_MS = 10 * 60_000
  let wrong = 0
  let lockedUntil = 0
  let openUntil = 0

  return {
    unlock(pin: string): UnlockResult {
      const hash = stored()
      if (!hash) return { ok: false, reason: 'no-pin' }
      if (now() < lockedUntil) return { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil((lockedUntil - now()) / 1000) }
      if (verifyPin(pin, hash)) {
        wrong = 0
        openUntil = now() + OPEN_MS
        return { ok: true }
      }
      wrong += 1
      if (wrong >= MAX_TRIES) {
        wrong = 0
        lockedUntil = now() + LOCK_MS
        return { ok: false, reason: 'locked', retryAfterSeconds: LOCK_MS / 1000 }
      }
      return { ok: false, reason: 'wrong', attemptsLeft: MAX_TRIES - wrong }
    },
    isOpen: () => now() < openUntil,
    lock: () => void (openUntil = 0),
  }
}
