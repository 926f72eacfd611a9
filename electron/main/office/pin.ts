import { createPrivateKey, createPublicKey, randomBytes, scrypt, sign, timingSafeEqual, verify, type KeyObject } from 'node:crypto'
import { pinStrengthProblem } from './pin-strength'

/**
 * The office PIN, and what it signs.
 *
 * office.json (inside the signed app) stores `settingsPin` as `scrypt-ed25519$<log2 N>$<salt hex>$<public key hex>`:
 * the PIN, stretched by scrypt, is the seed of an Ed25519 key pair, and only the public half is stored. Checking a
 * PIN derives the pair again and compares the public key; the private half then signs the settings the office saved
 * on this PC, so a hand-edited settings file in the (user-writable) data folder fails verification and is ignored.
 * Nothing that can forge a signature is ever written anywhere.
 *
 * Cost (measured on our 2-core CI machine, Node 24): scrypt N=2^17, r=8, p=1 takes about 340 ms and 128 MiB per try,
 * so a generated 12-character PIN (about 70 bits, pin-strength.ts) is out of reach offline; N=2^14 (the old value) took 48 ms.
 */
export const PIN_KDF = { log2N: 17, r: 8, p: 1 }

const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex')
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex')

function stretch(pin: string, salt: Buffer, log2N: number): Promise<Buffer> {
  const N = 2 ** log2N
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFKC'), salt, 32, { N, r: PIN_KDF.r, p: PIN_KDF.p, maxmem: 256 * N * PIN_KDF.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
}

function keyPair(seed: Buffer): { privateKey: KeyObject; publicRaw: Buffer } {
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' })
  const publicRaw = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519.length)
  return { privateKey, publicRaw: Buffer.from(publicRaw) }
}

const publicKeyOf = (raw: Buffer): KeyObject => createPublicKey({ key: Buffer.concat([SPKI_ED25519, raw]), format: 'der', type: 'spki' })

interface Parsed {
  log2N: number
  salt: Buffer
  publicRaw: Buffer
}

function parse(stored: string): Parsed | undefined {
  const match = /^scrypt-ed25519\$(\d{2})\$([0-9a-f]{32})\$([0-9a-f]{64})$/.exec(stored)
  if (!match) return undefined
  const log2N = Number(match[1])
  if (log2N < 14 || log2N > 20) return undefined
  return { log2N, salt: Buffer.from(match[2]!, 'hex'), publicRaw: Buffer.from(match[3]!, 'hex') }
}

/** The settingsPin value for a PIN, whatever its strength (the example preset's verifier is made this way in tests). */
export async function verifierFor(pin: string, salt: Buffer = randomBytes(16), log2N = PIN_KDF.log2N): Promise<string> {
  const { publicRaw } = keyPair(await stretch(pin, salt, log2N))
  return `scrypt-ed25519$${log2N}$${salt.toString('hex')}$${publicRaw.toString('hex')}`
}

/** `npm run office:pin`: the value for office.json's settingsPin, for a PIN strong enough (pin-strength.ts). */
export async function makeSettingsPin(pin: string, salt?: Buffer, log2N?: number): Promise<string> {
  const problem = pinStrengthProblem(pin)
  if (problem) throw new Error(`The office PIN ${problem}`)
  return verifierFor(pin, salt, log2N)
}

/** What an opened PIN gives: the power to sign the office's settings on this PC (kept in main's memory only). */
export interface PinSigner {
  sign(text: string): string
}

/** The signer when `pin` is the office PIN; undefined otherwise (or when `stored` is not a settingsPin value). */
export async function openPin(pin: string, stored: string): Promise<PinSigner | undefined> {
  const parsed = parse(stored)
  if (!parsed) return undefined
  const { privateKey, publicRaw } = keyPair(await stretch(pin, parsed.salt, parsed.log2N))
  if (!timingSafeEqual(publicRaw, parsed.publicRaw)) return undefined
  return { sign: (text) => sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64') }
}

/** Whether `signature` is the office PIN's signature of `text` (checked with the public key in the preset alone). */
export function verifySigned(text: string, signature: string, stored: string): boolean {
  const parsed = parse(stored)
  if (!parsed || !/^[A-Za-z0-9+/]{86}==$/.test(signature)) return false
  try {
    return verify(null, Buffer.from(text, 'utf8'), publicKeyOf(parsed.publicRaw), Buffer.from(signature, 'base64'))
  } catch {
    return false
  }
}

export const isSettingsPinValue = (stored: string): boolean => parse(stored) !== undefined
