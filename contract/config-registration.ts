import * as v from 'valibot'
import { tradeType, uiLanguages, type UiLanguage } from './fields'
import { isKnownCountry } from './platform/wire'

// The registration rules of an installer preset (config-table.ts rows): per-country groups and trade types, where
// enterprise accounts may be opened, and the account-opening terms. Each built in a pure call, so a bundle that takes
// only the table's names (the preload) keeps none of them.

/** A whole number within bounds; the hint says which, for IT. */
export const wholeNumber = (min: number, max: number) =>
  v.pipe(v.number('NUMBER_RANGE'), v.integer('NUMBER_RANGE'), v.minValue(min, 'NUMBER_RANGE'), v.maxValue(max, 'NUMBER_RANGE'))

export const country = v.pipe(v.string('COUNTRY'), v.regex(/^[A-Z]{2}$/, 'COUNTRY'), v.check(isKnownCountry, 'COUNTRY_UNKNOWN'))
const noRepeats = (list: string[]) => new Set(list).size === list.length
/** one country's plan: its customer group and, optionally, its trade types/currencies */
const countryPlan = /* @__PURE__ */ (() => ({
  customerGroupId: wholeNumber(1, Number.MAX_SAFE_INTEGER),
  tradeTypes: v.optional(v.pipe(v.array(tradeType), v.minLength(1))),
}))()

/** `registration.countries`: a country in one entry only */
export const countryRulesSchema = /* @__PURE__ */ (() =>
  v.pipe(
    v.array(v.strictObject({ countries: v.pipe(v.array(country), v.minLength(1)), ...countryPlan })),
    v.minLength(1, 'INVALID_VALUE'),
    v.check((list) => noRepeats(list.flatMap((entry) => entry.countries)), 'COUNTRY_TWICE'),
  ))()
/** `registration.otherCountries`: the plan for every country the list does not name */
export const otherCountriesSchema = /* @__PURE__ */ (() => v.strictObject(countryPlan))()
/** `registration.enterpriseCountries` */
export const enterpriseCountriesSchema = /* @__PURE__ */ (() => v.pipe(v.array(country), v.check((list: string[]) => noRepeats(list), 'COUNTRY_TWICE')))()

/**
 * The broker's account-opening terms (开户须知) in each UI language: a short text and/or an https link (its host on
 * links.allowList: office/link-rules.ts), with the version the journal records as accepted.
 */
const termsInLanguage = v.pipe(
  v.strictObject({
    text: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(2000))),
    url: v.optional(v.pipe(v.string('LINK_NOT_ALLOWED'), v.url('LINK_NOT_ALLOWED'), v.maxLength(300, 'LINK_NOT_ALLOWED'), v.regex(/^https:\/\//i, 'LINK_NOT_ALLOWED'))),
  }),
  v.check((entry) => !!(entry.text || entry.url), 'TERMS_EMPTY'),
)
export const termsSchema = /* @__PURE__ */ (() =>
  v.pipe(
    v.strictObject({
      version: v.pipe(v.string('INVALID_VALUE'), v.regex(/^[\w.-]{1,40}$/, 'INVALID_VALUE')),
      ...(Object.fromEntries(uiLanguages.map((lang) => [lang, v.optional(termsInLanguage)])) as Record<UiLanguage, v.OptionalSchema<typeof termsInLanguage, undefined>>),
    }),
    v.check((t) => uiLanguages.some((lang) => t[lang]), 'TERMS_EMPTY'),
  ))()
