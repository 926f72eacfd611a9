import * as v from 'valibot'
import type { Channel } from './api-map'
import { login } from './login-schema'
import { campaignValues, countryCode, draft, journalExport, journalRangeInput, staffId, tradeType, uiLanguage } from './fields'
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
  /** a customer number, the connection check's report (whole: no cut), or the journal lines not yet written */
  'desk:app:copy-text': v.pipe(v.string(), v.minLength(1), v.maxLength(256 * 1024)),
  'desk:settings:last-login': noArgs,
  'desk:platform:send-code': v.strictObject({ login, country: countryCode }),
  'desk:platform:code-status': v.strictObject({ login }),
  'desk:registration:submit': registerForm,
  /** a reloaded window asks for the register on its way or the result that was on screen */
  'desk:registration:resume': noArgs,
  'desk:app:save-diagnostics': noArgs,
  'desk:app:licences': noArgs,
  /** what the window could not handle: the kind, the error's name and where, never its message */
  'desk:app:report-error': v.strictObject({
    kind: v.picklist(['error', 'rejection', 'vue']),
    name: v.pipe(v.string(), v.maxLength(80)),
    where: v.optional(v.pipe(v.string(), v.maxLength(200))),
  }),
  'desk:campaign:get': noArgs,
  'desk:campaign:set': v.strictObject({ values: campaignValues, origin: v.picklist(['manual', 'link']) }),
  'desk:campaign:clear': noArgs,
  'desk:campaign:parse-link': v.pipe(v.string(), v.maxLength(8192)),
  /** the clerk's yes (true) or no to a deep link's campaign waiting in staff mode */
  'desk:campaign:decide': v.boolean(),
  'desk:registration:next-customer': noArgs,
  /** the window's word that something of a customer is on screen (main adds what it knows itself) */
  'desk:registration:presence': v.boolean(),
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
  /** the days to show, within the retention (main refuses others) */
  'desk:journal:range': journalRangeInput,
  'desk:journal:export-csv': journalExport,
  'desk:office:unlock': v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  'desk:office:lock': noArgs,
  'desk:office:values': noArgs,
  'desk:office:save': officeOverrides,
} satisfies Record<Channel, v.GenericSchema>

export type ChannelInput<C extends Channel> = v.InferOutput<(typeof channelSchemas)[C]>
export type RegisterForm = v.InferOutput<typeof registerForm>
