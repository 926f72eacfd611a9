import isoCodes from 'i18n-iso-countries/codes.json'

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

export function formatCountry(alpha2: string, format: WireFormats['country']): string {
  const code = alpha2.toUpperCase()
  if (format === 'alpha2') return code
  const numeric = numericOf(code)
  return numeric ? `ISO_3166_${numeric}` : code
}

export function formatPhoneArea(area: string, format: WireFormats['phoneArea']): string {
  const digits = area.replace(/\D/g, '')
  return format === 'plus' ? `+${digits}` : digits
}
