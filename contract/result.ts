/**
 * Every call across the bridge answers a value, never a thrown error.
 * The error carries a kind (what class of failure), a code (which one) and, when the platform was involved, the trace
 * id support needs to find the request.
 */
export type ErrorKind =
  | 'validation' // the payload failed the channel's schema (caught in main)
  | 'forbidden' // the sender is not our window's main frame
  | 'business' // the platform answered with a non-zero code
  | 'timeout'
  | 'network' // refused, reset, DNS: nothing usable came back
  | 'http' // a non-200 status
  | 'rate-limited' // HTTP 429 or GATEWAY_CODE_018
  | 'bad-response' // body not JSON, or JSON without `code`
  | 'state' // the call is not possible now (e.g. register before a code was sent)
  | 'internal'

export interface FieldIssue {
  /** dotted path into the payload, e.g. `form.loginName` */
  path: string
  message: string
}

export interface DeskError {
  kind: ErrorKind
  /** platform code (`CUSTOMER_API_0000511`), HTTP status (`HTTP_500`) or a local code (`INVALID_PAYLOAD`) */
  code: string
  /** the server's localised message, or a developer-facing English one; the renderer localises by kind + code */
  message: string
  trace?: string
  /** the platform's msgParams, e.g. the tries left after a wrong code */
  params?: string[]
  /** seconds until a retry makes sense (429 / too frequent) */
  retryAfterSeconds?: number
  issues?: FieldIssue[]
}

export type DeskResult<T> = { ok: true; value: T } | { ok: false; error: DeskError }

export const ok = <T>(value: T): DeskResult<T> => ({ ok: true, value })
