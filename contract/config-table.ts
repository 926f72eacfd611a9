import * as v from 'valibot'
import { campaignValues, tradeType, uiLanguages } from './fields'
import { country, countryRulesSchema, enterpriseCountriesSchema, otherCountriesSchema, termsSchema, wholeNumber } from './config-registration'
import { loopbackPattern } from './platform/wire'
import { templateProblem, type HandoffKind } from './handoff'

/**
 * Every setting of the app in one table: its rule (a valibot schema), where it sits in office.json, the development
 * variable that may set it when not packaged, and who may change it: `installer` (only the office's installer preset)
 * or `office` (also the PIN-protected settings screen on site). Main reads every layer through this table
 * (electron/main/config.ts), the JSON Schema of office.json is generated from it, and the settings screen's payload
 * is validated with the `office` rows. To add a setting: add a row here, then use it in `toConfig` (config.ts).
 *
 * A rule's messages are problem codes (below), so a configuration problem carries its code from the start; the
 * English wording for IT is looked up from the code, the renderer words it in the UI language.
 */
export const problemText = {
  HTTPS_REQUIRED: 'must use https (plain http only on this machine, for a local sandbox)',
  NOT_A_URL: 'must be a full URL such as https://broker.example.com/api',
  COMPANY_ID: 'must be a number (the broker company id)',
  LANGUAGE: 'must be zh-CN, zh-HK or en-US',
  COUNTRY: 'must be a two-letter country code such as CN',
  COUNTRY_UNKNOWN: 'is not a country code of ISO 3166 (two letters such as CN, HK, GB)',
  COUNTRY_TWICE: 'names a country twice',
  FILE_MISSING: 'names a file that does not exist',
  NEEDS_API_URL: 'is set without DESK_API_URL: set both (a remote platform), or neither (the sandbox)',
  NOT_JSON: 'is not valid JSON',
  UNKNOWN_SETTING: 'is not a known setting',
  REQUIRED: 'is required',
  PIN_FORMAT: 'must be made with npm run office:pin (which makes a strong PIN, or checks the one IT types)',
  PIN_EXAMPLE: 'is the documented example PIN: make one of your own with npm run office:pin',
  NUMBER_RANGE: 'is out of range',
  INVALID_VALUE: 'is not a valid value',
  FEED_HTTPS: 'must be an https address (updates are never fetched over plain http)',
  LINK_NOT_ALLOWED: 'must be an https link whose host is on links.allowList',
  TERMS_EMPTY: 'needs a text or a link, in at least one language',
  PINS: 'must list at least two different SHA-256 public-key hashes in base64 (a primary and a backup)',
  LINK_HTTPS: 'must be an https address',
  // the closed list of contract/handoff.ts, written out: no call at module level (the preload's bundle imports this file)
  PLACEHOLDER_UNKNOWN: 'may use only the placeholders {customerNumber}, {lang}, {registerSource}, {companyId}',
  HOST_NOT_ALLOWED: 'goes to a host that is not on links.allowList',
  SELF_CONFLICT: 'cannot be set in a build for traders (audience "self")',
} as const
export type ConfigProblemCode = keyof typeof problemText

export const isProblemCode = (message: string): message is ConfigProblemCode => message in problemText

const language = v.picklist(uiLanguages, 'LANGUAGE')
/** https; plain http only to this machine (a developer's sandbox: config.ts refuses it in an installer preset) */
const platformUrl = v.pipe(
  v.string('NOT_A_URL'),
  v.url('NOT_A_URL'),
  v.maxLength(300, 'NOT_A_URL'),
  v.regex(/* @__PURE__ */ (() => new RegExp(`^(https://|http://(${loopbackPattern})[:/])`, 'i'))(), 'HTTPS_REQUIRED'),
)
const companyId = v.union(
  [
    v.pipe(v.string(), v.regex(/^\d{1,19}$/, 'COMPANY_ID')),
    v.pipe(v.number(), v.integer('COMPANY_ID'), v.minValue(0, 'COMPANY_ID'), v.maxValue(Number.MAX_SAFE_INTEGER, 'COMPANY_ID')),
  ],
  'COMPANY_ID',
)
const hostName = v.pipe(v.string(), v.regex(/^\.?([a-z0-9-]+\.)+[a-z]{2,}$/i, 'INVALID_VALUE'))

