import type { CountryCode } from 'libphonenumber-js'
import { countryAliases, loadPhoneLib, phoneLib } from './phone-lib'

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

/** Case, accents, spaces and punctuation do not count: "Hong Kong", "hongkong" and "HONG-KONG" are one query. */
export const searchForm = (text: string): string =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s\p{P}]/gu, '')

interface SearchKeys {
  /** its names in the UI language, English and Chinese (simplified and Hong Kong) */
  whole: string[]
  /** its aliases and pinyin: matched whole or from their start only ("jp" is not inside Singapore's "xjp") */
  aliases: string[]
  /** each word of those names, so "kong" finds Hong Kong before a name that merely contains it */
  words: string[]
}
const searchKeys = new Map<string, SearchKeys>()
function keysOf(option: CountryOption): SearchKeys {
  const known = searchKeys.get(`${option.name}:${option.code}`)
  if (known) return known
  const names = [option.name, ...['en', 'zh-CN', 'zh-HK'].map((locale) => countryName(option.code, locale))]
  const aliases = countryAliases.value?.aliasesOf(option.code) ?? []
  const keys: SearchKeys = {
    whole: [...new Set(names.map(searchForm).filter(Boolean))],
    aliases: aliases.map(searchForm),
    words: [...new Set(names.flatMap((name) => name.split(/[\s\p{P}]+/u)).map(searchForm).filter(Boolean))],
  }
  // kept once complete: the aliases arrive with the phone library, which the options themselves wait for
  if (countryAliases.value) searchKeys.set(`${option.name}:${option.code}`, keys)
  return keys
}

/** How well a country matches: 0 all of a name (or its ISO or calling code), 1 a name's start, 2 a word's, 3 inside. */
function rank(option: CountryOption, q: string): number | undefined {
  if (option.code.toLowerCase() === q || option.callingCode === q) return 0
  const { whole, aliases, words } = keysOf(option)
  if (whole.includes(q) || aliases.includes(q)) return 0
  if (whole.some((key) => key.startsWith(q)) || aliases.some((key) => key.startsWith(q))) return 1
  if (words.some((word) => word.startsWith(q))) return 2
  return whole.some((key) => key.includes(q)) ? 3 : undefined
}

/**
 * The list as the picker shows it. No query: the office's frequent countries first, in the office's order, then all
 * the others in the language's order. A query (a name in any UI language or in Chinese, an alias such as UK, USA or
 * Macau, pinyin, an ISO code or a calling code "86"/"+44"): the best matches first, a frequent country first among
 * equals, so "us" puts the United States before Australia and Belarus.
 */
export function filterCountries(options: CountryOption[], query: string, frequent: readonly string[] = []): CountryOption[] {
  const place = (code: string) => {
    const i = frequent.indexOf(code)
    return i === -1 ? frequent.length : i
  }
  const q = searchForm(query.trim().replace(/^\+/, ''))
  if (!q) {
    const first = frequent.map((code) => options.find((o) => o.code === code)).filter((o): o is CountryOption => !!o)
    return [...first, ...options.filter((o) => !frequent.includes(o.code))]
  }
  return options
    .map((option, index) => ({ option, index, rank: rank(option, q) }))
    .filter((m): m is { option: CountryOption; index: number; rank: number } => m.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || place(a.option.code) - place(b.option.code) || a.index - b.index)
    .map((m) => m.option)
}
