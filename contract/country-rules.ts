/**
 * The broker's per-country registration rules (the preset's `registration.countries`, `otherCountries`,
 * `enterpriseCountries`), as the platform's own client applies them: the registration's country chooses the customer
 * group and the trade types/currencies, and whether an enterprise account may be opened. Main applies them
 * (registration/service.ts); the renderer reads the same function only to offer what main will accept.
 */
export interface TradePlan {
  tradeType: string
  allCurrency: string
}

/** What one country (or "every other country") registers into. */
export interface CountryPlan {
  customerGroupId?: number
  tradeTypes?: TradePlan[]
}

export interface CountryRules {
  /** each entry names its countries (ISO 3166 alpha-2) and their plan; a country is in at most one entry */
  countries?: ({ countries: string[] } & CountryPlan)[]
  /** the plan for a country no entry names; absent while `countries` is set: such a country is refused */
  otherCountries?: CountryPlan
  /** absent: enterprise accounts wherever the account types allow them */
  enterpriseCountries?: string[]
}

/** The office's single values (today's preset shape): they mean "every country". */
export interface SingleRules extends CountryRules {
  accountTypes: (0 | 1)[]
  customerGroupId?: number
  tradeTypes?: TradePlan[]
}

/** The plan for a registration country, or undefined when the broker does not accept that country. */
export function planFor(rules: SingleRules, country: string): CountryPlan | undefined {
  if (!rules.countries) return { customerGroupId: rules.customerGroupId, tradeTypes: rules.tradeTypes }
  const listed = rules.countries.find((entry) => entry.countries.includes(country))
  if (listed) return { customerGroupId: listed.customerGroupId, tradeTypes: listed.tradeTypes }
  return rules.otherCountries
}

export const countryAccepted = (rules: SingleRules, country: string): boolean => planFor(rules, country) !== undefined

/** The account types a registration from this country may have (0 individual, 1 enterprise). */
export function accountTypesFor(rules: SingleRules, country: string): (0 | 1)[] {
  if (!countryAccepted(rules, country)) return []
  return rules.accountTypes.filter((type) => type === 0 || !rules.enterpriseCountries || rules.enterpriseCountries.includes(country))
}
