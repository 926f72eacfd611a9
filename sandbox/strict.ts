import { isIP } from 'node:net'
import { Headers, type EndpointName, type WireFormats } from '@contract/platform'
import { bodyFields, knownLanguages } from '@contract/platform/fields'
import { normaliseLogin, recipientKey } from '@contract/login'

/**
 * Strict mode: the sandbox answers like the platform and also writes down every way a request deviates from the
 * contract, as a named violation. Tests fail on any (tests/support/violations.ts); `npm run sandbox -- --lenient`
 * turns it off for practice.
 */
export interface Violation {
  rule: string
  endpoint: EndpointName
  detail: string
  trace: string
}

/** Every violation recorded by any strict sandbox in this process, oldest first (bounded). */
export const recordedViolations: Violation[] = []

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const countryPattern: Record<WireFormats['country'], RegExp> = { alpha2: /^[A-Z]{2}$/, dictionary: /^ISO_3166_\d{3}$/ }
const areaPattern: Record<WireFormats['phoneArea'], RegExp> = { plus: /^\+\d{1,4}$/, digits: /^\d{1,4}$/ }

export class StrictChecks {
  readonly violations: Violation[] = []
  /** per recipient, the country its code was sent with: register must carry the same */
  private readonly countryOf = new Map<string, string>()
  /** per idempotency key, the body it was first sent with */
  private readonly bodyOfKey = new Map<string, string>()

  constructor(
    private readonly formats: WireFormats,
    private readonly onViolation: (violation: Violation) => void = () => {},
  ) {}

  private note(rule: string, endpoint: EndpointName, detail: string, trace: string): void {
    const violation = { rule, endpoint, detail, trace }
    this.violations.push(violation)
    recordedViolations.push(violation)
    if (recordedViolations.length > 1000) recordedViolations.shift()
    if (this.violations.length > 1000) this.violations.shift()
    this.onViolation(violation)
  }

  /** Headers and body of one call (headers with Node's lower-cased names). */
  request(endpoint: EndpointName, headers: Record<string, string>, rawBody: string, body: Record<string, unknown>): void {
    const trace = headers[Headers.trace] ?? ''
    const note = (rule: string, detail: string) => this.note(rule, endpoint, detail, trace)

    if (!uuid.test(trace)) note('header.trace', `trace is not a UUID: "${trace.slice(0, 60)}"`)
    const lang = headers[Headers.lang]
    if (!(knownLanguages as readonly string[]).includes(lang ?? '')) note('header.lang', `lang is not a known language: "${lang ?? ''}"`)
    if (endpoint === 'register' && !isIP(headers[Headers.forwardedFor.toLowerCase()] ?? '')) {
      note('header.x-forwarded-for', 'X-Forwarded-For is not an IP address')
    }

    const rules = bodyFields[endpoint]
    for (const [name, value] of Object.entries(body)) {
      const rule = rules[name]
      if (!rule) {
        note('body.unknown-field', `${name} is not a field of ${endpoint}`)
        continue
      }
      if (rule.type === 'string' && typeof value !== 'string') note('body.type', `${name} must be a string`)
      if (rule.type === 'integer' && !Number.isInteger(value)) note('body.type', `${name} must be a JSON integer`)
      if (rule.type === 'list' && !Array.isArray(value)) note('body.type', `${name} must be a list`)
      if (rule.type === 'string' && typeof value === 'string') {
        if (rule.max !== undefined && value.length > rule.max) note('body.length', `${name} is longer than ${rule.max}`)
        if (value === '') note('body.empty', `${name} is sent empty (leave it out instead)`)
      }
      if (rule.type === 'integer' && typeof value === 'number' && ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max))) {
        note('body.range', `${name} is out of range`)
      }
    }
    for (const [name, rule] of Object.entries(rules)) {
      if (rule.required && body[name] === undefined) note('body.required', `${name} is missing`)
    }

    const country = body.country
    if (typeof country === 'string' && !countryPattern[this.formats.country].test(country)) {
      note('body.country-format', `country "${country}" is not in the configured ${this.formats.country} format`)
    }
    const area = body.phoneArea
    if (typeof area === 'string' && !areaPattern[this.formats.phoneArea].test(area)) {
      note('body.phone-area-format', `phoneArea "${area}" is not in the configured ${this.formats.phoneArea} format`)
    }
    if (body.thirdServerCode !== undefined && body.thirdServerSource === undefined) {
      note('body.third-server-pair', 'thirdServerCode without thirdServerSource')
    }
    if (endpoint === 'sendCode') {
      const written = /"companyId"\s*:\s*([^,}\s]+)/.exec(rawBody)?.[1]
      const header = headers[Headers.companyId.toLowerCase()]
      if (written !== undefined && written !== header) note('body.company-id', `companyId ${written} is not the header's ${header} (exact digits, as a number)`)
      if (typeof body.toUser === 'string' && typeof country === 'string') this.countryOf.set(body.toUser.toLowerCase(), country)
    }
    if (endpoint === 'register' && typeof country === 'string' && typeof body.loginName === 'string') {
      // the same key the client's login module makes for send-code's toUser
      const recipient = recipientKey(
        normaliseLogin(body.type === 2 ? { method: 'phone', phoneArea: String(area ?? ''), phone: body.loginName } : { method: 'email', email: body.loginName }),
      )
      const sentWith = this.countryOf.get(recipient)
      if (sentWith !== undefined && sentWith !== country) {
        note('body.country-consistent', `register says country "${country}", the code was sent with "${sentWith}"`)
      }
    }
  }

  /**
   * A register carrying an idempotency key. The same key must always carry the same body; and a client sends a
   * duplicate only after giving up on the first (its connection closed), never while it is still waiting for it.
   */
  idempotency(key: string, rawBody: string, trace: string, firstStillWaiting: boolean | undefined): void {
    const first = this.bodyOfKey.get(key)
    if (first === undefined) {
      if (this.bodyOfKey.size > 5000) this.bodyOfKey.clear()
      this.bodyOfKey.set(key, rawBody)
    } else if (first !== rawBody) {
      this.note('idempotency.same-key-other-body', 'register', 'the same idempotency-key with a different body', trace)
    }
    if (firstStillWaiting) {
      this.note('idempotency.concurrent-duplicate', 'register', 'a duplicate sent while the client still waited for the first', trace)
    }
  }
}
