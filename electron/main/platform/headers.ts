import { API_VERSION, Headers } from '@contract/platform'

export interface HeaderInput {
  companyId: string
  lang: string
  trace: string
  /** register only */
  forwardedFor?: string
  /** register only: the same for retries of one submission */
  idempotencyKey?: string
}

/** The platform's common headers (contract.md, "Common headers"), plus the register-only ones when given. */
export function buildHeaders(input: HeaderInput): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    [Headers.version]: API_VERSION,
    [Headers.companyId]: input.companyId,
    [Headers.trace]: input.trace,
    [Headers.lang]: input.lang,
  }
  if (input.forwardedFor) headers[Headers.forwardedFor] = input.forwardedFor
  if (input.idempotencyKey) headers[Headers.idempotencyKey] = input.idempotencyKey
  return headers
}
