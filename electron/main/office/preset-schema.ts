import * as v from 'valibot'
import { campaignValues, officeOverrides, tradeType, uiLanguage, type OfficeOverrides } from '../../contract/schemas'

/**
 * office.json: what an office's installer is preset with. Pure validation (no transforms), so the JSON Schema in
 * resources/office.schema.json is generated from this one definition.
 */
const httpsUrl = v.pipe(
  v.string(),
  v.url('must be a full URL such as https://broker.example.com/api'),
  v.startsWith('https://', 'must use https'),
  v.maxLength(300),
)
const companyId = v.union([v.pipe(v.string(), v.regex(/^\d{1,19}$/)), v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER))], 'must be the company id, digits only')
const hostName = v.pipe(v.string(), v.regex(/^\.?([a-z0-9-]+\.)+[a-z]{2,}$/i, 'must be a host name such as help.broker.example'))

export const platformSection = v.variant('mode', [
  v.strictObject({ mode: v.literal('sandbox') }),
  v.strictObject({ mode: v.literal('remote'), baseUrl: httpsUrl, companyId }),
])

export const defaultsSection = v.strictObject({
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as CN'))),
  phoneArea: v.optional(v.pipe(v.string(), v.regex(/^\d{1,4}$/, 'must be the calling code digits, e.g. 86'))),
  language: v.optional(uiLanguage),
})

export const staffSection = v.strictObject({
  enabled: v.boolean(),
  idleMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120))),
})

export const officePreset = v.strictObject({
  $schema: v.optional(v.string()),
  platform: v.optional(platformSection),
  office: v.optional(
    v.strictObject({
      code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,32}$/, 'must be letters, digits, - or _ (at most 32)')),
      name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
    }),
  ),
  defaults: v.optional(defaultsSection),
  registration: v.optional(
    v.strictObject({
      customerGroupId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
      groups: v.optional(v.array(v.strictObject({ id: v.pipe(v.number(), v.integer(), v.minValue(1)), name: v.pipe(v.string(), v.maxLength(60)) }))),
      tradeTypes: v.optional(v.pipe(v.array(tradeType), v.minLength(1))),
      accountTypes: v.optional(v.pipe(v.array(v.picklist([0, 1])), v.minLength(1), v.maxLength(2))),
      agentCodeEnabled: v.optional(v.boolean()),
      agentParam: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/))),
      resendSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600))),
    }),
  ),
  campaign: v.optional(campaignValues),
  staffMode: v.optional(staffSection),
  links: v.optional(v.strictObject({ allowList: v.array(hostName) })),
  /** `scrypt$<salt hex>$<hash hex>` of the office PIN (npm run office:pin) */
  settingsPin: v.optional(v.pipe(v.string(), v.regex(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{128}$/, 'must be made with npm run office:pin'))),
  wire: v.optional(
    v.strictObject({
      country: v.optional(v.picklist(['alpha2', 'dictionary'])),
      phoneArea: v.optional(v.picklist(['plus', 'digits'])),
    }),
  ),
  timeoutMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(120_000))),
})

export type OfficePreset = v.InferOutput<typeof officePreset>
export { officeOverrides }
export type { OfficeOverrides }
