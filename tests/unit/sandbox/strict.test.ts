import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { startSandbox, type Sandbox } from '../../../sandbox/server'
import { takeViolations } from '../../support/violations-guard'

const SEND = '/api/global/message.app.VerificationApiService.verifyCodeSend'
const REGISTER = '/api/register/customer.app.CustomerWebApiService.register'
const CHECK = '/api/global/customer.app.CustomerWebApiService.checkStatus'

const headers = (extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  version: '0.0.1',
  companyId: '1001',
  trace: randomUUID(),
  lang: 'en-US',
  'X-Forwarded-For': '203.0.113.7',
  ...extra,
})

async function post(sb: Sandbox, path: string, body: unknown, h: Record<string, string> = headers(), signal?: AbortSignal) {
  const res = await fetch(sb.url + path, { method: 'POST', headers: h, body: typeof body === 'string' ? body : JSON.stringify(body), signal })
  return (await res.json()) as Record<string, any>
}

const rules = () => takeViolations().map((v) => v.rule)
const email = () => `s${randomUUID().slice(0, 8)}@example.com`

describe('the strict sandbox names every deviation from the contract', () => {
  let sb: Sandbox
  afterEach(() => sb?.close())

  it('a clean request records nothing', async () => {
    sb = await startSandbox()
    await post(sb, SEND, { bizType: 'EMAIL_REGISTER_VERIFICATION_CODE', toUser: email(), country: 'CN', companyId: 1001 })
    expect(rules()).toEqual([])
  })

  it('header formats: a UUID trace, a known lang, an IP in X-Forwarded-For', async () => {
    sb = await startSandbox()
    await post(sb, CHECK, { type: 1, loginName: 'a@b.co' }, headers({ trace: 'abc' }))
    await post(sb, CHECK, { type: 1, loginName: 'a@b.co' }, headers({ lang: 'klingon' }))
    await post(sb, REGISTER, { country: 'CN', loginName: 'a@b.co', type: 1, verifyCode: '1', sendToken: 'x', registerSource: 9 }, headers({ 'X-Forwarded-For': 'my-pc' }))
    expect(rules()).toEqual(['header.trace', 'header.lang', 'header.x-forwarded-for'])
  })

  it('field types, lengths, empties, required fields and unknown fields', async () => {
    sb = await startSandbox()
    await post(sb, REGISTER, {
      country: 'CN',
      loginName: 'a@b.co',
      type: 1,
      verifyCode: '1',
      sendToken: 'x'.repeat(200),
      registerSource: 9,
      utmSource: '',
      customerGroupId: '2',
      nickname: 'Ann',
    })
    expect(rules().sort()).toEqual(['body.empty', 'body.length', 'body.type', 'body.unknown-field'].sort())
    await post(sb, CHECK, { loginName: 'a@b.co' })
    expect(rules()).toEqual(['body.required'])
  })

  it('country and phoneArea in the configured formats, and one country from send-code to register', async () => {
    sb = await startSandbox({ formats: { country: 'alpha2', phoneArea: 'plus' } })
    await post(sb, SEND, { bizType: 'SMS_REGISTER_VERIFICATION_CODE', toUser: '86 13800000000', country: 'ISO_3166_156' })
    await post(sb, REGISTER, { country: 'CN', loginName: '13800000000', phoneArea: '86', type: 2, verifyCode: '1', sendToken: 'x', registerSource: 9 })
    expect(rules()).toEqual(['body.country-format', 'body.phone-area-format', 'body.country-consistent'])
  })

  it('the send-code company id as the exact digits of the header, and thirdServerCode only with its source', async () => {
    sb = await startSandbox()
    await post(sb, SEND, '{"bizType":"EMAIL_REGISTER_VERIFICATION_CODE","toUser":"c@d.co","country":"CN","companyId":"1001"}')
    await post(sb, SEND, '{"bizType":"EMAIL_REGISTER_VERIFICATION_CODE","toUser":"e@f.co","country":"CN","companyId":1234567890123456800}', headers({ companyId: '1234567890123456789' }))
    await post(sb, REGISTER, { country: 'CN', loginName: 'a@b.co', type: 1, verifyCode: '1', sendToken: 'x', registerSource: 9, thirdServerCode: 'AG-1' })
    expect(rules()).toEqual(['body.type', 'body.company-id', 'body.company-id', 'body.third-server-pair'])
  })

  it('the same idempotency key with another body, and a duplicate while the client still waits for the first', async () => {
    sb = await startSandbox()
    const body = { country: 'CN', loginName: email(), type: 1, verifyCode: '1', sendToken: 'x', registerSource: 9 }
    await post(sb, REGISTER, body, headers({ 'idempotency-key': 'k-1' }))
    await post(sb, REGISTER, { ...body, verifyCode: '2' }, headers({ 'idempotency-key': 'k-1' }))
    expect(rules()).toEqual(['idempotency.same-key-other-body'])

    sb.faults.arm('register', { mode: 'delay', count: 1, delayMs: 600 })
    const first = post(sb, REGISTER, { ...body, loginName: email() }, headers({ 'idempotency-key': 'k-2' }))
    await new Promise((r) => setTimeout(r, 100))
    const second = await post(sb, REGISTER, { ...body, loginName: email() }, headers({ 'idempotency-key': 'k-2' }))
    expect(second.code).toBe('GATEWAY_CODE_018')
    await first
    expect(rules()).toEqual(['idempotency.same-key-other-body', 'idempotency.concurrent-duplicate'])
  })

  it('a duplicate after the client gave up on the first (its connection closed) is legitimate', async () => {
    sb = await startSandbox()
    const body = { country: 'CN', loginName: email(), type: 1, verifyCode: '1', sendToken: 'x', registerSource: 9 }
    sb.faults.arm('register', { mode: 'delay', count: 1, delayMs: 600 })
    const controller = new AbortController()
    const first = post(sb, REGISTER, body, headers({ 'idempotency-key': 'k-3' }), controller.signal).catch(() => 'aborted')
    await new Promise((r) => setTimeout(r, 100))
    controller.abort()
    expect(await first).toBe('aborted')
    await new Promise((r) => setTimeout(r, 50))
    expect((await post(sb, REGISTER, body, headers({ 'idempotency-key': 'k-3' }))).code).toBe('GATEWAY_CODE_018')
    expect(rules()).toEqual([])
  })

  it('lenient mode (practice) records nothing', async () => {
    sb = await startSandbox({ strict: false })
    await post(sb, CHECK, { type: 1, loginName: 'a@b.co', surprise: true }, headers({ trace: 'abc' }))
    expect(sb.violations).toEqual([])
    expect(rules()).toEqual([])
  })
})
