import * as v from 'valibot'
import { EMAIL_MAX, emailPattern, normaliseLogin } from './login'

/** The login's schema (login.ts holds its rules), apart so the renderer's first screen does not load valibot. */
const emailLogin = v.strictObject({
  method: v.literal('email'),
  email: v.pipe(v.string(), v.trim(), v.maxLength(EMAIL_MAX), v.regex(emailPattern)),
})
const phoneLogin = v.strictObject({
  method: v.literal('phone'),
  /** digits of the calling code, with or without the `+` */
  phoneArea: v.pipe(v.string(), v.regex(/^\+?\d{1,4}$/)),
  /** national significant number, digits only */
  phone: v.pipe(v.string(), v.regex(/^\d{4,15}$/)),
})
/** The login as main accepts it over IPC (and reads it back from the settings file): validated, then normalised. */
export const login = v.pipe(v.variant('method', [emailLogin, phoneLogin]), v.transform(normaliseLogin))
