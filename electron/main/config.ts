import * as v from 'valibot'
import { defaultPresets } from '@contract/defaults'
import { defaultWireFormats, isLoopbackUrl, type WireFormats } from '@contract/platform'
import { isProblemCode, problemText, settingKeys, settingsTable, type ConfigProblemCode, type SettingKey, type SettingValues } from '@contract/config-table'
import type { CampaignValues, FormPresets, UiLanguage } from '@contract/types'
import type { HandoffTemplates } from '@contract/handoff'
import { valuesFromParams } from './campaign/parse'
import type { ProxySetting } from './network/proxy'
import { BUILD_KIND } from './build-kind'

/** Where registrations go: the embedded sandbox, or a real platform. */
export type PlatformTarget = { mode: 'sandbox' } | { mode: 'remote'; baseUrl: string; companyId: string }

export interface DeskConfig {
  platform: PlatformTarget
  language: UiLanguage
  /** per-request timeout; the platform's own is about 15 s */
  timeoutMs: number
  /** fixed X-Forwarded-For value; when absent main picks the machine's address */
  forwardedFor?: string
  /** the loopback platform at baseUrl is a separately started sandbox (development only): codes may be read from it */
  platformIsSandbox: boolean
  /** how platform calls reach the internet (network/proxy.ts applies it to the session) */
  proxy?: ProxySetting
  /** whether a proxy login is remembered for the session, or asked every time */
  proxyLoginRemember: 'session' | 'never'
  /** public-key pins (network/pins.ts) for the platform's and the update feed's host; empty: none */
  pins: { platform: string[]; updates: string[] }
  /** the preset accepts, by name, that a user of this PC can read platform traffic (network/exposure.ts) */
  acceptInterceptionRisk: boolean
  /** hosts whose https links may open in the system browser */
  externalLinkAllowList: string[]
  /** where the customer goes after registering (URL templates, each on the allow-list; main/handoff fills them) */
  handoff: HandoffTemplates
  /** how `country` and `phoneArea` go on the wire for this deployment */
  formats: WireFormats
  /** ask checkStatus before sending a code, so an existing customer is told at once */
  precheckLogin: boolean
  presets: FormPresets
  /** the agent's `thirdServerSource` */
  agentSource: string
  /** the link parameter that carries an agent code (`agent`, `inviteCode`, …) */
  agentParam: string
  /** the office's campaign, used while no other campaign is active */
  officeCampaign: CampaignValues
  /** which office this installation serves (stamped on the journal) */
  office?: { code: string; name: string }
  /** shared-PC mode: "next customer", idle auto-clear, staff id at the start of a shift, deep links confirmed on screen */
  staff: { enabled: boolean; idleMinutes: number; deepLinkCampaign: 'confirm' | 'apply' }
  /** regdesk:// links may set a campaign (campaign/service.ts); off by default when the preset names an office */
  deepLinkCampaigns: boolean
  /** the office PIN's public verifier (office/pin.ts): opens the settings screen, verifies what it saved */
  settingsPin?: string
  /** sha256 of the installer's office.json (office/resolve.ts): saved settings are bound to it */
  presetHash?: string
  /** days of journal kept on this PC */
  journalRetentionDays: number
  /** new versions from the office's feed (main/updates); `off` makes no update request at all */
  updates: UpdateSettings
  /** who sits at the screen: a clerk serving a customer (`desk`) or a trader registering themselves (`self`) */
  audience: Audience
  /** self: the broker's login page, named with the account number */
  selfLoginUrl?: string
}

export type Audience = 'desk' | 'self'

export interface UpdateSettings {
  policy: 'auto' | 'notify' | 'off'
  /** the https folder holding latest.yml / latest-mac.yml; always set unless the policy is off */
  feedUrl?: string
  channel: 'stable' | 'beta'
  checkMinutes: number
  publisher?: { subject?: string; sha256?: string[] } // Windows: installers' signing certificate (subject, SHA-256s)
  /** the broker's release key (Ed25519 public, base64): every release's signed manifest is checked with it */
  releaseKey?: string
}

