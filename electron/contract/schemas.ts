import * as v from 'valibot'
import type { Channel } from './api-map'
import { login } from './login-schema'
import { campaignValues, countryCode, draft, journalExport, staffId, tradeType, uiLanguage } from './fields'
import { officeOverrides } from './settings'

/** No argument: the renderer calls e.g. `desk.app.info()` and the payload arrives as `undefined`. */
const noArgs = v.undefined()

const registerForm = v.strictObject({
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

/**
 * The runtime schema of every channel's single argument. Main parses each payload with it before a handler runs;
 * a channel missing here is a compile error.
 */
export const channelSchemas = {
  'desk:app:info': noArgs,
  'desk:app:set-language': uiLanguage,
  /** a customer number, or the connection check's report */
  'desk:app:copy-text': v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
  'desk:settings:last-login': noArgs,
  'desk:platform:send-code': v.strictObject({ login, country: countryCode }),
  'desk:platform:code-status': v.strictObject({ login }),
  'desk:registration:submit': registerForm,
  'desk:campaign:get': noArgs,
  'desk:campaign:set': v.strictObject({ values: campaignValues, origin: v.picklist(['manual', 'link']) }),
  'desk:campaign:clear': noArgs,
  'desk:campaign:parse-link': v.pipe(v.string(), v.maxLength(8192)),
  /** the clerk's yes (true) or no to a deep link's campaign waiting in staff mode */
  'desk:campaign:decide': v.boolean(),
  'desk:registration:next-customer': noArgs,
  /** the window's word that something of a customer is on screen (main adds what it knows itself) */
  'desk:registration:presence': v.boolean(),
  /** the trace of the registration whose slip is on screen (main checks it is the one it served last) */
  'desk:registration:print-slip': v.strictObject({ trace: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) }),
  'desk:updates:status': noArgs,
  'desk:updates:download': noArgs,
  'desk:updates:restart': noArgs,
  /** null clears it */
  'desk:draft:save': v.nullable(draft),
  'desk:draft:load': noArgs,
  'desk:network:check': noArgs,
  /** the clerk's answer to a proxy's login prompt; null cancels */
  'desk:network:proxy-login': v.nullable(
    v.strictObject({ username: v.pipe(v.string(), v.minLength(1), v.maxLength(256)), password: v.pipe(v.string(), v.maxLength(256)) }),
  ),
  'desk:staff:current': noArgs,
  'desk:staff:start': staffId,
  'desk:staff:end': noArgs,
  'desk:journal:today': noArgs,
  'desk:journal:export-csv': journalExport,
  'desk:office:unlock': v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  'desk:office:lock': noArgs,
  'desk:office:values': noArgs,
  'desk:office:save': officeOverrides,
} satisfies Record<Channel, v.GenericSchema>

export type ChannelInput<C extends Channel> = v.InferOutput<(typeof channelSchemas)[C]>
export type RegisterForm = v.InferOutput<typeof registerForm>
