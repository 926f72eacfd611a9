import { formatPhoneArea, type WireFormats } from './platform/wire'

/**
 * The customer's login, in one home. It is normalised once, where it is validated (main's schema in login-schema.ts,
 * and the form's `normaliseLogin` in the renderer): an email trimmed and lower-cased, an area code as digits only.
 * Everything else (the recipient key, what the clerk sees, the masked journal form, what goes on the wire) derives
 * from that. No schema library here: the renderer's first screen imports this file.
 */
export type Login = { method: 'email'; email: string } | { method: 'phone'; phoneArea: string; phone: string }

export function normaliseLogin(login: Login): Login {
  return login.method === 'email'
    ? { method: 'email', email: login.email.trim().toLowerCase() }
    : { method: 'phone', phoneArea: login.phoneArea.replace(/\D/g, ''), phone: login.phone }
}

/**
 * What an email must look like, for main's schema and the form alike: valibot's `email()` rule (its EMAIL_REGEX),
 * written here so the form's first screen checks it without loading the schema library.
 */
export const emailPattern = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u
export const EMAIL_MAX = 254


/**
 * One key per recipient, and the platform's `toUser` for send-code: the email, or "86 13800000000" (the area code
 * without `+`, a space, the number: contract.md §2).
 */
export const recipientKey = (l: Login): string => (l.method === 'email' ? l.email : `${l.phoneArea} ${l.phone}`)

/** The login as the customer knows it: the email, or "+86 13800000000". */
export const displayLogin = (l: Login): string => (l.method === 'email' ? l.email : `+${l.phoneArea} ${l.phone}`)

/**
 * At least this many characters of a login stay hidden wherever it is shown masked (journal, CSV export, slip, the
 * copy-by-hand list): the platform's check-status is public, so whoever reads a masked line can try every candidate
 * against it. Six digits leave 10^6 numbers; five hidden letters or digits of an e-mail's name 36^5 (about 6 x 10^7),
 * before the unknown length.
 */
export const MASK_HIDDEN_DIGITS = 6
export const MASK_HIDDEN_EMAIL = 5

/**
 * For the journal: `w***@example.cn`, `+86 138******00`, `+852 ******67`: with the time and the customer number
 * enough for a clerk to tell today's customers apart, not enough to find the login. A phone keeps at most its first
 * three and last two digits, and only what is left beyond six hidden ones (the last two first); an e-mail keeps its
 * first character only when at least five more are hidden, and its domain. The stars are always three for an e-mail
 * (its length stays unknown) and one per hidden digit for a phone (its length is the country's anyway).
 */
export function maskLogin(l: Login): string {
  if (l.method === 'email') {
    const [local = '', domain = ''] = l.email.split('@')
    const shown = [...local].length > MASK_HIDDEN_EMAIL ? local.slice(0, 1) : ''
    return `${shown}***@${domain}`
  }
  const digits = l.phone
  const visible = Math.max(digits.length - MASK_HIDDEN_DIGITS, 0)
  const tail = Math.min(2, visible)
  const head = Math.min(3, visible - tail)
  const hidden = digits.length - head - tail
  return `+${l.phoneArea} ${digits.slice(0, head)}${'*'.repeat(hidden)}${tail ? digits.slice(-tail) : ''}`
}

/** checkStatus and register identify the login as `type` (1 email, 2 phone), `loginName` and, for phones, `phoneArea`. */
export interface WireLogin {
  type: 1 | 2
  loginName: string
  phoneArea?: string
}

export function wireLogin(l: Login, phoneAreaFormat: WireFormats['phoneArea']): WireLogin {
  return l.method === 'email'
    ? { type: 1, loginName: l.email }
    : { type: 2, loginName: l.phone, phoneArea: formatPhoneArea(l.phoneArea, phoneAreaFormat) }
}