/** The update feed: the folder holding latest.yml, https only (no loopback exception: it is never a developer's sandbox). */
const feedUrl = v.pipe(v.string('NOT_A_URL'), v.url('NOT_A_URL'), v.maxLength(300, 'NOT_A_URL'), v.regex(/^https:\/\//i, 'FEED_HTTPS'))

/** SPKI sha256 pins: a primary and at least one backup, each 32 bytes in base64, all different. */
const spkiPins = v.pipe(
  v.array(v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{43}=$/, 'PINS'))),
  v.minLength(2, 'PINS'),
  v.maxLength(6, 'PINS'),
  v.check((pins) => new Set(pins).size === pins.length, 'PINS'),
)
const pinsHint = 'a list of at least two base64 SHA-256 public-key hashes (a primary and a backup)'
/**
 * The Windows publisher of this app's installers: the signing certificate's full subject as Windows shows it (every
 * RDN, compared exactly, in any order) and/or its SHA-256 thumbprints (this certificate and the next one, for renewal).
 */
const publisher = v.pipe(
  v.strictObject({
    subject: v.optional(v.pipe(v.string(), v.minLength(3), v.maxLength(500), v.regex(/^[^\p{C}]*=[^\p{C}]*$/u, 'INVALID_VALUE'))),
    sha256: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^[0-9A-Fa-f]{64}$/, 'INVALID_VALUE'))), v.minLength(1), v.maxLength(3))),
  }),
  v.check((p) => Boolean(p.subject || p.sha256?.length), 'REQUIRED'),
)
const publisherHint = '{ "subject": "CN=Broker Ltd, O=Broker Ltd, L=Hong Kong, C=HK", "sha256": ["<64 hex: this certificate>", "<64 hex: the next one>"] }'
/** A hand-off URL template (contract/handoff.ts); its host is checked against links.allowList with the whole preset (config.ts). */
const handoffTemplate = v.pipe(
  v.string('NOT_A_URL'),
  v.check((t) => templateProblem(t) !== 'LINK_HTTPS', 'LINK_HTTPS'),
  v.check((t) => templateProblem(t) !== 'PLACEHOLDER_UNKNOWN', 'PLACEHOLDER_UNKNOWN'),
  v.check((t) => templateProblem(t) === undefined, 'NOT_A_URL'),
)

