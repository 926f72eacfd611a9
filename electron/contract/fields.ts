import * as v from 'valibot'

/** Field rules shared by the IPC schemas and the settings table. */
export const uiLanguage = v.picklist(['zh-CN', 'en-US'])
/** ISO 3166-1 alpha-2, upper case. */
export const countryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))


export const CAMPAIGN_FIELD_MAX = 100

/** A campaign field: trimmed, at most 100 characters, printable only (no control or invisible formatting characters). */
export const campaignText = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(CAMPAIGN_FIELD_MAX, 'TOO_LONG'),
  v.regex(/^[^\p{C}]*$/u, 'NOT_PRINTABLE'),
)

export const campaignValues = v.strictObject({
  utmSource: v.optional(campaignText),
  utmMedium: v.optional(campaignText),
  utmCampaign: v.optional(campaignText),
  utmContent: v.optional(campaignText),
  utmTerm: v.optional(campaignText),
  agentCode: v.optional(campaignText),
})

export const tradeType = v.strictObject({
  tradeType: v.pipe(v.string(), v.regex(/^\d{1,3}$/)),
  allCurrency: v.pipe(v.string(), v.regex(/^[A-Z0-9]{2,10}(,[A-Z0-9]{2,10}){0,19}$/)),
})

export const staffId = v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9._-]{1,32}$/))

