import * as v from 'valibot'
import { defaultPresets } from '../contract/defaults'
import type { CampaignValues, FormPresets, UiLanguage } from '../contract/types'
import { valuesFromParams } from './campaign/parse'
import { defaultWireFormats, type WireFormats } from '../contract/platform'

/** Where registrations go: the embedded sandbox, or a real platform. */
export type PlatformTarget = { mode: 'sandbox' } | { mode: 'remote'; baseUrl: string; companyId: string }

export interface DeskConfig {
  platform: PlatformTarget
  language: UiLanguage
  /** per-request timeout; the platform's own is about 15 s */
  timeoutMs: number
  /** fixed X-Forwarded-For value; when absent main picks the machine's address */
  forwardedFor?: string
  /** hosts whose https links may open in the system browser */
  externalLinkAllowList: string[]
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
  /** shared-PC mode: "next customer", idle auto-clear, staff id at the start of a shift */
  staff: { enabled: boolean; idleMinutes: number }
  /** `scrypt$salt$hash` of the office PIN that opens the settings screen */
  settingsPin?: string
}

export interface ConfigProblem {
  /** the setting at fault, e.g. `DESK_API_URL` */
  field: string
  message: string
}

export type ConfigResult = { ok: true; config: DeskConfig } | { ok: false; problem: ConfigProblem }

export const defaultConfig: DeskConfig = {
  platform: { mode: 'sandbox' },
  language: 'zh-CN',
  timeoutMs: 15_000,
  externalLinkAllowList: [],
  formats: defaultWireFormats,
  precheckLogin: true,
  presets: defaultPresets,
  agentSource: 'agent',
  agentParam: 'agent',
  officeCampaign: {},
  staff: { enabled: false, idleMinutes: 3 },
}

/** The company id the embedded sandbox registers under. */
export const SANDBOX_COMPANY_ID = '1001'

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** A URL on this machine: plain http is allowed there, and the sandbox's code endpoint is only reachable there. */
export function isLoopbackUrl(url: string): boolean {
  return URL.canParse(url) && loopbackHosts.has(new URL(url).hostname)
}

/** https, or http on loopback (a developer's `npm run sandbox`). */
export const platformUrl = v.pipe(
  v.string(),
  v.trim(),
  v.url('must be a full URL such as https://broker.example.com/api'),
  v.check((value) => {
    // valibot runs the rest of a pipe after a failed action: this must not throw on text that is not a URL
    if (!URL.canParse(value)) return false
    const url = new URL(value)
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackUrl(value))
  }, 'must use https (plain http only on this machine, for a local sandbox)'),
  v.transform((value) => value.replace(/\/+$/, '')),
)

/** The platform's company id is a long: digits only, at most 19 of them. */
export const companyId = v.pipe(v.string(), v.trim(), v.regex(/^\d{1,19}$/, 'must be a number (the broker company id)'))

const language = v.picklist(['zh-CN', 'en-US'], 'must be zh-CN or en-US')
const timeout = v.pipe(
  v.string(),
  v.transform(Number),
  v.number(),
  v.integer('must be whole milliseconds'),
  v.minValue(1000, 'must be at least 1000 ms'),
  v.maxValue(120_000, 'must be at most 120000 ms'),
)
const address = v.pipe(v.string(), v.trim(), v.ip('must be an IPv4 or IPv6 address'))
const resendSeconds = v.pipe(
  v.string(),
  v.transform(Number),
  v.number(),
  v.integer('must be whole seconds'),
  v.minValue(1, 'must be at least 1 second'),
  v.maxValue(600, 'must be at most 600 seconds'),
)
const countryFormat = v.picklist(['alpha2', 'dictionary'], 'must be alpha2 or dictionary')
const phoneAreaFormat = v.picklist(['plus', 'digits'], 'must be plus or digits')
const country = v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as CN'))

type Env = Record<string, string | undefined>

