import { randomInt } from 'node:crypto'

/**
 * How strong an office PIN must be, and the PINs `npm run office:pin` makes.
 *
 * The preset's salt and public key are readable by every user of the PC, so a PIN can be searched offline at the
 * KDF's cost (about 340 ms a try on one core): an 8-digit PIN falls in days on a few machines, a date in hours. The
 * tool therefore makes the PIN itself (12 characters from an alphabet without look-alikes: about 70 bits) unless IT
 * types one that passes this check: at least 10 characters, and still at least 8 once common words, dates, repeats
 * and runs are taken out. The settings screen takes any characters; strength is decided here, where the PIN is made.
 */
export const MIN_PIN_LENGTH = 10
export const GENERATED_PIN_LENGTH = 12
/** no 0/O/o, 1/l/I: a PIN read off paper is typed right */
export const PIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'

/** The example PIN of the documentation (resources/presets): refused by this check and by the screen. */
export const EXAMPLE_PIN = 'Example-2026'

/** Words and digit strings found first by every PIN list (lower case; matched inside the PIN too). */
const commonParts = [
  'password', 'passw0rd', 'passwort', 'qwerty', 'qwertz', 'azerty', 'asdf', 'zxcv', 'admin', 'administrator', 'letmein',
  'welcome', 'iloveyou', 'monkey', 'dragon', 'master', 'secret', 'changeme', 'login', 'office', 'branch', 'broker',
  'registration', 'desk', 'example', 'default', 'test', 'guest', 'user', 'root', 'pin', 'abc123', 'p@ssw0rd', 'p@ssword',
  '8888', '6666', '5201314', '1314', '520', '147258369', '159753', '112233', '123123', '1q2w3e', 'q1w2e3',
]

/** Dates as people write them: 2026-03-12, 20260312, 12.03.2026, 03/12/26, 1984… */
const datePatterns = [
  /(19|20)\d{2}[-./ ]?(0?[1-9]|1[0-2])[-./ ]?(0?[1-9]|[12]\d|3[01])/g,
  /(0?[1-9]|[12]\d|3[01])[-./ ]?(0?[1-9]|1[0-2])[-./ ]?((19|20)\d{2}|\d{2})/g,
  /(0?[1-9]|1[0-2])[-./ ]?(0?[1-9]|[12]\d|3[01])[-./ ]?((19|20)\d{2}|\d{2})/g,
  /(19|20)\d{2}/g,
]

/** Collapses runs of three or more characters that step by +1 or -1 (abc, 987, 3456) to their first character. */
function withoutSequences(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    let j = i + 1
    const step = text.charCodeAt(j) - text.charCodeAt(i)
    if (step === 1 || step === -1) while (j + 1 < text.length && text.charCodeAt(j + 1) - text.charCodeAt(j) === step) j++
    const run = j - i + 1
    if ((step === 1 || step === -1) && run >= 3) {
      out += text[i]
      i = j + 1
    } else {
      out += text[i]
      i++
    }
  }
  return out
}

/** What is left of a PIN once the guessable parts are out: the part an offline search must really try. */
export function guessableRemainder(pin: string): string {
  let rest = pin.normalize('NFKC').toLowerCase()
  for (const word of [...commonParts].sort((a, b) => b.length - a.length)) rest = rest.split(word).join('')
  for (const pattern of datePatterns) rest = rest.replace(pattern, '')
  rest = rest.replace(/(.)\1+/g, '$1')
  return withoutSequences(rest)
}

/** Why IT's PIN is too weak, in a sentence for the tool; undefined when it is strong enough. */
export function pinStrengthProblem(pin: string): string | undefined {
  const text = pin.normalize('NFKC')
  if (text.toLowerCase() === EXAMPLE_PIN.toLowerCase()) return 'is the example PIN of the documentation'
  if ([...text].length < MIN_PIN_LENGTH) return `must be at least ${MIN_PIN_LENGTH} characters`
  if (new Set(text).size < 5) return 'has too few different characters'
  if ([...guessableRemainder(text)].length < 8) return 'is too easy to guess (a common word or PIN, a date, repeats or a run like 1234 or abcd)'
  return undefined
}

/** A PIN made for IT: GENERATED_PIN_LENGTH characters from PIN_ALPHABET, uniformly random, passing the check above. */
export function generatePin(random: (max: number) => number = randomInt): string {
  for (;;) {
    const pin = Array.from({ length: GENERATED_PIN_LENGTH }, () => PIN_ALPHABET[random(PIN_ALPHABET.length)]!).join('')
    if (!pinStrengthProblem(pin)) return pin
  }
}