export interface ConfigProblem {
  /** the setting at fault, e.g. `DESK_API_URL` or `office.json (installer): platform.baseUrl` */
  field: string
  /** the kind of problem, for the renderer to word in the UI language */
  code: ConfigProblemCode
  /** English, for IT */
  message: string
}

/** A problem's `audience`: whose screen says it (a broken trader's build speaks to the trader), when the preset says so. */
export type ConfigResult = { ok: true; config: DeskConfig } | { ok: false; problem: ConfigProblem; audience?: Audience }
export type LayerResult = { ok: true; values: SettingValues } | { ok: false; problem: ConfigProblem }

export const defaultConfig: DeskConfig = {
  platform: { mode: 'sandbox' },
  language: 'zh-CN',
  // a little above the platform's own ~15 s, so its answer usually arrives before we give up (fewer ambiguous outcomes)
  timeoutMs: 20_000,
  platformIsSandbox: false,
  proxyLoginRemember: 'session',
  pins: { platform: [], updates: [] },
  acceptInterceptionRisk: false,
  externalLinkAllowList: [],
  handoff: {},
  formats: defaultWireFormats,
  precheckLogin: true,
  presets: defaultPresets,
  agentSource: 'agent',
  agentParam: 'agent',
  officeCampaign: {},
  staff: { enabled: false, idleMinutes: 3, deepLinkCampaign: 'confirm' },
  deepLinkCampaigns: true,
  journalRetentionDays: 90,
  updates: { policy: 'off', channel: 'stable', checkMinutes: 240 },
  audience: 'desk',
}

/** The company id the embedded sandbox registers under. */
export const SANDBOX_COMPANY_ID = '1001'

export function problem(field: string, code: ConfigProblemCode, message: string = problemText[code]): ConfigProblem {
  return { field, code, message }
}

/** The problem a failed parse describes: its code from the rule's message, the English from the code or the row's hint. */
export function problemFrom(issue: v.BaseIssue<unknown>, field: string, key?: SettingKey): ConfigProblem {
  if (issue.type === 'strict_object' && issue.expected === 'never') return problem(field, 'UNKNOWN_SETTING')
  const code: ConfigProblemCode = isProblemCode(issue.message) ? issue.message : 'INVALID_VALUE'
  const hint = key ? settingsTable[key].hint : undefined
  const message = (code === 'NUMBER_RANGE' || code === 'INVALID_VALUE') && hint ? `must be ${hint}` : problemText[code]
  return problem(field, code, message)
}

/** The platform URL allowed where it came from: https, and plain http on loopback only in development (a local sandbox). */
function urlProblem(url: string, allowLoopbackHttp: boolean): ConfigProblemCode | undefined {
  if (!URL.canParse(url)) return 'NOT_A_URL'
  const { protocol } = new URL(url)
  return protocol === 'https:' || (allowLoopbackHttp && protocol === 'http:' && isLoopbackUrl(url)) ? undefined : 'HTTPS_REQUIRED'
}

/** Checks the platform of a layer: an installer preset must use https. */
export function checkPlatform(values: SettingValues, field: string, allowLoopbackHttp: boolean): ConfigProblem | undefined {
  const target = values.platform
  if (target?.mode !== 'remote') return undefined
  const code = urlProblem(target.baseUrl, allowLoopbackHttp)
  return code ? problem(field, code) : undefined
}

type Env = Record<string, string | undefined>

/**
 * The development variables as one layer of the table (each row's `env`). Text becomes the row's JSON value: numbers
 * for number rows, an upper-cased country, the platform from DESK_API_URL + DESK_COMPANY_ID, the campaign from a
 * link's query (`utm_source=…&agent=…`, read with the agent parameter in force).
 */
