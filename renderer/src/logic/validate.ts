import { EMAIL_MAX, emailPattern } from '@contract/login'
import { countryAccepted, type SingleRules } from '@contract/country-rules'
import { phoneLib } from './phone-lib'

/** A validation problem as an i18n key and its params: rendered at display time, so a language switch re-renders it. */
export interface Issue {
  key: string
  params?: Record<string, string | number>
}

export function checkEmail(value: string): Issue | undefined {
  const email = value.trim()
  if (!email) return { key: 'validation.emailRequired' }
  // the very rule main's login schema applies (contract/login.ts)
  if (email.length > EMAIL_MAX || !emailPattern.test(email)) return { key: 'validation.emailInvalid' }
  return undefined
}

/**
 * The national number as the platform wants it (digits only, trunk prefix dropped), or undefined when libphonenumber
 * says it is not a valid number for that calling code. Callers load the phone library first (loadPhoneLib).
 */
export function nationalNumber(area: string, input: string): string | undefined {
  const digits = input.replace(/[\s\-().]/g, '')
  if (!/^\+?\d{4,17}$/.test(digits) || !phoneLib.value) return undefined
  const parsed = phoneLib.value.parsePhoneNumberFromString(digits.startsWith('+') ? digits : `+${area}${digits.replace(/^0+/, '')}`)
  if (!parsed || !parsed.isValid() || parsed.countryCallingCode !== area) return undefined
  return parsed.nationalNumber
}

export function checkPhone(area: string, input: string, countryLabel: string): Issue | undefined {
  if (!input.trim()) return { key: 'validation.phoneRequired' }
  if (!nationalNumber(area, input)) return { key: 'validation.phoneInvalid', params: { country: countryLabel } }
  return undefined
}

/** Digits only: a pasted "Code: 123 456" becomes "123456". */
export const digitsOnly = (value: string, max = 8): string => value.replace(/\D/g, '').slice(0, max)

export function checkCode(value: string): Issue | undefined {
  if (!value) return { key: 'validation.codeRequired' }
  if (!/^\d{4,8}$/.test(value)) return { key: 'validation.codeInvalid' }
  return undefined
}

export const passwordRules = { min: 8, max: 32 }

export function checkPassword(value: string): Issue | undefined {
  if (!value) return undefined // optional: the customer may set it later
  if (value.length < passwordRules.min) return { key: 'validation.passwordShort' }
  if (value.length > passwordRules.max) return { key: 'validation.passwordLong' }
  if (!/\p{L}/u.test(value) || !/\d/.test(value)) return { key: 'validation.passwordMix' }
  return undefined
}

export function checkConfirm(password: string, confirm: string): Issue | undefined {
  if (!password && !confirm) return undefined
  return password === confirm ? undefined : { key: 'validation.passwordMismatch' }
}

export type Strength = 'weak' | 'fair' | 'strong'

/** A hint, not a rule: length and variety of character classes. */
export function passwordStrength(value: string): Strength {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(value)).length
  if (value.length >= 12 && classes >= 3) return 'strong'
  if (value.length >= 8 && classes >= 2) return 'fair'
  return 'weak'
}

/** The broker's per-country rules: a country it does not accept is said at once, named (main refuses it too). */
export function checkCountry(rules: SingleRules | undefined, country: string, countryLabel: string): Issue | undefined {
  return rules && !countryAccepted(rules, country) ? { key: 'validation.countryNotAccepted', params: { country: countryLabel } } : undefined
}
