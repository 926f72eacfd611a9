import type { CountryCode } from 'libphonenumber-js'
import { loadPhoneLib, phoneLib } from './phone-lib'

export interface CountryOption {
  code: string
  name: string
  callingCode: string
}

const cache = new Map<string, CountryOption[]>()

/**
 * Every region libphonenumber knows, named in the UI language by Intl.DisplayNames and sorted by its collation.
 * Empty until the phone library has loaded (reading `phoneLib` makes a computed list refresh when it arrives).
 */
export function countryOptions(locale: string): CountryOption[] {
  const lib = phoneLib.value
  if (!lib) {
    void loadPhoneLib()
    return []
  }
  const { getCountries, getCountryCallingCode } = lib
  const hit = cache.get(locale)
  if (hit) return hit
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })
  const collator = new Intl.Collator(locale)
  const list = getCountries()
    .map((code) => ({ code, name: names.of(code) ?? code, callingCode: getCountryCallingCode(code) }))
    .sort((a, b) => collator.compare(a.name, b.name))
  cache.set(locale, list)
  return list
}

/** Names main already gave (the default country's), by `locale:code`: no Intl.DisplayNames for the first screen. */
const givenNames = new Map<string, string>()
export function rememberCountryNames(code: string, names: Partial<Record<string, string>>): void {
  for (const [locale, name] of Object.entries(names)) if (name) givenNames.set(`${locale}:${code}`, name)
}

/** One Intl.DisplayNames per locale (making one loads the system's region names: the costly part). */
const regionNames = new Map<string, Intl.DisplayNames>()

export function countryName(code: string, locale: string): string {
  const given = givenNames.get(`${locale}:${code}`)
  if (given) return given
  try {
    let names = regionNames.get(locale)
    if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })))
    return names.of(code) ?? code
  } catch {
    return code
  }
}

/** The calling code of a country, or '' while the phone library is still loading (or for an unknown code). */
export function callingCodeOf(country: string): string {
  try {
    return phoneLib.value?.getCountryCallingCode(country as CountryCode) ?? ''
  } catch {
    return ''
  }
}

/** Search by localised name, by English name, by ISO code or by calling code ("86", "+44"). */
export function filterCountries(options: CountryOption[], query: string): CountryOption[] {
  const q = query.trim().toLowerCase().replace(/^\+/, '')
  if (!q) return options
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })
  return options.filter(
    (o) =>
      o.name.toLowerCase().includes(q) ||
      o.code.toLowerCase() === q ||
      o.callingCode === q ||
      (english.of(o.code) ?? '').toLowerCase().includes(q),
  )
}
