import type { DeskError } from '@contract/result'
import { Codes, Headers } from '@contract/platform'

export interface Envelope {
  code: string
  /** the server's message with msgParams substituted into its %s placeholders */
  msg: string
  msgParams: string[]
  trace: string
  data: unknown
}

export type EnvelopeResult = { ok: true; envelope: Envelope } | { ok: false; error: DeskError }

/** Fills `%s` placeholders in order from msgParams, as the platform's own clients do. */
export function formatMessage(msg: string, msgParams: string[]): string {
  let i = 0
  return msg.replace(/%s/g, () => (i < msgParams.length ? msgParams[i++]! : '%s'))
}

/**
 * msgParams as a list. The contract says "a comma-separated list that fills %s placeholders in order"; it does not say
 * how a parameter that itself holds a comma is written. So a string is split into at most as many parts as `msg` has
 * placeholders, the last part keeping the rest, commas and all ("bound to %s" with "Acme, Inc." stays whole); with no
 * placeholder every comma separates. An array (some gateways send one) is taken as it is.
 */
export function splitParams(raw: unknown, msg = ''): string[] {
  // an array's items: text and numbers as text; anything else (an object a hostile body shaped to break String()) empty
  if (Array.isArray(raw)) return raw.map((p) => (typeof p === 'string' || typeof p === 'number' || typeof p === 'boolean' ? String(p) : ''))
  if (typeof raw === 'number') return [String(raw)]
  if (typeof raw !== 'string' || raw === '') return []
  const parts = raw.split(',')
  const slots = (msg.match(/%s/g) ?? []).length
  if (slots > 0 && parts.length > slots) parts.splice(slots - 1, parts.length, parts.slice(slots - 1).join(','))
  return parts.map((p) => p.trim())
}

const asRecord = (json: unknown): Record<string, unknown> | undefined =>
  json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined

function toEnvelope(body: Record<string, unknown>, requestTrace: string): Envelope {
  const msg = typeof body.msg === 'string' ? body.msg : ''
  const msgParams = splitParams(body.msgParams, msg)
  return {
    code: String(body.code),
    msg: formatMessage(msg, msgParams),
    msgParams,
    trace: typeof body.trace === 'string' && body.trace ? body.trace : requestTrace,
    data: body.data ?? null,
  }
}

const hasCode = (body: Record<string, unknown> | undefined): body is Record<string, unknown> =>
  !!body && (typeof body.code === 'string' || typeof body.code === 'number') && String(body.code) !== ''

function parseJson(text: string): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

/**
 * Seconds until a rate limit resets. The header is documented as seconds; a value that looks like an epoch time
 * (seconds or milliseconds) is turned into a wait so a server that sends either still gives a sensible number.
 */
export function resetSeconds(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined
  const value = Number(header)
  if (!Number.isFinite(value) || value < 0) return undefined
  if (value > 1e12) return Math.max(0, Math.ceil((value - nowMs) / 1000))
  if (value > 1e9) return Math.max(0, Math.ceil(value - nowMs / 1000))
  return Math.ceil(value)
}

/**
 * Reads one HTTP answer. A non-200 status, a body that is not JSON, or JSON without `code` is a transport error;
 * anything with a `code` is an envelope, success or business error alike (the caller decides which codes mean what).
 */
export function readEnvelope(
  status: number,
  headers: Record<string, string | undefined>,
  text: string,
  requestTrace: string,
  nowMs = Date.now(),
): EnvelopeResult {
  if (status === 429) {
    return {
      ok: false,
      error: {
        kind: 'rate-limited',
        code: 'HTTP_429',
        message: 'Too many requests',
        trace: requestTrace,
        retryAfterSeconds: resetSeconds(headers[Headers.rateLimitReset], nowMs) ?? 60,
      },
    }
  }
  const parsed = parseJson(text)
  const body = parsed.ok ? asRecord(parsed.json) : undefined
  if (status !== 200) {
    const http: DeskError = { kind: 'http', code: `HTTP_${status}`, message: `HTTP status ${status}`, trace: requestTrace }
    if (!hasCode(body)) return { ok: false, error: http }
    // A gateway's refusal with an envelope: show the platform's code and words. A 4xx is its decision (nothing was
    // done); a 5xx stays an HTTP error (the outcome is unknown, so a register retry keeps its key), with the words.
    const envelope = toEnvelope(body, requestTrace)
    if (status < 500) return { ok: false, error: businessError(envelope) }
    return { ok: false, error: { ...http, message: envelope.msg || http.message, trace: envelope.trace, params: [envelope.code] } }
  }
  if (!parsed.ok) {
    return { ok: false, error: { kind: 'bad-response', code: 'NOT_JSON', message: 'The answer was not JSON', trace: requestTrace } }
  }
  if (!hasCode(body)) {
    return { ok: false, error: { kind: 'bad-response', code: 'NO_CODE', message: 'The answer had no code', trace: requestTrace } }
  }
  return { ok: true, envelope: toEnvelope(body, requestTrace) }
}

/** A non-zero envelope as a typed error; "too frequent" is a rate limit with its wait when the params give one. */
export function businessError(envelope: Envelope): DeskError {
  if (envelope.code === Codes.tooFrequent) {
    const wait = envelope.msgParams.map(Number).find((n) => Number.isFinite(n) && n > 0)
    return { kind: 'rate-limited', code: envelope.code, message: envelope.msg, trace: envelope.trace, retryAfterSeconds: wait ?? 60 }
  }
  return {
    kind: 'business',
    code: envelope.code,
    message: envelope.msg,
    trace: envelope.trace,
    ...(envelope.msgParams.length ? { params: envelope.msgParams.slice(0, 10) } : {}),
  }
}