/** A plain https link (no placeholders), e.g. the broker's login page. */
const httpsLink = v.pipe(v.string('NOT_A_URL'), v.maxLength(300, 'NOT_A_URL'), v.regex(/^https:\/\//i, 'LINK_HTTPS'), v.url('NOT_A_URL'))

/** Where registrations go. Plain http is allowed only for a loopback sandbox, and only in development (config.ts). */
const platform = v.variant(
  'mode',
  [v.strictObject({ mode: v.literal('sandbox') }), v.strictObject({ mode: v.literal('remote'), baseUrl: platformUrl, companyId })],
  'INVALID_VALUE',
)

type Changer = 'installer' | 'office'
interface Row<S extends v.GenericSchema> {
  /** dotted path in office.json; absent: development only */
  preset?: string
  schema: S
  /** the development variable (ignored when packaged) */
  env?: string
  changedBy: Changer
  /** what a valid value looks like, for IT (the configuration-problem detail) */
  hint: string
}
const row = <S extends v.GenericSchema, C extends Changer>(r: Row<S> & { changedBy: C }) => r

export const settingsTable = {
  platform: row({ preset: 'platform', schema: platform, env: 'DESK_API_URL', changedBy: 'installer', hint: '{ "mode": "sandbox" } or { "mode": "remote", "baseUrl": "https://…", "companyId": "…" }' }),
  timeoutMs: row({ preset: 'timeoutMs', schema: wholeNumber(1000, 120_000), env: 'DESK_TIMEOUT_MS', changedBy: 'installer', hint: 'whole milliseconds from 1000 to 120000' }),
  /** a loopback platform that is a separately started sandbox: the app may ask it for codes (development only) */
  platformIsSandbox: row({ schema: v.boolean('INVALID_VALUE'), env: 'DESK_PLATFORM_IS_SANDBOX', changedBy: 'installer', hint: 'true or false' }),
  /** X-Forwarded-For on register: "auto" (the machine's own address) or a fixed address; the contract says no more */
  forwardedFor: row({
    preset: 'network.forwardedFor',
    schema: v.union([v.literal('auto'), v.pipe(v.string(), v.ip())], 'INVALID_VALUE'),
    env: 'DESK_FORWARDED_FOR',
    changedBy: 'installer',
    hint: '"auto" or an IPv4 or IPv6 address',
  }),
  /** how platform calls reach the internet: the OS settings (default), no proxy, fixed rules, or a PAC file */
  proxy: row({
    preset: 'network.proxy',
    schema: v.variant(
      'mode',
      [
        v.strictObject({ mode: v.literal('system') }),
        v.strictObject({ mode: v.literal('direct') }),
        v.strictObject({
          mode: v.literal('fixed'),
          /** Chromium proxy rules, e.g. "proxy.office.example:8080" or "https=proxy:8080;http=proxy:8080" */
          rules: v.pipe(v.string(), v.minLength(1), v.maxLength(500), v.regex(/^[^\s\p{C}]+$/u, 'INVALID_VALUE')),
          /** e.g. "<local>;*.office.example" */
          bypass: v.optional(v.pipe(v.string(), v.maxLength(1000), v.regex(/^[^\s\p{C}]*$/u, 'INVALID_VALUE'))),
          /** what the proxy-login prompt calls it, e.g. "Head office proxy" (absent: its address from the rules) */
          name: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(60), v.regex(/^[^\p{C}]+$/u, 'INVALID_VALUE'))),
        }),
        v.strictObject({ mode: v.literal('pac'), url: v.pipe(v.string(), v.url('NOT_A_URL'), v.regex(/^https?:\/\//, 'NOT_A_URL')) }),
      ],
      'INVALID_VALUE',
    ),
    changedBy: 'installer',
    hint: '{ "mode": "system" }, { "mode": "direct" }, { "mode": "fixed", "rules": "proxy:8080", "bypass": "<local>", "name": "Head office proxy" } or { "mode": "pac", "url": "http://wpad/wpad.dat" }',
  }),
  /**
   * Public-key pins (network/pins.ts): the SHA-256 of the server certificate's public key (SPKI, base64), a primary and
   * a backup, for the platform's host and the update feed's host. With pins, another key is refused even when the PC
   * trusts its certificate (a root a user added, an intercepting proxy).
   */
  platformPins: row({ preset: 'network.pins.platform', schema: spkiPins, changedBy: 'installer', hint: pinsHint }),
  updatePins: row({ preset: 'network.pins.updates', schema: spkiPins, changedBy: 'installer', hint: pinsHint }),
  /**
   * An office build's explicit acceptance that a user of the PC can read and change platform traffic (no pins, or a
   * proxy the PC chooses: network/exposure.ts). Without it `npm run package:office` refuses such a desk preset.
   */
  acceptInterceptionRisk: row({ preset: 'network.acceptInterceptionRisk', schema: v.boolean('INVALID_VALUE'), changedBy: 'installer', hint: 'true (read docs/security.md first)' }),
  /** a proxy login the clerk typed: kept in memory for the session (default) or asked every time */
  proxyLogin: row({ preset: 'network.proxyLogin', schema: v.picklist(['session', 'never'], 'INVALID_VALUE'), changedBy: 'installer', hint: 'session or never' }),
  countryFormat: row({ preset: 'wire.country', schema: v.picklist(['alpha2', 'dictionary'], 'INVALID_VALUE'), env: 'DESK_COUNTRY_FORMAT', changedBy: 'installer', hint: 'alpha2 or dictionary' }),
  phoneAreaFormat: row({ preset: 'wire.phoneArea', schema: v.picklist(['plus', 'digits'], 'INVALID_VALUE'), env: 'DESK_PHONE_AREA_FORMAT', changedBy: 'installer', hint: 'plus or digits' }),
  language: row({ preset: 'defaults.language', schema: language, env: 'DESK_LANG', changedBy: 'office', hint: 'zh-CN, zh-HK or en-US' }),
  defaultCountry: row({ preset: 'defaults.country', schema: country, env: 'DESK_DEFAULT_COUNTRY', changedBy: 'office', hint: 'a two-letter country code such as CN' }),
  /** the countries this office meets most, first in the country list (an office of Hong Kong walk-ins lists HK first) */
  frequentCountries: row({ preset: 'defaults.frequentCountries', schema: v.pipe(v.array(country), v.minLength(1), v.maxLength(20)), changedBy: 'installer', hint: 'a list of two-letter country codes, e.g. ["CN", "HK"]' }),
  defaultPhoneArea: row({ preset: 'defaults.phoneArea', schema: v.pipe(v.string(), v.regex(/^\d{1,4}$/, 'INVALID_VALUE')), changedBy: 'office', hint: 'the calling code digits, e.g. 86' }),
  customerGroupId: row({ preset: 'registration.customerGroupId', schema: wholeNumber(1, Number.MAX_SAFE_INTEGER), changedBy: 'installer', hint: 'a group id, 1 or more' }),
  groups: row({
    preset: 'registration.groups',
    schema: v.array(v.strictObject({ id: wholeNumber(1, Number.MAX_SAFE_INTEGER), name: v.pipe(v.string(), v.maxLength(60)) })),
    changedBy: 'installer',
    hint: 'a list of { "id": 2, "name": "…" }',
  }),
  tradeTypes: row({ preset: 'registration.tradeTypes', schema: v.pipe(v.array(tradeType), v.minLength(1)), changedBy: 'installer', hint: 'a list of { "tradeType": "5", "allCurrency": "USDT,USD" }' }),
  /** per registration country, the group and trade types (contract/country-rules.ts); a country in one entry only */
  /** per registration country, the group and trade types (contract/country-rules.ts); a country in one entry only */
  countryRules: row({ preset: 'registration.countries', schema: countryRulesSchema, changedBy: 'installer', hint: 'a list of { "countries": ["HK", "MO"], "customerGroupId": 2, "tradeTypes": [{ "tradeType": "5", "allCurrency": "USD" }] }' }),
  /** the plan for every country the list does not name; absent (with a list): those countries are refused */
  otherCountries: row({ preset: 'registration.otherCountries', schema: otherCountriesSchema, changedBy: 'installer', hint: '{ "customerGroupId": 1, "tradeTypes": [ … ] }' }),
  /** the countries where an enterprise account (openAccountType 1) may be opened; absent: wherever accountTypes allows */
  enterpriseCountries: row({ preset: 'registration.enterpriseCountries', schema: enterpriseCountriesSchema, changedBy: 'installer', hint: 'a list of country codes such as ["HK", "SG"]' }),
  accountTypes: row({ preset: 'registration.accountTypes', schema: v.pipe(v.array(v.picklist([0, 1])), v.minLength(1), v.maxLength(2)), changedBy: 'installer', hint: '[0], [1] or [0, 1]' }),
  terms: row({ preset: 'registration.terms', schema: termsSchema, changedBy: 'installer', hint: '{ "version": "2026-03", "zh-CN": { "text": "…", "url": "https://…" }, "en-US": { … }, "zh-HK": { … } }' }),
  agentCodeEnabled: row({ preset: 'registration.agentCodeEnabled', schema: v.boolean(), changedBy: 'installer', hint: 'true or false' }),
  agentParam: row({ preset: 'registration.agentParam', schema: v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, 'INVALID_VALUE')), env: 'DESK_AGENT_PARAM', changedBy: 'installer', hint: 'a parameter name such as agent' }),
  /** thirdServerSource sent with an agent code (the page's example: "agent") */
  agentSource: row({ preset: 'registration.agentSource', schema: v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_-]{0,31}$/, 'INVALID_VALUE')), env: 'DESK_AGENT_SOURCE', changedBy: 'installer', hint: 'a source name such as agent' }),
  /** ask checkStatus before sending a code, so an existing customer is told at once (public clients do) */
  precheckLogin: row({ preset: 'registration.precheckLogin', schema: v.boolean('INVALID_VALUE'), env: 'DESK_PRECHECK_LOGIN', changedBy: 'installer', hint: 'true or false' }),
  resendSeconds: row({ preset: 'registration.resendSeconds', schema: wholeNumber(1, 600), env: 'DESK_RESEND_SECONDS', changedBy: 'installer', hint: 'whole seconds from 1 to 600' }),
  campaign: row({ preset: 'campaign', schema: campaignValues, env: 'DESK_CAMPAIGN_DEFAULTS', changedBy: 'office', hint: 'UTM fields and an agent code, each at most 100 printable characters' }),
  office: row({
    preset: 'office',
    schema: v.strictObject({
      code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,32}$/, 'INVALID_VALUE')),
      name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
    }),
    changedBy: 'installer',
    hint: '{ "code": "SH-01", "name": "…" }: a code of letters, digits, - or _ (at most 32)',
  }),
  staffMode: row({ preset: 'staffMode.enabled', schema: v.boolean(), changedBy: 'installer', hint: 'true or false' }),
  /** staff mode: a campaign from a deep link needs the clerk's yes on screen and serves one customer (`confirm`), or applies at once (`apply`) */
  deepLinkCampaign: row({ preset: 'staffMode.deepLinkCampaign', schema: v.picklist(['confirm', 'apply'], 'INVALID_VALUE'), changedBy: 'installer', hint: 'confirm or apply' }),
  /**
   * Whether a `regdesk://register?…` link (any web page can open one) may set the campaign and agent code, in any mode.
   * Absent: off in an office's build (the preset names an office), on otherwise (a trader's own desktop).
   */
  deepLinkCampaigns: row({ preset: 'links.deepLinkCampaigns', schema: v.boolean('INVALID_VALUE'), changedBy: 'installer', hint: 'true or false' }),
  idleMinutes: row({ preset: 'staffMode.idleMinutes', schema: wholeNumber(1, 120), changedBy: 'office', hint: 'whole minutes from 1 to 120' }),
  /** days of journal kept on this PC (masked customer data); older days are deleted at start */
  journalRetentionDays: row({ preset: 'journal.retentionDays', schema: wholeNumber(1, 3650), changedBy: 'installer', hint: 'whole days from 1 to 3650' }),
  /**
   * New versions (main/updates): `auto` downloads in the background and installs when the app quits or when the clerk
   * restarts between customers; `notify` tells and lets the clerk or IT decide; `off` makes no update request at all.
   * Absent: `auto` when a feed is set, else `off`. Never from the environment: a user cannot point the app elsewhere.
   */
  updatePolicy: row({ preset: 'updates.policy', schema: v.picklist(['auto', 'notify', 'off'], 'INVALID_VALUE'), changedBy: 'installer', hint: 'auto, notify or off' }),
  updateFeedUrl: row({ preset: 'updates.feedUrl', schema: feedUrl, changedBy: 'installer', hint: 'the https address of the folder that holds latest.yml' }),
  updateChannel: row({ preset: 'updates.channel', schema: v.picklist(['stable', 'beta'], 'INVALID_VALUE'), changedBy: 'installer', hint: 'stable or beta' }),
  /** Windows: the code-signing certificate installers must carry (updates/publisher-check.ts), by full subject and/or SHA-256 */
  updatePublisher: row({ preset: 'updates.publisher', schema: publisher, changedBy: 'installer', hint: publisherHint }),
  /** the broker's release key (updates/release-manifest.ts): a release is installed only when its manifest is signed with it */
  updateReleaseKey: row({ preset: 'updates.releaseKey', schema: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{43}=$/, 'INVALID_VALUE')), changedBy: 'installer', hint: 'the public half of the broker\'s release key (npm run release:key): 44 base64 characters' }),
  updateCheckMinutes: row({ preset: 'updates.checkMinutes', schema: wholeNumber(15, 1440), changedBy: 'installer', hint: 'whole minutes from 15 to 1440' }),
  /**
   * Where the customer goes after registering: URL templates for continuing verification, setting the login password,
   * getting the trading app and the broker's help, each on a host of links.allowList. Shown as buttons, a QR code and
   * lines on the printed slip; an absent template shows nothing.
   */
  handoff: row({
    preset: 'handoff',
    schema: v.strictObject({
      continue: v.optional(handoffTemplate),
      setPassword: v.optional(handoffTemplate),
      tradingApp: v.optional(handoffTemplate),
      help: v.optional(handoffTemplate),
    } satisfies Record<HandoffKind, v.GenericSchema>),
    changedBy: 'installer',
    hint: '{ "continue": "https://…?c={customerNumber}&lang={lang}", "setPassword": "…", "tradingApp": "…", "help": "…" }, https on a host of links.allowList, placeholders only {customerNumber} {lang} {registerSource} {companyId}',
  }),
  /**
   * Who sits at the screen: `desk` (a clerk registering a customer; the default) or `self` (a trader registering
   * themselves on their own PC: words for "you", no journal, staff mode or office settings, a per-user installer).
   */
  audience: row({ preset: 'audience', schema: v.picklist(['desk', 'self'], 'INVALID_VALUE'), env: 'DESK_AUDIENCE', changedBy: 'installer', hint: 'desk or self' }),
  /** self: where the trader logs in afterwards, shown with the account number (the way on when no hand-off link is set) */
  selfLoginUrl: row({ preset: 'self.loginUrl', schema: httpsLink, changedBy: 'installer', hint: 'the https address of the broker\'s login page' }),
  linkAllowList: row({ preset: 'links.allowList', schema: v.array(hostName), changedBy: 'installer', hint: 'host names such as help.broker.example' }),
  /** the office PIN's public verifier, `scrypt-ed25519$…` (npm run office:pin; main/office/pin.ts) */
  settingsPin: row({
    preset: 'settingsPin',
    schema: v.pipe(
      v.string(),
      v.regex(/^scrypt-ed25519\$\d{2}\$[0-9a-f]{32}\$[0-9a-f]{64}$/, 'PIN_FORMAT'),
      v.check((value) => !exampleSettingsPins.includes(value), 'PIN_EXAMPLE'),
    ),
    changedBy: 'installer',
    hint: 'made with npm run office:pin',
  }),
}

