import type { DeskError } from '../../contract/result'
import { Codes, Headers } from '../../contract/platform'

export interface Envelope {
  code: string
  /** the server's message with msgParams substituted into its %s placeholders */
  msg: string
  msgParams: string[]
  trace: string
  data: unknown
}

export type EnvelopeResult = { ok: true; envelope: Envelope } | { ok: false; error: DeskError }

/** Fills `%s` placeholders in order from the comma-separated msgParams, as the platform's own clients do. */
export function formatMessage(msg: string, msgParams: string[]): string {
  let i = 0
  return msg.replace(/%s/g, () => (i < msgParams.length ? msgParams[i++]! : '%s'))
}

export function splitParams(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map((p) => String(p))
  if (typeof raw !== 'string' || raw === '') return []
  return raw.split(',').map((p) => p.trim())
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
  if (status !== 200) {
    return { ok: false, error: { kind: 'http', code: `HTTP_${status}`, message: `HTTP status ${status}`, trace: requestTrace } }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, error: { kind: 'bad-response', code: 'NOT_JSON', message: 'The answer was not JSON', trace: requestTrace } }
  }
  const body = json as Record<string, unknown> | null
  const code = body && typeof body === 'object' && !Array.isArray(body) ? body.code : undefined
  if (typeof code !== 'string' && typeof code !== 'number') {
    return { ok: false, error: { kind: 'bad-response', code: 'NO_CODE', message: 'The answer had no code', trace: requestTrace } }
  }
  const msgParams = splitParams(body!.msgParams)
  return {
    ok: true,
    envelope: {
      code: String(code),
      msg: formatMessage(typeof body!.msg === 'string' ? body!.msg : '', msgParams),
      msgParams,
      trace: typeof body!.trace === 'string' && body!.trace ? body!.trace : requestTrace,
      data: body!.data ?? null,
    },
  }
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
