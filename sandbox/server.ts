import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { Codes, defaultWireFormats, endpoints, Headers, type EndpointName, type WireFormats } from '@contract/platform'
import { FaultPlan, type Fault } from './faults'
import { hostAllowed, sleep, isBody, checkHeaders, envelope, send, misbehave, readBody, isLoopback } from './http'
import { SandboxPlatform, type Answer } from './platform'
import { defaultRules, type SandboxRules } from './rules'
import { SandboxState, type Ticket } from './state'
import { StrictChecks, type Violation } from './strict'

export interface RecordedRequest {
  endpoint: EndpointName
  path: string
  headers: Record<string, string>
  rawBody: string
  body: unknown
  at: number
}

export interface SandboxOptions {
  port?: number
  /** JSON file that keeps customers and codes across restarts */
  dataFile?: string
  rules?: Partial<SandboxRules>
  /**
   * Strict (the default, and in every test): answer like the platform (`msg` keeps its `%s`, msgParams are for the
   * client to fill) and record every deviation from the contract as a named violation. Lenient: practice, forgiving.
   */
  strict?: boolean
  /** the wire formats the client is configured with, which strict mode holds it to */
  formats?: WireFormats
  /**
   * The loopback control endpoints under /sandbox/ (codes, recorded requests, faults). The app's embedded sandbox
   * turns them off: it reads codes in-process, and nothing else on the PC needs them.
   */
  control?: boolean
  /** serve https with this key and certificate (the network tests' private CA), instead of plain http */
  tls?: { key: string; cert: string }
  /** strict mode: told of each violation as it happens (the CLI prints them) */
  onViolation?: (violation: Violation) => void
  /** where "sent" codes are shown; the CLI prints them, the embedded sandbox keeps quiet */
  onCode?: (ticket: Ticket) => void
  now?: () => number
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:4100 */
  url: string
  /** the platform base URL to configure a client with: url + /api */
  apiUrl: string
  platform: SandboxPlatform
  faults: FaultPlan
  requests: RecordedRequest[]
  /** strict mode: every deviation from the contract seen so far (empty in lenient mode) */
  violations: Violation[]
  /** the latest open code sent to a recipient (sandbox only: the real platform never tells) */
  latestCode(toUser: string, bizType?: string): string | undefined
  close(): Promise<void>
}

const routes = new Map<string, EndpointName>(
  (Object.entries(endpoints) as [EndpointName, string][]).map(([name, path]) => [`/api${path}`, name]),
)
const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000

