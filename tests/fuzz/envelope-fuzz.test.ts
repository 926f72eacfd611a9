import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readEnvelope } from '../../electron/main/platform/envelope'
import { parseDeepLink, parseOpeningLink } from '../../electron/main/campaign/parse'

const RUNS = 20_000
/** 20,000 runs of fc.anything() take a few seconds alone and several times that on a loaded machine: a time budget, not a check */
const FUZZ_TIMEOUT = { timeout: 120_000 }

const shape = (result: ReturnType<typeof readEnvelope>) => {
  if (result.ok) {
    expect(typeof result.envelope.code).toBe('string')
    expect(typeof result.envelope.msg).toBe('string')
    expect(Array.isArray(result.envelope.msgParams)).toBe(true)
  } else {
    expect(['http', 'bad-response', 'rate-limited']).toContain(result.error.kind)
    expect(result.error.trace).toBe('t')
  }
}

describe('the envelope parser never throws', FUZZ_TIMEOUT, () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(200, 200, 200, 429, 500, 502), (json, status) => {
        shape(readEnvelope(status, {}, JSON.stringify(json) ?? 'null', 't'))
      }),
      { numRuns: RUNS },
    )
  })

  it('on envelope-like objects with hostile field types', () => {
    fc.assert(
      fc.property(
        fc.record({ code: fc.anything(), msg: fc.anything(), msgParams: fc.anything(), trace: fc.anything(), data: fc.anything() }, { requiredKeys: [] }),
        (body) => shape(readEnvelope(200, {}, JSON.stringify(body, (_k, v) => (typeof v === 'bigint' ? String(v) : v)) ?? '{}', 't')),
      ),
      { numRuns: RUNS },
    )
  })

  it('on arbitrary bytes and headers', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.string(), (bytes, reset) => {
        shape(readEnvelope(200, {}, Buffer.from(bytes).toString('utf8'), 't'))
        shape(readEnvelope(429, { 'x-ratelimit-reset': reset }, Buffer.from(bytes).toString('latin1'), 't'))
      }),
      { numRuns: RUNS },
    )
  })
})

describe('the link parsers never throw and only accept what they should', FUZZ_TIMEOUT, () => {
  it('on arbitrary text and URLs', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string().map((s) => `regdesk://register?utm_source=${s}`)), (text) => {
        const link = parseOpeningLink(text, 'agent')
        if (link.ok) expect(new URL(text.trim()).protocol).toBe('https:')
        const deep = parseDeepLink(text, 'agent')
        if (deep.ok) expect(new URL(text).hostname).toBe('register')
        for (const result of [link, deep]) {
          if (result.ok) for (const value of Object.values(result.values)) expect(value!.length).toBeLessThanOrEqual(100)
        }
      }),
      { numRuns: RUNS },
    )
  })
})
