import type { DeskError } from '@contract/result'

/**
 * Net errors by the code Chromium (Electron's net.fetch: "net::ERR_…") or Node (fetch's cause, or axios) gives them.
 * The kinds a clerk and IT must tell apart: the proxy refused or wants a login, the certificate is not trusted (a
 * TLS-inspecting gateway whose CA is not installed), the name does not resolve, the PC is offline.
 */
const byCode: Record<string, string> = {
  // Chromium
  ERR_CONNECTION_REFUSED: 'NETWORK_REFUSED',
  ERR_CONNECTION_RESET: 'NETWORK_RESET',
  ERR_CONNECTION_CLOSED: 'NETWORK_RESET',
  ERR_EMPTY_RESPONSE: 'NETWORK_RESET',
  ERR_NAME_NOT_RESOLVED: 'NETWORK_DNS',
  ERR_NAME_RESOLUTION_FAILED: 'NETWORK_DNS',
  ERR_INTERNET_DISCONNECTED: 'NETWORK_OFFLINE',
  ERR_NETWORK_CHANGED: 'NETWORK_OFFLINE',
  ERR_ADDRESS_UNREACHABLE: 'NETWORK_UNREACHABLE',
  ERR_PROXY_CONNECTION_FAILED: 'NETWORK_PROXY_REFUSED',
  ERR_TUNNEL_CONNECTION_FAILED: 'NETWORK_PROXY_REFUSED',
  ERR_PROXY_CERTIFICATE_INVALID: 'NETWORK_PROXY_REFUSED',
  ERR_PROXY_AUTH_REQUESTED: 'NETWORK_PROXY_AUTH',
  ERR_PROXY_AUTH_UNSUPPORTED: 'NETWORK_PROXY_AUTH',
  // ours (net-fetch.ts): a proxy the preset does not name asked for a login, and none was offered
  ERR_PROXY_LOGIN_NOT_OFFERED: 'NETWORK_PROXY_ASK_IT',
  ERR_CERT_AUTHORITY_INVALID: 'NETWORK_CERT_UNTRUSTED',
  ERR_CERT_COMMON_NAME_INVALID: 'NETWORK_CERT_UNTRUSTED',
  ERR_CERT_DATE_INVALID: 'NETWORK_CERT_UNTRUSTED',
  ERR_CERT_INVALID: 'NETWORK_CERT_UNTRUSTED',
  ERR_SSL_PROTOCOL_ERROR: 'NETWORK_TLS',
  // Node
  ECONNREFUSED: 'NETWORK_REFUSED',
  ECONNRESET: 'NETWORK_RESET',
  EPIPE: 'NETWORK_RESET',
  UND_ERR_SOCKET: 'NETWORK_RESET',
  ERR_BAD_RESPONSE: 'NETWORK_RESET',
  ENOTFOUND: 'NETWORK_DNS',
  EAI_AGAIN: 'NETWORK_DNS',
  ENETDOWN: 'NETWORK_OFFLINE',
  EHOSTUNREACH: 'NETWORK_UNREACHABLE',
  ENETUNREACH: 'NETWORK_UNREACHABLE',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'NETWORK_CERT_UNTRUSTED',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'NETWORK_CERT_UNTRUSTED',
  SELF_SIGNED_CERT_IN_CHAIN: 'NETWORK_CERT_UNTRUSTED',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'NETWORK_CERT_UNTRUSTED',
  CERT_HAS_EXPIRED: 'NETWORK_CERT_UNTRUSTED',
  ERR_TLS_CERT_ALTNAME_INVALID: 'NETWORK_CERT_UNTRUSTED',
  // a CONNECT the proxy refused (undici), or a proxy that wants a login
  UND_ERR_PROXY_CONNECT: 'NETWORK_PROXY_REFUSED',
}

const messages: Record<string, string> = {
  NETWORK_PROXY_REFUSED: 'The proxy refused the connection',
  NETWORK_PROXY_AUTH: 'The proxy asks for a login',
  NETWORK_PROXY_ASK_IT: 'The proxy asks for a login; ask IT',
  NETWORK_CERT_UNTRUSTED: 'The platform certificate is not trusted',
  NETWORK_DNS: 'The platform address does not resolve',
  NETWORK_OFFLINE: 'This PC is offline',
}

/** Every code and message along the error's `cause` chain (axios → fetch's TypeError → the socket's error). */
function causes(error: unknown): { codes: string[]; text: string; refusedBy?: string } {
  const codes: string[] = []
  let text = ''
  let refusedBy: string | undefined
  let current = error as { code?: unknown; message?: unknown; cause?: unknown; address?: unknown; port?: unknown } | undefined
  for (let depth = 0; current && depth < 6; depth++) {
    if (typeof current.code === 'string') codes.push(current.code)
    if (typeof current.message === 'string') text += ` ${current.message}`
    if (current.code === 'ECONNREFUSED' && typeof current.address === 'string') refusedBy = `${current.address}:${String(current.port)}`
    current = current.cause as typeof current
  }
  for (const match of text.matchAll(/net::(ERR_[A-Z_]+)/g)) codes.push(match[1]!)
  if (/\b407\b|Proxy Authentication Required/i.test(text)) codes.push('ERR_PROXY_AUTH_REQUESTED')
  return { codes, text, refusedBy }
}

/** host:port of the platform, with the scheme's default port when the URL has none */
const endpointOf = (baseUrl: string): string => {
  const url = new URL(baseUrl)
  return `${url.hostname.replace(/^\[|\]$/g, '')}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`
}

/** A failed request that produced no HTTP answer, as a typed error: timeout, refused, reset, proxy, certificate, DNS… */
export function transportError(error: unknown, trace: string, timedOut: boolean, baseUrl = ''): DeskError {
  const { codes, text, refusedBy } = causes(error)
  const host = URL.canParse(baseUrl) ? new URL(baseUrl).host : ''
  // Node names no proxy in its errors: a refusal from somewhere that is not the platform is the proxy refusing
  if (refusedBy && URL.canParse(baseUrl) && refusedBy !== endpointOf(baseUrl)) codes.unshift('ERR_PROXY_CONNECTION_FAILED')
  if (timedOut || codes.some((c) => c === 'ECONNABORTED' || c === 'ETIMEDOUT' || c === 'ERR_TIMED_OUT')) {
    return { kind: 'timeout', code: 'TIMEOUT', message: 'The platform did not answer in time', trace }
  }
  if (codes.includes('ERR_PROXY_LOGIN_NOT_OFFERED')) codes.unshift('ERR_PROXY_LOGIN_NOT_OFFERED')
  const mapped = codes.map((c) => byCode[c]).find(Boolean) ?? (/socket hang up|reset/i.test(text) ? 'NETWORK_RESET' : 'NETWORK')
  // the certificate message names the host, so IT knows which certificate chain to look at
  const params = mapped === 'NETWORK_CERT_UNTRUSTED' && host ? { params: [host] } : {}
  return { kind: 'network', code: mapped, message: messages[mapped] ?? 'The platform could not be reached', trace, ...params }
}