/**
 * The platform contract over real HTTP on 127.0.0.1: header checks, the three calls, idempotency replay, fault
 * injection, and loopback-only control endpoints under /sandbox/ for tests and for the app in sandbox mode.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.now ?? Date.now
  const rules = { ...defaultRules, ...options.rules }
  const state = new SandboxState(options.dataFile)
  const platform = new SandboxPlatform(state, rules, options.onCode)
  const faults = new FaultPlan()
  const requests: RecordedRequest[] = []
  const idempotent = new Map<string, { at: number; body: string }>()
  /** idempotency keys being processed, with the request that carries each (to tell a client's duplicate) */
  const inFlight = new Map<string, IncomingMessage>()
  const strict = options.strict === false ? undefined : new StrictChecks(options.formats ?? defaultWireFormats, options.onViolation)
  const sockets = new Set<Socket>()

  const latestCode = (toUser: string, bizType?: string) => {
    const wanted = toUser.trim()
    const tickets = state.data.tickets
    for (let i = tickets.length - 1; i >= 0; i--) {
      const t = tickets[i]!
      const sameUser = t.toUser === wanted || t.toUser === wanted.toLowerCase()
      if (sameUser && t.state === 'open' && (!bizType || t.bizType === bizType)) return t.code
    }
    return undefined
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end()
    })
  }
  const server = options.tls ? createHttpsServer(options.tls, listener) : createServer(listener)
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only a client that named this machine may talk to it: a web page in a browser on the PC that rebinds its own
    // host name to 127.0.0.1 (DNS rebinding) sends its own Host and is turned away before anything is read.
    if (!hostAllowed(req.headers.host)) return void res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden host')
    const url = new URL(req.url ?? '/', 'http://sandbox')
    if (url.pathname.startsWith('/sandbox/')) {
      if (options.control === false) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found')
      return control(req, res, url)
    }
    const endpoint = routes.get(url.pathname)
    if (!endpoint) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found')
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end()

    const rawBody = await readBody(req)
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]))
    let body: unknown
    try {
      body = JSON.parse(rawBody)
    } catch {
      body = undefined
    }
    requests.push({ endpoint, path: url.pathname, headers, rawBody, body, at: now() })
    if (requests.length > 2000) requests.shift()

    const fault = faults.take(endpoint)
    if (fault && fault.mode !== 'delay') return misbehave(fault, req, res)
    // a slow platform: register is slow while it works (its key in flight, finishing even when the client gave up)
    const delayMs = fault?.mode === 'delay' ? (fault.delayMs ?? 1000) : 0
    if (delayMs && endpoint !== 'register') await sleep(delayMs)

    const lang = headers[Headers.lang] ?? 'en-US'
    const trace = headers[Headers.trace] ?? ''
    const answer = (a: Answer) => send(res, envelope(a, lang, trace, now(), !!strict))

    const headerProblem = checkHeaders(headers, endpoint)
    if (headerProblem) return answer(headerProblem)
    if (!isBody(body)) return answer({ code: Codes.gatewayIllegal })
    strict?.request(endpoint, headers, rawBody, body)

    const ctx = { companyId: headers['companyid']!, lang, now: now() }
    if (endpoint !== 'register') {
      return answer(endpoint === 'sendCode' ? platform.sendCode(body, ctx) : platform.checkStatus(body, ctx))
    }

    const key = headers[Headers.idempotencyKey]
    if (key) {
      const first = inFlight.get(key)
      strict?.idempotency(`${ctx.companyId}|${key}`, rawBody, trace, first ? !first.socket.destroyed : undefined)
      const cached = idempotent.get(`${ctx.companyId}|${key}`)
      if (cached && now() - cached.at < IDEMPOTENCY_TTL_MS) {
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(cached.body)
      }
      if (first) return answer({ code: Codes.tooFrequent, msgParams: ['1'] })
      inFlight.set(key, req)
    }
    try {
      if (delayMs) await sleep(delayMs)
      const text = envelope(platform.register(body, ctx), lang, trace, now(), !!strict)
      if (key) idempotent.set(`${ctx.companyId}|${key}`, { at: now(), body: text })
      res.writeHead(200, { 'content-type': 'application/json' }).end(text)
    } finally {
      if (key) inFlight.delete(key)
    }
  }

  function control(req: IncomingMessage, res: ServerResponse, url: URL): void | Promise<void> {
    if (!isLoopback(req.socket.remoteAddress)) return void res.writeHead(403).end()
    const json = (status: number, value: unknown): void =>
      void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
    if (url.pathname === '/sandbox/code' && req.method === 'GET') {
      return json(200, { code: latestCode(url.searchParams.get('toUser') ?? '', url.searchParams.get('bizType') ?? undefined) ?? null })
    }
    if (url.pathname === '/sandbox/requests' && req.method === 'GET') return json(200, requests)
    if (url.pathname === '/sandbox/customers' && req.method === 'GET') return json(200, state.data.customers)
    if (url.pathname === '/sandbox/violations' && req.method === 'GET') return json(200, strict?.violations ?? [])
    if (url.pathname === '/sandbox/health') return json(200, { ok: true })
    if (url.pathname === '/sandbox/faults' && req.method === 'DELETE') {
      faults.clear()
      return json(200, { ok: true })
    }
    if (url.pathname === '/sandbox/faults' && req.method === 'POST') {
      return readBody(req).then((raw) => {
        try {
          const { endpoint, ...fault } = JSON.parse(raw) as Fault & { endpoint: EndpointName | '*' }
          faults.arm(endpoint, fault)
          json(200, { ok: true })
        } catch (error) {
          json(400, { error: (error as Error).message })
        }
      })
    }
    json(404, { error: 'unknown control endpoint' })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`
  return {
    url,
    apiUrl: `${url}/api`,
    platform,
    faults,
    requests,
    violations: strict?.violations ?? [],
    latestCode,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
