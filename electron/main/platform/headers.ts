import { API_VERSION } from './endpoints'

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
    version: API_VERSION,
    companyId: input.companyId,
    trace: input.trace,
    lang: input.lang,
  }
  if (input.forwardedFor) headers['X-Forwarded-For'] = input.forwardedFor
  if (input.idempotencyKey) headers['idempotency-key'] = input.idempotencyKey
  return headers
}
