import type { EndpointName } from './endpoints'

/**
 * The body fields of each call as the platform's pages list them (contract.md §1–3, seeds/customer-registration-api),
 * with their JSON types. The pages give no string lengths: the limits below are ours, chosen generously above any
 * value the app sends, so the strict sandbox can tell a runaway value from a real one. Documented in the README.
 */
export interface FieldRule {
  type: 'string' | 'integer' | 'list'
  required?: boolean
  /** string: the longest allowed; integer: the largest */
  max?: number
  /** integer: the smallest */
  min?: number
}

const text = (max: number, required = false): FieldRule => ({ type: 'string', max, required })
const integer = (min: number, max: number, required = false): FieldRule => ({ type: 'integer', min, max, required })
const utm = text(100)

export const bodyFields: Record<EndpointName, Record<string, FieldRule>> = {
  checkStatus: {
    type: integer(1, 3, true),
    loginName: text(254, true),
    phoneArea: text(5),
  },
  sendCode: {
    bizType: text(64, true),
    toUser: text(254, true),
    country: text(16, true),
    /** a long; checked against the header's digits separately (JSON numbers lose digits past 2^53 when parsed) */
    companyId: { type: 'integer' },
  },
  register: {
    country: text(16, true),
    lang: text(10),
    loginName: text(254, true),
    phoneArea: text(5),
    type: integer(1, 3, true),
    registerDevice: text(100),
    verifyCode: text(8, true),
    sendToken: text(128, true),
    registerSource: integer(1, 2_147_483_647, true),
    utmSource: utm,
    utmMedium: utm,
    utmCampaign: utm,
    utmContent: utm,
    utmTerm: utm,
    customerGroupId: integer(1, Number.MAX_SAFE_INTEGER),
    tradeTypeCurrencyList: { type: 'list' },
    openAccountType: integer(0, 1),
    pwd: text(32),
    thirdServerCode: text(100),
    thirdServerSource: text(32),
  },
}

/** The `lang` header values the platform localises (contract.md: "e.g. zh-CN, en-US, zh-HK"). */
export const knownLanguages = ['zh-CN', 'zh-HK', 'zh-TW', 'en-US'] as const
