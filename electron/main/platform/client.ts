import type { WireLogin } from '@contract/login'
import type { AxiosInstance } from 'axios'
import { randomUUID } from 'node:crypto'
import type { DeskError } from '@contract/result'
import type { Logger } from '../log'
import { codeBizTypes, Codes, endpoints, jsonLong, type EndpointName } from '@contract/platform'
import { businessError, readEnvelope, type Envelope } from './envelope'
import { buildHeaders } from './headers'
import type { RegisterBody } from './register-body'
import { transportError } from './transport-errors'

/** A WHATWG fetch: Electron's `net.fetch` in the app (Chromium's network stack), Node's fetch in tests. */
export type FetchFn = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

export interface PlatformClientOptions {
  /**
   * How requests leave the machine. Main hands Electron's `net.fetch`: the system (or preset) proxy and PAC, the
   * operating system's certificate store (an office's TLS-inspecting gateway CA included), exactly as the browser.
   */
  fetch: FetchFn
  baseUrl: string
  companyId: string
  timeoutMs: number
  /** the UI language at the moment of the call; the server localises `msg` with it */
  language: () => string
  /** X-Forwarded-For for register */
  forwardedFor: () => string
  log: Logger
  newTrace?: () => string
  now?: () => number
}

export type CallResult<T> = { ok: true; value: T; envelope: Envelope } | { ok: false; error: DeskError }

/** checkStatus identifies the login the way register does (login.ts) */
export type CheckStatusInput = WireLogin
export type LoginStatus = 'registered' | 'new' | 'disabled'

export interface SendCodeInput {
  channel: 'email' | 'sms'
  /** the email, or for SMS the area code without `+`, a space, then the number */
  toUser: string
  /** already in the deployment's wire format (formatCountry), the same as register's */
  country: string
}

export interface RegisterAnswer {
  outcome: 'registered' | 'pending-review'
  data: Record<string, unknown>
}

export interface PlatformClient {
  checkStatus(input: CheckStatusInput): Promise<CallResult<LoginStatus>>
  /** the connection check's call: how it went on the wire, and the platform's answer code or the error */
  probe(): Promise<{ meta: CallMeta; code?: string; error?: DeskError }>
  sendCode(input: SendCodeInput): Promise<CallResult<{ sendToken: string }>>
  register(body: RegisterBody, idempotencyKey: string): Promise<CallResult<RegisterAnswer>>
}

/** How one call went on the wire: the connection check reports it (never a body). */
export interface CallMeta {
  status?: number
  /** the platform's Date header: its clock, to tell a PC whose clock is off */
  date?: string
  durationMs: number
  trace: string
}

type Raw = ({ ok: true; envelope: Envelope } | { ok: false; error: DeskError }) & { meta?: CallMeta }

/** The harmless call of the connection check: a checkStatus for a login that cannot exist. Nothing is created or sent. */
export const PROBE_LOGIN = { type: 1, loginName: 'connection-check@example.invalid' } as const

/**
 * The platform's Client API over axios. Every call: POST, JSON, the common headers with a fresh trace, one log line
 * (endpoint, trace, duration, outcome; never the body). Nothing throws out of it, and nothing is retried: a second
 * register is the user's decision, made safe by the idempotency key.
 */
export function createPlatformClient(options: PlatformClientOptions): PlatformClient {
  // axios is loaded with the first call, not at start: evaluating it probes fetch's globals (Request, Response,
  // ReadableStream), which loads Node's fetch machinery, about 40 ms of main's start (bench/results.md)
  let instance: Promise<AxiosInstance> | undefined
  const http = () =>
    (instance ??= import('axios').then(({ default: axios }) =>
      axios.create({
        adapter: 'fetch',
        env: { fetch: options.fetch },
        baseURL: options.baseUrl,
        timeout: options.timeoutMs,
        maxRedirects: 0,
        responseType: 'text',
        transformResponse: [(data: unknown) => data],
        validateStatus: () => true,
        maxContentLength: 2 * 1024 * 1024,
      }),
    ))
  const newTrace = options.newTrace ?? randomUUID
  const now = options.now ?? Date.now

  async function post(endpoint: EndpointName, body: object, extra: { forwardedFor?: string; idempotencyKey?: string } = {}): Promise<Raw> {
    const trace = newTrace()
    const started = now()
    const deadline = AbortSignal.timeout(options.timeoutMs + 250)
    let raw: Raw
    let status: number | undefined
    let date: string | undefined
    try {
      const response = await (await http()).post<string>(endpoints[endpoint], JSON.stringify(body), {
        headers: buildHeaders({ companyId: options.companyId, lang: options.language(), trace, ...extra }),
        signal: deadline,
      })
      status = response.status
      date = response.headers.date === undefined ? undefined : String(response.headers.date)
      const headers = Object.fromEntries(
        Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v === undefined ? undefined : String(v)]),
      )
      raw = readEnvelope(response.status, headers, typeof response.data === 'string' ? response.data : '', trace, now())
    } catch (error) {
      raw = { ok: false, error: transportError(error, trace, deadline.aborted, options.baseUrl) }
    }
    options.log.info('platform.call', {
      endpoint,
      trace,
      durationMs: now() - started,
      status,
      outcome: raw.ok ? raw.envelope.code : `${raw.error.kind}:${raw.error.code}`,
    })
    return { ...raw, meta: { status, date, durationMs: now() - started, trace } }
  }

  return {
    async probe() {
      const raw = await post('checkStatus', PROBE_LOGIN)
      return { meta: raw.meta!, ...(raw.ok ? { code: raw.envelope.code } : { error: raw.error }) }
    },

    async checkStatus(input) {
      const raw = await post('checkStatus', input)
      if (!raw.ok) return { ok: false, error: raw.error }
      if (raw.envelope.code !== Codes.success) return { ok: false, error: businessError(raw.envelope) }
      const status = (raw.envelope.data as { status?: unknown } | null)?.status
      const map: Record<string, LoginStatus> = { '1': 'registered', '2': 'new', '-1': 'disabled' }
      const value = map[String(status)]
      if (!value) {
        return { ok: false, error: { kind: 'bad-response', code: 'BAD_STATUS', message: 'Unknown login status', trace: raw.envelope.trace } }
      }
      return { ok: true, value, envelope: raw.envelope }
    },

    async sendCode(input) {
      const raw = await post('sendCode', {
        bizType: codeBizTypes[input.channel],
        toUser: input.toUser,
        country: input.country,
        // the docs mark it required in the body too (a long): its exact digits, as a JSON number
        companyId: jsonLong(options.companyId),
      })
      if (!raw.ok) return { ok: false, error: raw.error }
      if (raw.envelope.code !== Codes.success) return { ok: false, error: businessError(raw.envelope) }
      const token = (raw.envelope.data as { token?: unknown } | null)?.token
      if (typeof token !== 'string' || !token) {
        return { ok: false, error: { kind: 'bad-response', code: 'NO_TOKEN', message: 'No sendToken in the answer', trace: raw.envelope.trace } }
      }
      return { ok: true, value: { sendToken: token }, envelope: raw.envelope }
    },

    async register(body, idempotencyKey) {
      const raw = await post('register', body, { forwardedFor: options.forwardedFor(), idempotencyKey })
      if (!raw.ok) return { ok: false, error: raw.error }
      const { code, data } = raw.envelope
      if (code === Codes.success || code === Codes.pendingReview) {
        const outcome = code === Codes.success ? 'registered' : 'pending-review'
        const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
        return { ok: true, value: { outcome, data: record }, envelope: raw.envelope }
      }
      return { ok: false, error: businessError(raw.envelope) }
    },
  }
}
