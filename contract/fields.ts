import * as v from 'valibot'

/** Field rules shared by the IPC schemas and the settings table. */
/** The UI languages, named once: the type, the IPC schema, the settings table and the renderer's i18n derive from it. */
import { uiLanguages, type UiLanguage } from './languages'

export { uiLanguages, type UiLanguage }
export const uiLanguage = v.picklist(uiLanguages)
/** ISO 3166-1 alpha-2, upper case. */
export const countryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))


const CAMPAIGN_FIELD_MAX = 100

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

/** A label the renderer words for a file main writes (the journal CSV): short and printable. */
const label = v.pipe(v.string(), v.minLength(1), v.maxLength(40), v.regex(/^[^\p{C}]*$/u))

/**
 * The journal CSV in the clerk's language: main writes the file, the renderer (which owns every word) names the
 * columns and the values. The utm_* columns keep their parameter names in every language.
 */
/** A local date, YYYY-MM-DD (the journal's days). */
export const localDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))
export const journalRangeInput = v.strictObject({ from: localDay, to: localDay })

export const journalExport = v.strictObject({
  /** the days to export; absent: today */
  range: v.optional(journalRangeInput),
  language: uiLanguage,
  columns: v.strictObject({
    time: label,
    customerNo: label,
    login: label,
    method: label,
    accountType: label,
    status: label,
    agent: label,
    staffId: label,
    office: label,
    terms: label,
    trace: label,
    slip: label,
  }),
  words: v.strictObject({ email: label, phone: label, individual: label, enterprise: label, registered: label, pendingReview: label, slipPrinted: label }),
})
export type JournalExport = v.InferOutput<typeof journalExport>

/**
 * The non-secret part of a form in progress, kept in main's memory so a reload of the window keeps the clerk's work
 * and the resend countdown: never the password or the code, never on disk, gone at "next customer" and at a restart.
 */
export const draft = v.strictObject({
  formId: v.pipe(v.string(), v.uuid()),
  method: v.picklist(['email', 'phone']),
  country: v.pipe(v.string(), v.maxLength(2)),
  email: v.pipe(v.string(), v.maxLength(254)),
  phoneArea: v.pipe(v.string(), v.maxLength(5)),
  phone: v.pipe(v.string(), v.maxLength(32)),
  openAccountType: v.picklist([0, 1]),
  codeSentTo: v.nullable(v.pipe(v.string(), v.maxLength(300))),
})
export type Draft = v.InferOutput<typeof draft>

export const staffId = v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9._-]{1,32}$/))