/** The documented example PIN's verifier (resources/presets): refused wherever a real office could meet it. */
export const exampleSettingsPins: readonly string[] = [
  'scrypt-ed25519$17$6578616d706c652d73616c742d303031$272428b073fff4a994c6d6fda01e8ec515ca83d8c27531c663f05550b37de8c5',
]

export type SettingsTable = typeof settingsTable
export type SettingKey = keyof SettingsTable
/** Every setting, in table order. */
export const settingKeys = /* @__PURE__ */ (() => Object.keys(settingsTable))() as SettingKey[]
export type SettingValue<K extends SettingKey> = v.InferOutput<SettingsTable[K]['schema']>
/** The account-opening terms: a version and, per UI language, a text and/or a link. */
export type Terms = SettingValue<'terms'>
/** Values by setting, each optional: one layer (a file, the environment) or the merge of all of them. */
export type SettingValues = { [K in SettingKey]?: SettingValue<K> }

/** The settings an office may change on site, behind the PIN. */
export type OfficeSettingKey = { [K in SettingKey]: SettingsTable[K]['changedBy'] extends 'office' ? K : never }[SettingKey]
export const officeSettingKeys = /* @__PURE__ */ (() => settingKeys.filter((k) => settingsTable[k].changedBy === 'office'))() as OfficeSettingKey[]

/** What the settings screen sends: the office's settings by key, each optional. */
export const officeOverrides = v.strictObject(
  /* @__PURE__ */ (() => Object.fromEntries(officeSettingKeys.map((k) => [k, v.optional(settingsTable[k].schema)])))() as {
    [K in OfficeSettingKey]: v.OptionalSchema<SettingsTable[K]['schema'], undefined>
  },
)
export type OfficeOverrides = v.InferOutput<typeof officeOverrides>
