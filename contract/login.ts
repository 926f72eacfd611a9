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

/** For the journal: `j***@x.com`, `+86 138****0000`: enough for a clerk to recognise, not enough to reuse. */
export function maskLogin(l: Login): string {
  if (l.method === 'email') {
    const [local = '', domain = ''] = l.email.split('@')
    return `${local.slice(0, 1)}***@${domain}`
  }
  const digits = l.phone
  const head = digits.length >= 10 ? 3 : 1
  const tail = digits.length >= 8 ? 4 : 2
  const hidden = Math.max(digits.length - head - tail, 3)
  return `+${l.phoneArea} ${digits.slice(0, head)}${'*'.repeat(hidden)}${digits.slice(-tail)}`
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