const agentParam = v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, 'must be a parameter name such as agent'))
/** `utm_source=…&utm_campaign=…`, as in an account-opening link's query. */
const campaignQuery = v.pipe(v.string(), v.trim(), v.maxLength(2000, 'is too long'))

/** Every development variable and the schema its text must pass. */
const envSchemas = {
  DESK_API_URL: platformUrl,
  DESK_COMPANY_ID: companyId,
  DESK_LANG: language,
  DESK_TIMEOUT_MS: timeout,
  DESK_FORWARDED_FOR: address,
  DESK_COUNTRY_FORMAT: countryFormat,
  DESK_PHONE_AREA_FORMAT: phoneAreaFormat,
  DESK_DEFAULT_COUNTRY: country,
  DESK_RESEND_SECONDS: resendSeconds,
  DESK_AGENT_PARAM: agentParam,
  DESK_CAMPAIGN_DEFAULTS: campaignQuery,
}
type EnvValues = { [K in keyof typeof envSchemas]?: v.InferOutput<(typeof envSchemas)[K]> }

/** Parses every set variable; the first invalid one is the problem reported, named. */
function readEnv(env: Env): { ok: true; values: EnvValues } | { ok: false; problem: ConfigProblem } {
  const values: Record<string, unknown> = {}
  for (const [name, schema] of Object.entries(envSchemas) as [string, v.GenericSchema<string, unknown>][]) {
    const raw = env[name]
    if (raw === undefined || raw.trim() === '') continue
    const parsed = v.safeParse(schema, raw)
    if (!parsed.success) return { ok: false, problem: { field: name, message: parsed.issues[0]?.message ?? 'invalid' } }
    values[name] = parsed.output
  }
  return { ok: true, values: values as EnvValues }
}

/**
 * Development configuration from the environment. A packaged build ignores the environment entirely (its platform
 * comes from the office preset), so a user cannot redirect registrations by setting a variable.
 */
export function configFromEnv(env: Env, packaged: boolean, base: DeskConfig = defaultConfig): ConfigResult {
  if (packaged) return { ok: true, config: base }
  const read = readEnv(env)
  if (!read.ok) return read
  const e = read.values

  const agent = e.DESK_AGENT_PARAM ?? base.agentParam
  let officeCampaign = base.officeCampaign
  if (e.DESK_CAMPAIGN_DEFAULTS) {
    const parsed = valuesFromParams(new URLSearchParams(e.DESK_CAMPAIGN_DEFAULTS), agent)
    if (!parsed.ok) {
      return { ok: false, problem: { field: 'DESK_CAMPAIGN_DEFAULTS', message: `is not a usable campaign (${parsed.problem.code})` } }
    }
    officeCampaign = parsed.values
  }

  let platform = base.platform
  if (e.DESK_API_URL && !e.DESK_COMPANY_ID) {
    return { ok: false, problem: { field: 'DESK_COMPANY_ID', message: 'is required when DESK_API_URL is set' } }
  }
  if (e.DESK_API_URL && e.DESK_COMPANY_ID) platform = { mode: 'remote', baseUrl: e.DESK_API_URL, companyId: e.DESK_COMPANY_ID }

  return {
    ok: true,
    config: {
      ...base,
      platform,
      language: e.DESK_LANG ?? base.language,
      timeoutMs: e.DESK_TIMEOUT_MS ?? base.timeoutMs,
      forwardedFor: e.DESK_FORWARDED_FOR ?? base.forwardedFor,
      agentParam: agent,
      officeCampaign,
      formats: {
        country: e.DESK_COUNTRY_FORMAT ?? base.formats.country,
        phoneArea: e.DESK_PHONE_AREA_FORMAT ?? base.formats.phoneArea,
      },
      presets: {
        ...base.presets,
        defaultCountry: e.DESK_DEFAULT_COUNTRY ?? base.presets.defaultCountry,
        resendSeconds: e.DESK_RESEND_SECONDS ?? base.presets.resendSeconds,
      },
    },
  }
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
