import * as v from 'valibot'
import { campaignText } from '@contract/fields'
import type { CampaignValues } from '@contract/types'

/** Link parameter → campaign field. The agent's parameter name is configurable per deployment. */
const utmParams = {
  utm_source: 'utmSource',
  utm_medium: 'utmMedium',
  utm_campaign: 'utmCampaign',
  utm_content: 'utmContent',
  utm_term: 'utmTerm',
} as const

const MAX_LINK_LENGTH = 4096
const MAX_DEEP_LINK_LENGTH = 2048

export type LinkProblem =
  | { code: 'LINK_MALFORMED' | 'LINK_NOT_HTTPS' | 'LINK_TOO_LONG' | 'LINK_NO_CAMPAIGN' | 'DEEP_LINK_FOREIGN' }
  | { code: 'LINK_FIELD_INVALID'; field: keyof CampaignValues; reason: string }

export type LinkResult = { ok: true; values: CampaignValues } | { ok: false; problem: LinkProblem }

/** Drops empty fields so an omitted value stays omitted on the wire. */
export function compact(values: CampaignValues): CampaignValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => typeof value === 'string' && value.trim() !== '')) as CampaignValues
}

/** Reads the campaign from query parameters; unknown parameters are ignored. */
export function valuesFromParams(params: URLSearchParams, agentParam: string): LinkResult {
  const raw: Record<string, string> = {}
  for (const [param, field] of Object.entries(utmParams)) {
    const value = params.get(param)
    if (value !== null) raw[field] = value
  }
  const agent = params.get(agentParam)
  if (agent !== null) raw.agentCode = agent
  for (const [field, value] of Object.entries(raw)) {
    const parsed = v.safeParse(campaignText, value)
    if (!parsed.success) {
      return { ok: false, problem: { code: 'LINK_FIELD_INVALID', field: field as keyof CampaignValues, reason: parsed.issues[0]!.message } }
    }
    raw[field] = parsed.output
  }
  const values = compact(raw)
  if (Object.keys(values).length === 0) return { ok: false, problem: { code: 'LINK_NO_CAMPAIGN' } }
  return { ok: true, values }
}

/** An account-opening link: any https URL carrying utm_* and/or the agent parameter. */
export function parseOpeningLink(text: string, agentParam: string): LinkResult {
  const trimmed = text.trim()
  if (trimmed.length > MAX_LINK_LENGTH) return { ok: false, problem: { code: 'LINK_TOO_LONG' } }
  if (!URL.canParse(trimmed)) return { ok: false, problem: { code: 'LINK_MALFORMED' } }
  const url = new URL(trimmed)
  if (url.protocol !== 'https:') return { ok: false, problem: { code: 'LINK_NOT_HTTPS' } }
  return valuesFromParams(url.searchParams, agentParam)
}

/**
 * `regdesk://register?utm_source=…`: our scheme, host `register`, no path, no credentials or port, bounded length.
 * Anything else is refused before it can reach the renderer.
 */
export function parseDeepLink(text: string, agentParam: string): LinkResult {
  if (typeof text !== 'string' || text.length > MAX_DEEP_LINK_LENGTH) return { ok: false, problem: { code: 'LINK_TOO_LONG' } }
  if (!URL.canParse(text)) return { ok: false, problem: { code: 'LINK_MALFORMED' } }
  const url = new URL(text)
  const cleanPath = url.pathname === '' || url.pathname === '/'
  if (url.protocol !== 'regdesk:' || url.hostname !== 'register' || !cleanPath || url.username || url.password || url.port) {
    return { ok: false, problem: { code: 'DEEP_LINK_FOREIGN' } }
  }
  return valuesFromParams(url.searchParams, agentParam)
}

/** The deep link among a process's arguments (Windows and Linux pass it on the command line). */
export const deepLinkIn = (argv: readonly string[]): string | undefined =>
  argv.find((arg) => typeof arg === 'string' && arg.toLowerCase().startsWith('regdesk:'))
