import type { IncomingMessage, ServerResponse } from 'node:http'
import { API_VERSION, Codes, Headers, loopbackPattern, type EndpointName } from '@contract/platform'
import type { Fault } from './faults'
import { messageFor } from './messages'
import type { Answer, Body } from './platform'

/** The sandbox's HTTP side: who may call, what a request must carry, and how answers (and faults) are written. */

const MAX_BODY = 64 * 1024

/**
 * The Host header of a request meant for this machine: 127.0.0.1, localhost or [::1] (any port: a local relay in front
 * of the sandbox is fine). A rebinding page names its own host, which is what this turns away.
 */
const allowedHost = new RegExp(`^(${loopbackPattern})(:\\d{1,5})?$`, 'i')
export const hostAllowed = (host: string | undefined): boolean => !!host && allowedHost.test(host)

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A JSON object: what every call's body must be before the platform looks at its fields. */
export const isBody = (value: unknown): value is Body => typeof value === 'object' && value !== null && !Array.isArray(value)

export function checkHeaders(headers: Record<string, string>, endpoint: EndpointName): Answer | undefined {
  // Node lower-cases incoming header names
  const required = [Headers.version, Headers.companyId, Headers.trace, Headers.lang, ...(endpoint === 'register' ? [Headers.forwardedFor] : [])]
  for (const name of required) {
    if (!headers[name.toLowerCase()]) return { code: Codes.gatewayMissingParams, msgParams: [name.toLowerCase()] }
  }
  if (headers[Headers.version] !== API_VERSION) return { code: Codes.gatewayBadParam, msgParams: [Headers.version] }
  if (!/^\d{1,19}$/.test(headers[Headers.companyId.toLowerCase()]!)) return { code: Codes.gatewayBadParam, msgParams: [Headers.companyId] }
  if (!(headers['content-type'] ?? '').startsWith('application/json')) return { code: Codes.gatewayIllegal }
  return undefined
}

/** The platform's envelope; strictly, `msg` keeps its `%s` placeholders for the client to fill from msgParams. */
export function envelope(answer: Answer, lang: string, trace: string, tm: number, strict: boolean): string {
  const params = answer.msgParams ?? []
  let i = 0
  const template = messageFor(answer.code, lang)
  const msg = strict ? template : template.replace(/%s/g, () => params[i++] ?? '')
  const ok = answer.code === Codes.success
  return JSON.stringify({
    code: answer.code,
    msg,
    msgParams: params.length ? params.join(',') : null,
    bizCode: answer.code.startsWith('GATEWAY') || answer.code.startsWith('F') ? 'G' : 'US',
    tm,
    trace,
    data: answer.data ?? null,
    ok,
    fail: !ok,
  })
}

export function send(res: ServerResponse, text: string): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end(text)
}

export function misbehave(fault: Fault, req: IncomingMessage, res: ServerResponse): void {
  switch (fault.mode) {
    case 'http-500':
      return void res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error')
    case 'html-502':
      return void res
        .writeHead(502, { 'content-type': 'text/html' })
        .end('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>')
    case 'malformed-json':
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"code":"0","data":{"customerNo":')
    case 'no-code':
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok","data":null}')
    case 'rate-limit':
      return void res
        .writeHead(429, {
          'content-type': 'application/json',
          [Headers.rateLimit]: '10',
          [Headers.rateLimitRemaining]: '0',
          [Headers.rateLimitReset]: String(fault.resetSeconds ?? 30),
        })
        .end('{"message":"Too Many Requests"}')
    case 'reset':
      req.socket.destroy()
      return
    default:
      res.writeHead(500).end()
  }
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(new Error('body too large'))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export const isLoopback = (address: string | undefined) =>
  !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'))
