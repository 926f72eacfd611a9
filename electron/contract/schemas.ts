import * as v from 'valibot'
import type { Channel } from './api-map'

/** No argument: the renderer calls e.g. `desk.app.info()` and the payload arrives as `undefined`. */
const noArgs = v.undefined()

export const uiLanguage = v.picklist(['zh-CN', 'en-US'])
/** ISO 3166-1 alpha-2, upper case. */
export const countryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))

export const emailLogin = v.strictObject({
  method: v.literal('email'),
  email: v.pipe(v.string(), v.trim(), v.maxLength(254), v.email()),
})
export const phoneLogin = v.strictObject({
  method: v.literal('phone'),
  /** digits of the calling code, with or without the `+` */
  phoneArea: v.pipe(v.string(), v.regex(/^\+?\d{1,4}$/)),
  /** national significant number, digits only */
  phone: v.pipe(v.string(), v.regex(/^\d{4,15}$/)),
})
export const login = v.variant('method', [emailLogin, phoneLogin])

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

export const registerForm = v.strictObject({
  /** one per filled form: retries of the same submission share it, so they share the idempotency key */
  formId: v.pipe(v.string(), v.uuid()),
  login,
  country: countryCode,
  verifyCode: v.pipe(v.string(), v.regex(/^\d{4,8}$/)),
  password: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
  openAccountType: v.picklist([0, 1]),
  customerGroupId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER))),
  tradeTypes: v.optional(v.pipe(v.array(tradeType), v.minLength(1), v.maxLength(10))),
})

/** What the office settings screen may change (and all the user-data office.json may hold). */
export const officeOverrides = v.strictObject({
  defaults: v.optional(
    v.strictObject({
      country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as CN'))),
      phoneArea: v.optional(v.pipe(v.string(), v.regex(/^\d{1,4}$/, 'must be the calling code digits, e.g. 86'))),
      language: v.optional(uiLanguage),
    }),
  ),
  staffMode: v.optional(v.strictObject({ idleMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)) })),
  campaign: v.optional(campaignValues),
})

export const staffId = v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9._-]{1,32}$/))

/**
 * The runtime schema of every channel's single argument. Main parses each payload with it before a handler runs;
 * a channel missing here is a compile error.
 */
export const channelSchemas = {
  'desk:app:info': noArgs,
  'desk:app:set-language': uiLanguage,
  'desk:app:copy-text': v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  'desk:settings:last-login': noArgs,
  'desk:platform:send-code': v.strictObject({ login, country: countryCode }),
  'desk:platform:code-status': v.strictObject({ login }),
  'desk:registration:submit': registerForm,
  'desk:campaign:get': noArgs,
  'desk:campaign:set': v.strictObject({ values: campaignValues, origin: v.picklist(['manual', 'link']) }),
  'desk:campaign:clear': noArgs,
  'desk:campaign:parse-link': v.pipe(v.string(), v.maxLength(8192)),
  'desk:registration:next-customer': noArgs,
  'desk:staff:current': noArgs,
  'desk:staff:start': staffId,
  'desk:staff:end': noArgs,
  'desk:journal:today': noArgs,
  'desk:journal:export-csv': uiLanguage,
  'desk:office:unlock': v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  'desk:office:lock': noArgs,
  'desk:office:values': noArgs,
  'desk:office:save': officeOverrides,
} satisfies Record<Channel, v.GenericSchema>

export type ChannelInput<C extends Channel> = v.InferOutput<(typeof channelSchemas)[C]>
export type LoginInput = v.InferOutput<typeof login>
export type RegisterForm = v.InferOutput<typeof registerForm>
export type CampaignInput = v.InferOutput<typeof campaignValues>
export type OfficeOverrides = v.InferOutput<typeof officeOverrides>
