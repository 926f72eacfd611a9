import { createHash } from 'node:crypto'
import isoCodes from 'i18n-iso-countries/codes.json'

/** alpha-2 → ISO 3166-1 numeric, from the package's data table only (its locale loader does not bundle). */
const numericByAlpha2 = new Map((isoCodes as string[][]).map(([alpha2, , numeric]) => [alpha2!, numeric!]))
const alpha2ToNumeric = (code: string) => numericByAlpha2.get(code)

/** The register request body (contract.md §3). Optional fields are absent, never empty. */
export interface RegisterBody {
  country: string
  loginName: string
  type: 1 | 2
  verifyCode: string
  sendToken: string
  registerSource: number
  phoneArea?: string
  lang?: string
  registerDevice?: string
  pwd?: string
  utmSource?: string
  utmMedium?: string
  utmCampaign?: string
  utmContent?: string
  utmTerm?: string
  customerGroupId?: number
  tradeTypeCurrencyList?: { tradeType: string; allCurrency: string }[]
  openAccountType?: 0 | 1
  thirdServerCode?: string
  thirdServerSource?: string
}

/** How this deployment writes `country` and `phoneArea` (unknown in the public docs, so configurable). */
export interface WireFormats {
  /** `alpha2`: "CN"; `dictionary`: "ISO_3166_156" */
  country: 'alpha2' | 'dictionary'
  /** `plus`: "+86"; `digits`: "86" */
  phoneArea: 'plus' | 'digits'
}

export const defaultWireFormats: WireFormats = { country: 'alpha2', phoneArea: 'plus' }

export interface Campaign {
  utmSource?: string
  utmMedium?: string
  utmCampaign?: string
  utmContent?: string
  utmTerm?: string
}

export interface RegisterFacts {
  method: 'email' | 'phone'
  email?: string
  phoneArea?: string
  phone?: string
  country: string
  verifyCode: string
  /** what the customer typed; hashed here, never sent or kept as is */
  password?: string
  openAccountType: 0 | 1
  customerGroupId?: number
  tradeTypes?: { tradeType: string; allCurrency: string }[]
  campaign?: Campaign
  agent?: { code: string; source: string }
}

export interface RegisterContext {
  sendToken: string
  registerSource: number
  registerDevice: string
  lang: string
  formats: WireFormats
}

/** Lowercase hex MD5, as the platform expects `pwd`. */
export const md5Hex = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex')

export function formatCountry(alpha2: string, format: WireFormats['country']): string {
  const code = alpha2.toUpperCase()
  if (format === 'alpha2') return code
  const numeric = alpha2ToNumeric(code)
  return numeric ? `ISO_3166_${numeric}` : code
}

export function formatPhoneArea(area: string, format: WireFormats['phoneArea']): string {
  const digits = area.replace(/\D/g, '')
  return format === 'plus' ? `+${digits}` : digits
}

/** SMS recipients are written "86 13800000000": the area code without `+`, a space, the number. */
export const smsRecipient = (area: string, phone: string): string => `${area.replace(/\D/g, '')} ${phone}`

/** The one function that turns the form into the register body. */
export function buildRegisterBody(facts: RegisterFacts, ctx: RegisterContext): RegisterBody {
  const isEmail = facts.method === 'email'
  const body: RegisterBody = {
    country: formatCountry(facts.country, ctx.formats.country),
    loginName: isEmail ? facts.email!.trim().toLowerCase() : facts.phone!,
    type: isEmail ? 1 : 2,
    verifyCode: facts.verifyCode,
    sendToken: ctx.sendToken,
    registerSource: ctx.registerSource,
    lang: ctx.lang,
    openAccountType: facts.openAccountType,
  }
  if (!isEmail) body.phoneArea = formatPhoneArea(facts.phoneArea!, ctx.formats.phoneArea)
  if (ctx.registerDevice) body.registerDevice = ctx.registerDevice
  if (facts.password) body.pwd = md5Hex(facts.password)
  for (const [key, value] of Object.entries(facts.campaign ?? {}) as [keyof Campaign, string | undefined][]) {
    const trimmed = value?.trim()
    if (trimmed) body[key] = trimmed
  }
  if (facts.customerGroupId !== undefined) body.customerGroupId = facts.customerGroupId
  if (facts.tradeTypes?.length) body.tradeTypeCurrencyList = facts.tradeTypes.map((t) => ({ tradeType: t.tradeType, allCurrency: t.allCurrency }))
  if (facts.agent?.code.trim()) {
    body.thirdServerCode = facts.agent.code.trim()
    body.thirdServerSource = facts.agent.source
  }
  return body
}
