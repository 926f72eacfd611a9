import type { DeskError } from '../../contract/result'

/** A failed request that produced no HTTP answer, as a typed error: timeout, refused, reset, DNS or other. */
export function transportError(error: unknown, trace: string, timedOut: boolean): DeskError {
  const code = (error as { code?: string })?.code ?? ''
  if (timedOut || code === 'ECONNABORTED' || code === 'ETIMEDOUT') {
    return { kind: 'timeout', code: 'TIMEOUT', message: 'The platform did not answer in time', trace }
  }
  const byCode: Record<string, string> = {
    ECONNREFUSED: 'NETWORK_REFUSED',
    ECONNRESET: 'NETWORK_RESET',
    EPIPE: 'NETWORK_RESET',
    ERR_BAD_RESPONSE: 'NETWORK_RESET',
    ENOTFOUND: 'NETWORK_DNS',
    EAI_AGAIN: 'NETWORK_DNS',
    EHOSTUNREACH: 'NETWORK_UNREACHABLE',
    ENETUNREACH: 'NETWORK_UNREACHABLE',
    CERT_HAS_EXPIRED: 'NETWORK_TLS',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'NETWORK_TLS',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'NETWORK_TLS',
  }
  const message = (error as { message?: string })?.message ?? ''
  const mapped = byCode[code] ?? (/socket hang up|reset/i.test(message) ? 'NETWORK_RESET' : 'NETWORK')
  return { kind: 'network', code: mapped, message: 'The platform could not be reached', trace }
}
