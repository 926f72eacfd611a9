import isoCodes from 'i18n-iso-countries/codes.json'

/** This machine's names: plain http to a platform is allowed only here, and the sandbox answers only these Host names. */
export const loopbackHosts = ['127.0.0.1', 'localhost', '[::1]'] as const

/** A URL on this machine. */
export const isLoopbackUrl = (url: string): boolean =>
  URL.canParse(url) && (loopbackHosts as readonly string[]).includes(new URL(url).hostname)

/** The same names as a regular-expression alternative (for schemas and Host headers). */
export const loopbackPattern = /* @__PURE__ */ (() => loopbackHosts.map((h) => h.replace(/[.[\]]/g, '\\$&')).join('|'))()

/** How this deployment writes `country` and `phoneArea` (unknown in the public docs, so configurable). */
export interface WireFormats {
  /** `alpha2`: "CN"; `dictionary`: "ISO_3166_156" */
  country: 'alpha2' | 'dictionary'
  /** `plus`: "+86"; `digits`: "86" */
  phoneArea: 'plus' | 'digits'
}

export const defaultWireFormats: WireFormats = { country: 'alpha2', phoneArea: 'plus' }

/** alpha-2 → ISO 3166-1 numeric, from the package's data table only (its locale loader does not bundle); built on first use. */
let numericByAlpha2: Map<string, string> | undefined
const numericOf = (alpha2: string) =>
  (numericByAlpha2 ??= new Map((isoCodes as string[][]).map(([a2, , numeric]) => [a2!, numeric!]))).get(alpha2)

/** Whether an upper-case alpha-2 code is an ISO 3166-1 country (XX or ZZ are two letters and no country). */
export const isKnownCountry = (alpha2: string): boolean => numericOf(alpha2) !== undefined

export function formatCountry(alpha2: string, format: WireFormats['country']): string {
  const code = alpha2.toUpperCase()
  if (format === 'alpha2') return code
  const numeric = numericOf(code)
  return numeric ? `ISO_3166_${numeric}` : code
}

/**
 * The platform's ids are Java longs (up to 19 digits, beyond JavaScript's exact integers): one goes into a JSON body
 * as a number written from its exact digits, never through a JS number (1234567890123456789 would become …800).
 * JSON.rawJSON does that (V8 11.4+: Node 22 and 24, every Electron we ship); TypeScript has no type for it yet.
 */
export function jsonLong(digits: string): unknown {
  if (!/^\d{1,19}$/.test(digits)) throw new Error('not a long')
  return (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON(digits)
}

export function formatPhoneArea(area: string, format: WireFormats['phoneArea']): string {
  const digits = area.replace(/\D/g, '')
  return format === 'plus' ? `+${digits}` : digits
}
