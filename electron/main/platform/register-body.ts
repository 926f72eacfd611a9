import { createHash } from 'node:crypto'
import { wireLogin, type Login } from '@contract/login'
import { formatCountry, type WireFormats } from '@contract/platform'

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

export interface Campaign {
  utmSource?: string
  utmMedium?: string
  utmCampaign?: string
  utmContent?: string
  utmTerm?: string
}

export interface RegisterFacts {
  login: Login
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

/**
 * The one function that turns the form into the register body. The account-opening terms the customer accepted are
 * not sent: contract.md's register body has no such field (the journal on this PC records the version instead), and
 * the strict sandbox reports any field the contract does not name.
 */
export function buildRegisterBody(facts: RegisterFacts, ctx: RegisterContext): RegisterBody {
  const body: RegisterBody = {
    country: formatCountry(facts.country, ctx.formats.country),
    ...wireLogin(facts.login, ctx.formats.phoneArea),
    verifyCode: facts.verifyCode,
    sendToken: ctx.sendToken,
    registerSource: ctx.registerSource,
    lang: ctx.lang,
    openAccountType: facts.openAccountType,
  }
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
