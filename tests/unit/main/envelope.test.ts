import { describe, expect, it } from 'vitest'
import { businessError, formatMessage, readEnvelope, resetSeconds, splitParams } from '../../../electron/main/platform/envelope'

describe('formatMessage', () => {
  it('fills %s placeholders in order from msgParams', () => {
    expect(formatMessage('The email %s is bound to %s', ['a@b.com', 'account 7'])).toBe('The email a@b.com is bound to account 7')
  })
  it('leaves extra placeholders visible and ignores extra params', () => {
    expect(formatMessage('%s and %s', ['one'])).toBe('one and %s')
    expect(formatMessage('no placeholder', ['x'])).toBe('no placeholder')
  })
  it('splits the comma-separated list and tolerates arrays, numbers and nothing', () => {
    expect(splitParams('a, b,c')).toEqual(['a', 'b', 'c'])
    expect(splitParams(['1', 2])).toEqual(['1', '2'])
    expect(splitParams(3)).toEqual(['3'])
    expect(splitParams(null)).toEqual([])
    expect(splitParams('')).toEqual([])
  })
  it('keeps a parameter with a comma whole when the message has fewer placeholders than commas', () => {
    expect(splitParams('Acme, Inc.', 'The email is bound to %s')).toEqual(['Acme, Inc.'])
    expect(splitParams('a@b.com,Acme, Inc.', 'The email %s is bound to %s')).toEqual(['a@b.com', 'Acme, Inc.'])
    expect(splitParams('a,b', 'no placeholder')).toEqual(['a', 'b'])
  })
  it('both shapes of msgParams fill the message the same way', () => {
    const asString = readEnvelope(200, {}, JSON.stringify({ code: 'C', msg: '%s is bound to %s', msgParams: 'a@b.com,Acme, Inc.' }), 't')
    const asArray = readEnvelope(200, {}, JSON.stringify({ code: 'C', msg: '%s is bound to %s', msgParams: ['a@b.com', 'Acme, Inc.'] }), 't')
    for (const result of [asString, asArray]) {
      expect(result).toMatchObject({ ok: true, envelope: { msg: 'a@b.com is bound to Acme, Inc.', msgParams: ['a@b.com', 'Acme, Inc.'] } })
    }
  })
})

describe('readEnvelope', () => {
  const ok = (body: unknown) => readEnvelope(200, {}, JSON.stringify(body), 'req-trace')

  it('reads a success envelope and keeps the server trace', () => {
    const result = ok({ code: '0', msg: 'ok', msgParams: null, trace: 'srv', data: { token: 't' }, ok: true, fail: false })
    expect(result).toEqual({ ok: true, envelope: { code: '0', msg: 'ok', msgParams: [], trace: 'srv', data: { token: 't' } } })
  })

  it('reads a business error with its params substituted, falling back to our trace', () => {
    const result = ok({ code: 'CUSTOMER_API_0000107', msg: 'The email %s exists', msgParams: 'a@b.com' })
    expect(result).toMatchObject({ ok: true, envelope: { code: 'CUSTOMER_API_0000107', msg: 'The email a@b.com exists', trace: 'req-trace' } })
  })

  it.each([
    [500, 'oops', 'http', 'HTTP_500'],
    [502, '<html>502</html>', 'http', 'HTTP_502'],
    [200, '{"code":', 'bad-response', 'NOT_JSON'],
    [200, '<html></html>', 'bad-response', 'NOT_JSON'],
    [200, '{"status":"ok"}', 'bad-response', 'NO_CODE'],
    [200, '[1,2]', 'bad-response', 'NO_CODE'],
    [200, 'null', 'bad-response', 'NO_CODE'],
  ])('status %i body %s is a %s error %s', (status, body, kind, code) => {
    expect(readEnvelope(status, {}, body, 'tr')).toEqual({ ok: false, error: expect.objectContaining({ kind, code, trace: 'tr' }) })
  })

  it('a 4xx that carries an envelope is the platform refusing: its code and words', () => {
    const body = JSON.stringify({ code: 'GATEWAY_CODE_006', msg: 'Missing required header: %s', msgParams: 'trace', trace: 'srv' })
    for (const status of [400, 401, 403]) {
      expect(readEnvelope(status, {}, body, 'tr')).toEqual({
        ok: false,
        error: { kind: 'business', code: 'GATEWAY_CODE_006', message: 'Missing required header: trace', trace: 'srv', params: ['trace'] },
      })
    }
  })

  it('a 5xx that carries an envelope stays an HTTP error (outcome unknown) with the platform words and code', () => {
    const body = JSON.stringify({ code: 'SYSTEM_BUSY', msg: 'System busy', trace: 'srv' })
    expect(readEnvelope(503, {}, body, 'tr')).toEqual({
      ok: false,
      error: { kind: 'http', code: 'HTTP_503', message: 'System busy', trace: 'srv', params: ['SYSTEM_BUSY'] },
    })
  })

  it('turns 429 into a rate limit with the reset seconds', () => {
    const result = readEnvelope(429, { 'x-ratelimit-reset': '42' }, '', 'tr')
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'rate-limited', code: 'HTTP_429', retryAfterSeconds: 42 }) })
  })
})

describe('resetSeconds', () => {
  const now = 1_800_000_000_000
  it('reads seconds, epoch seconds and epoch milliseconds', () => {
    expect(resetSeconds('30', now)).toBe(30)
    expect(resetSeconds(String(now / 1000 + 12), now)).toBe(12)
    expect(resetSeconds(String(now + 5000), now)).toBe(5)
    expect(resetSeconds('soon', now)).toBeUndefined()
    expect(resetSeconds(undefined, now)).toBeUndefined()
  })
})

describe('businessError', () => {
  it('makes "too frequent" a rate limit with the wait from msgParams', () => {
    const error = businessError({ code: 'GATEWAY_CODE_018', msg: 'wait 20 s', msgParams: ['20'], trace: 't', data: null })
    expect(error).toEqual({ kind: 'rate-limited', code: 'GATEWAY_CODE_018', message: 'wait 20 s', trace: 't', retryAfterSeconds: 20 })
    expect(businessError({ code: 'X', msg: 'm', msgParams: [], trace: 't', data: null }).kind).toBe('business')
  })
})
