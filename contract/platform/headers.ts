/** The `version` header every call carries (0.0.2 only with captcha, which the app does not support yet). */
export const API_VERSION = '0.0.1'

/** Header names exactly as the platform spells them (contract.md, "Common headers"). */
export const Headers = {
  version: 'version',
  companyId: 'companyId',
  trace: 'trace',
  lang: 'lang',
  forwardedFor: 'X-Forwarded-For',
  idempotencyKey: 'idempotency-key',
  rateLimit: 'x-ratelimit-limit',
  /** sic: the platform really spells it "remairing"; do not correct it, or the header is never found */
  rateLimitRemaining: 'x-ratelimit-remairing',
  rateLimitReset: 'x-ratelimit-reset',
} as const
