import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RecordedRequest } from '../../sandbox/server'
import { emailLogin, phoneLogin, platformHarness } from '../support/platform-harness'

/**
 * The raw HTTP requests the client sends, checked against contract.md's rules. Paths and header names are written
 * out literally here, not imported, so a typo in the shared constants cannot hide.
 */
describe('contract: what goes on the wire', () => {
  let h: Awaited<ReturnType<typeof platformHarness>>
  let requests: RecordedRequest[]
  const password = 'Pl@in-Text-9'

  beforeAll(async () => {
    // an office that offers group 1 and fixes its trade types (the preset's rules, enforced in main)
    h = await platformHarness({ language: 'zh-CN', presets: { groups: [{ id: 1 }], tradeTypes: [{ tradeType: '5', allCurrency: 'USDT,USD' }] } })
    await h.service.register(await h.readyForm(emailLogin(), { password, customerGroupId: 1 }))
    await h.service.register(await h.readyForm(phoneLogin('13812345678', '86'), { openAccountType: 1 }))
    requests = [...h.sandbox.requests]
  })
  afterAll(() => h.close())

  const of = (endpoint: string) => requests.filter((r) => r.endpoint === endpoint)

  it('uses the exact paths', () => {
    expect(new Set(requests.map((r) => r.path))).toEqual(
      new Set([
        '/api/global/customer.app.CustomerWebApiService.checkStatus',
        '/api/global/message.app.VerificationApiService.verifyCodeSend',
        '/api/register/customer.app.CustomerWebApiService.register',
      ]),
    )
  })

  it('sends the common headers on every call, with a fresh UUID trace each time', () => {
    expect(requests.length).toBe(6)
    for (const r of requests) {
      expect(r.headers['version']).toBe('0.0.1')
      expect(r.headers['companyid']).toBe('1001')
      expect(r.headers['lang']).toBe('zh-CN')
      expect(r.headers['content-type']).toMatch(/^application\/json/)
      expect(r.headers['trace']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
    expect(new Set(requests.map((r) => r.headers['trace'])).size).toBe(requests.length)
  })

  it('adds X-Forwarded-For and an idempotency-key on register only', () => {
    for (const r of of('register')) {
      expect(r.headers['x-forwarded-for']).toBe('203.0.113.7')
      expect(r.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/)
    }
    for (const r of [...of('sendCode'), ...of('checkStatus')]) {
      expect(r.headers).not.toHaveProperty('idempotency-key')
    }
  })

  it('never sends the plain password; pwd is lowercase hex MD5', () => {
    for (const r of requests) expect(r.rawBody).not.toContain(password)
    const withPwd = of('register')[0]!.body as Record<string, unknown>
    expect(withPwd.pwd).toMatch(/^[0-9a-f]{32}$/)
    expect(of('register')[1]!.body).not.toHaveProperty('pwd')
  })

  it('writes integers as JSON numbers and omits empty optionals', () => {
    for (const r of of('register')) {
      const body = r.body as Record<string, unknown>
      for (const field of ['type', 'registerSource', 'openAccountType']) expect(typeof body[field]).toBe('number')
      for (const [key, value] of Object.entries(body)) {
        expect(value, key).not.toBe('')
        expect(value, key).not.toBeNull()
      }
      for (const field of ['country', 'loginName', 'verifyCode', 'sendToken']) expect(typeof body[field]).toBe('string')
    }
    const first = of('register')[0]!
    expect(first.rawBody).toContain('"customerGroupId":1')
    expect((first.body as Record<string, unknown>).tradeTypeCurrencyList).toEqual([{ tradeType: '5', allCurrency: 'USDT,USD' }])
  })

  it('writes phones as type 2 with +area, and SMS recipients as "86 number"', () => {
    const phone = of('register')[1]!.body as Record<string, unknown>
    expect(phone).toMatchObject({ type: 2, loginName: '13812345678', phoneArea: '+86', openAccountType: 1 })
    const sms = of('sendCode').find((r) => (r.body as { bizType: string }).bizType === 'SMS_REGISTER_VERIFICATION_CODE')!
    expect(sms.body).toMatchObject({ toUser: '86 13812345678', country: 'CN', companyId: 1001 })
    const check = of('checkStatus')[1]!.body
    expect(check).toEqual({ type: 2, loginName: '13812345678', phoneArea: '+86' })
  })

  it('sends a 19-digit company id exactly: the header as text, the send-code body as a JSON number of the same digits', async () => {
    const long = '1234567890123456789'
    const other = await platformHarness({ companyId: long })
    try {
      await other.service.sendCode(emailLogin(), 'CN')
      const send = other.sandbox.requests.find((r) => r.endpoint === 'sendCode')!
      expect(send.headers.companyid).toBe(long)
      expect(send.rawBody).toContain(`"companyId":${long}`)
      expect(send.rawBody).not.toContain('1234567890123456800')
    } finally {
      await other.close()
    }
  })

  it('sends the email code request with the email bizType and the email as toUser', () => {
    const email = of('sendCode').find((r) => (r.body as { bizType: string }).bizType === 'EMAIL_REGISTER_VERIFICATION_CODE')!
    expect((email.body as { toUser: string }).toUser).toMatch(/@example\.com$/)
  })

  it('sends registerSource and registerDevice from the device module', () => {
    for (const r of of('register')) {
      expect(r.body).toMatchObject({ registerSource: 7, registerDevice: 'Windows 10.0.22631 x64', lang: 'zh-CN' })
    }
  })

  it('honours the dictionary country and digits-only area formats when configured', async () => {
    const other = await platformHarness({ formats: { country: 'dictionary', phoneArea: 'digits' } })
    try {
      await other.service.register(await other.readyForm(phoneLogin()))
      const body = other.sandbox.requests.find((r) => r.endpoint === 'register')!.body
      expect(body).toMatchObject({ country: 'ISO_3166_156', phoneArea: '86' })
      // every call that carries a country uses the configured format: send-code too
      const send = other.sandbox.requests.find((r) => r.endpoint === 'sendCode')!.body
      expect(send).toMatchObject({ country: 'ISO_3166_156' })
    } finally {
      await other.close()
    }
  })
})