function readEnvLayer(env: Env, agentParamBelow: string): LayerResult {
  const values: Record<string, unknown> = {}
  const text = (name: string) => env[name]?.trim() || undefined
  // a company id alone would silently fall back to the sandbox: say which half is missing
  if (text('DESK_COMPANY_ID') && !text('DESK_API_URL')) return { ok: false, problem: problem('DESK_COMPANY_ID', 'NEEDS_API_URL') }
  for (const key of settingKeys) {
    const row = settingsTable[key]
    const name = 'env' in row ? row.env : undefined
    const raw = name ? text(name) : undefined
    if (!name || raw === undefined) continue
    let value: unknown = raw
    if (row.schema.type === 'number') value = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw
    if (row.schema.type === 'boolean') value = ({ true: true, '1': true, false: false, '0': false } as Record<string, boolean>)[raw.toLowerCase()] ?? raw
    if (key === 'defaultCountry') value = raw.toUpperCase()
    if (key === 'platform') {
      const company = text('DESK_COMPANY_ID')
      if (!company) return { ok: false, problem: problem('DESK_COMPANY_ID', 'REQUIRED', 'is required when DESK_API_URL is set') }
      value = { mode: 'remote', baseUrl: raw, companyId: company }
    }
    if (key === 'campaign') {
      const agent = text('DESK_AGENT_PARAM') ?? agentParamBelow
      const parsed = valuesFromParams(new URLSearchParams(raw.slice(0, 2000)), agent)
      if (!parsed.ok) return { ok: false, problem: problem(name, 'INVALID_VALUE', `is not a usable campaign (${parsed.problem.code})`) }
      value = parsed.values
    }
    const parsed = v.safeParse(row.schema, value)
    if (!parsed.success) {
      const issue = parsed.issues[0]!
      const field = key === 'platform' && v.getDotPath(issue) === 'companyId' ? 'DESK_COMPANY_ID' : name
      return { ok: false, problem: problemFrom(issue, field, key) }
    }
    values[key] = parsed.output
  }
  const layer = values as SettingValues
  if (layer.platformIsSandbox && (layer.platform?.mode !== 'remote' || !isLoopbackUrl(layer.platform.baseUrl))) {
    return { ok: false, problem: problem('DESK_PLATFORM_IS_SANDBOX', 'INVALID_VALUE', 'needs DESK_API_URL on this machine (127.0.0.1 or localhost)') }
  }
  const platformProblem = checkPlatform(layer, 'DESK_API_URL', true)
  return platformProblem ? { ok: false, problem: platformProblem } : { ok: true, values: layer }
}

/** The one merge: each layer's values over the ones below (later wins). */
export const mergeLayers = (...layers: SettingValues[]): SettingValues => Object.assign({}, ...layers)

/** The merged settings as the configuration main runs with; every field named once, here. */
function toConfig(s: SettingValues, base: DeskConfig = defaultConfig): DeskConfig {
  const audience = s.audience ?? base.audience
  return {
    ...base,
    platform:
      s.platform?.mode === 'remote'
        ? { mode: 'remote', baseUrl: s.platform.baseUrl.trim().replace(/\/+$/, ''), companyId: String(s.platform.companyId) }
        : base.platform,
    language: s.language ?? base.language,
    timeoutMs: s.timeoutMs ?? base.timeoutMs,
    forwardedFor: s.forwardedFor === 'auto' ? undefined : (s.forwardedFor ?? base.forwardedFor),
    platformIsSandbox: s.platformIsSandbox ?? base.platformIsSandbox,
    proxy: s.proxy ?? base.proxy,
    proxyLoginRemember: s.proxyLogin ?? base.proxyLoginRemember,
    pins: { platform: s.platformPins ?? base.pins.platform, updates: s.updatePins ?? base.pins.updates },
    acceptInterceptionRisk: s.acceptInterceptionRisk ?? base.acceptInterceptionRisk,
    precheckLogin: s.precheckLogin ?? base.precheckLogin,
    agentSource: s.agentSource ?? base.agentSource,
    externalLinkAllowList: s.linkAllowList ?? base.externalLinkAllowList,
    handoff: s.handoff ?? base.handoff,
    formats: { country: s.countryFormat ?? base.formats.country, phoneArea: s.phoneAreaFormat ?? base.formats.phoneArea },
    presets: {
      ...base.presets,
      defaultCountry: s.defaultCountry ?? base.presets.defaultCountry,
      frequentCountries: s.frequentCountries ? [...new Set(s.frequentCountries)] : base.presets.frequentCountries,
      defaultPhoneArea: s.defaultPhoneArea ?? base.presets.defaultPhoneArea,
      accountTypes: s.accountTypes ? [...new Set(s.accountTypes)] : base.presets.accountTypes,
      customerGroupId: s.customerGroupId ?? base.presets.customerGroupId,
      groups: s.groups ?? base.presets.groups,
      tradeTypes: s.tradeTypes ?? base.presets.tradeTypes,
      countries: s.countryRules ?? base.presets.countries,
      otherCountries: s.otherCountries ?? base.presets.otherCountries,
      enterpriseCountries: s.enterpriseCountries ?? base.presets.enterpriseCountries,
      terms: s.terms ?? base.presets.terms,
      agentCodeEnabled: s.agentCodeEnabled ?? base.presets.agentCodeEnabled,
      resendSeconds: s.resendSeconds ?? base.presets.resendSeconds,
    },
    agentParam: s.agentParam ?? base.agentParam,
    officeCampaign: s.campaign ?? base.officeCampaign,
    office: s.office ?? base.office,
    staff: {
      // a trader's own PC is never a shared desk (the preset cannot say otherwise: audience/rules.ts)
      enabled: audience === 'self' ? false : (s.staffMode ?? base.staff.enabled),
      idleMinutes: s.idleMinutes ?? base.staff.idleMinutes,
      deepLinkCampaign: s.deepLinkCampaign ?? base.staff.deepLinkCampaign,
    },
    deepLinkCampaigns: s.deepLinkCampaigns ?? (s.office ? false : base.deepLinkCampaigns),
    settingsPin: s.settingsPin ?? base.settingsPin,
    journalRetentionDays: s.journalRetentionDays ?? base.journalRetentionDays,
    updates: {
      policy: updatePolicyOf(s, base.updates.policy),
      feedUrl: s.updateFeedUrl ?? base.updates.feedUrl,
      channel: s.updateChannel ?? base.updates.channel,
      checkMinutes: s.updateCheckMinutes ?? base.updates.checkMinutes,
      ...((s.updatePublisher ?? base.updates.publisher) ? { publisher: s.updatePublisher ?? base.updates.publisher } : {}),
      ...((s.updateReleaseKey ?? base.updates.releaseKey) ? { releaseKey: s.updateReleaseKey ?? base.updates.releaseKey } : {}),
    },
    audience,
    selfLoginUrl: s.selfLoginUrl ?? base.selfLoginUrl,
  }
}

/** The update policy settings mean: as set, else `auto` when they give a feed, else `otherwise` (off). */
export const updatePolicyOf = (s: SettingValues, otherwise: UpdateSettings['policy'] = 'off'): UpdateSettings['policy'] =>
  s.updatePolicy ?? (s.updateFeedUrl ? 'auto' : otherwise)

/** An update policy other than off needs the feed it updates from. */
export function checkUpdates(values: SettingValues, field: string): ConfigProblem | undefined {
  const policy = updatePolicyOf(values)
  return policy !== 'off' && !values.updateFeedUrl ? problem(field, 'REQUIRED', `is required when updates.policy is ${policy}`) : undefined
}

/**
 * Development configuration from the environment alone (over `below`, the values of the files). A packaged build
 * ignores the environment entirely (its platform comes from the office preset), so a user cannot redirect
 * registrations by setting a variable.
 */
export function configFromEnv(env: Env, packaged: boolean, below: SettingValues = {}): ConfigResult {
  // a release bundle holds no environment layer at all (build-kind.ts), whatever Electron says of its executable
  if (BUILD_KIND !== 'development' || packaged) return { ok: true, config: toConfig(below) }
  const read = readEnvLayer(env, below.agentParam ?? defaultConfig.agentParam)
  if (!read.ok) return read
  return { ok: true, config: toConfig(mergeLayers(below, read.values)) }
}

/** Host shown in the status line: never the company id, never a path or credentials. */
export function platformHost(target: PlatformTarget, sandboxUrl?: string): string {
  const url = target.mode === 'remote' ? target.baseUrl : sandboxUrl
  if (!url) return ''
  try {
    return new URL(url).host
  } catch {
    return ''
  }
}
