import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startSandbox, type Sandbox } from '../../../sandbox/server'
import { takeViolations } from '../../support/violations-guard'

const SEND = '/api/global/message.app.VerificationApiService.verifyCodeSend'
const REGISTER = '/api/register/customer.app.CustomerWebApiService.register'
const CHECK = '/api/global/customer.app.CustomerWebApiService.checkStatus'

function headers(extra: Record<string, string> = {}) {
  return { 'content-type': 'application/json', version: '0.0.1', companyId: '1001', trace: randomUUID(), lang: 'en-US', ...extra }
}

async function post(sb: Sandbox, path: string, body: unknown, h: Record<string, string> = headers()) {
  const res = await fetch(sb.url + path, { method: 'POST', headers: h, body: JSON.stringify(body) })
  return { status: res.status, json: (await res.json()) as Record<string, any> }
}

const withForwarded = () => headers({ 'X-Forwarded-For': '127.0.0.1' })

describe('the sandbox over raw HTTP (curl-equivalent)', () => {
  let sb: Sandbox
  afterEach(() => sb?.close())

  it('answers the full envelope shape and a full registration', async () => {
    sb = await startSandbox()
    const send = await post(sb, SEND, { bizType: 'EMAIL_REGISTER_VERIFICATION_CODE', toUser: 'zoe@example.com', country: 'CN' })
    expect(send.json).toMatchObject({ code: '0', ok: true, fail: false, bizCode: 'US', data: { token: expect.any(String) } })
    expect(Object.keys(send.json).sort()).toEqual(['bizCode', 'code', 'data', 'fail', 'msg', 'msgParams', 'ok', 'tm', 'trace'])
    const code = ((await (await fetch(`${sb.url}/sandbox/code?toUser=zoe@example.com`)).json()) as { code: string }).code
    expect(code).toMatch(/^\d{6}$/)
    const reg = await post(
      sb,
      REGISTER,
      { country: 'CN', loginName: 'zoe@example.com', type: 1, verifyCode: code, sendToken: send.json.data.token, registerSource: 9 },
      withForwarded(),
    )
    expect(reg.json).toMatchObject({
      code: '0',
      data: { customerNo: expect.stringMatching(/^\d+$/), list: expect.any(Array), token: expect.any(String) },
    })
    const check = await post(sb, CHECK, { type: 1, loginName: 'zoe@example.com' })
    expect(check.json.data).toEqual({ status: 1 })
  })

  it('refuses missing headers, X-Forwarded-For on register included, naming the header in every language', async () => {
    sb = await startSandbox()
    const noTrace: Record<string, string> = headers()
    delete noTrace.trace
    // strictly, like the platform: msg keeps its %s, msgParams are for the client to fill
    expect((await post(sb, CHECK, { type: 1, loginName: 'a@b.com' }, noTrace)).json).toMatchObject({
      code: 'GATEWAY_CODE_006',
      msg: 'Missing required header: %s',
      msgParams: 'trace',
      bizCode: 'G',
    })
    const reg = await post(sb, REGISTER, {}, headers({ lang: 'zh-CN' }))
    expect(reg.json).toMatchObject({ code: 'GATEWAY_CODE_006', msg: '缺少必填请求头：%s', msgParams: 'x-forwarded-for' })
    const hk = await post(sb, REGISTER, {}, headers({ lang: 'zh-HK' }))
    expect(hk.json).toMatchObject({ code: 'GATEWAY_CODE_006', msg: '缺少必填的請求標頭：%s', msgParams: 'x-forwarded-for' })
  })

  it('leniently (practice), it fills the placeholders itself', async () => {
    sb = await startSandbox({ strict: false })
    const noTrace: Record<string, string> = headers()
    delete noTrace.trace
    expect((await post(sb, CHECK, { type: 1, loginName: 'a@b.com' }, noTrace)).json).toMatchObject({ msg: 'Missing required header: trace' })
  })

  it('validates types: a string where an integer belongs is an illegal parameter', async () => {
    sb = await startSandbox()
    const reg = await post(
      sb,
      REGISTER,
      { country: 'CN', loginName: 'a@b.com', type: '1', verifyCode: '1', sendToken: 'x', registerSource: 7 },
      withForwarded(),
    )
    expect(reg.json).toMatchObject({ code: 'CUSTOMER_API_0000501', msgParams: 'type' })
    expect(takeViolations().map((v) => v.rule)).toEqual(['body.type'])
    const mismatch = await post(
      sb,
      REGISTER,
      { country: 'CN', loginName: 'not-a-phone', type: 2, verifyCode: '1', sendToken: 'x', registerSource: 7 },
      withForwarded(),
    )
    expect(mismatch.json.code).toBe('CUSTOMER_API_0000136')
  })

  it('allows 5 sends per recipient per half hour, then says how long to wait', async () => {
    let now = 1_800_000_000_000
    sb = await startSandbox({ now: () => now })
    const body = { bizType: 'SMS_REGISTER_VERIFICATION_CODE', toUser: '86 13800000000', country: 'CN' }
    for (let i = 0; i < 5; i++) {
      expect((await post(sb, SEND, body)).json.code).toBe('0')
      now += 60_000
    }
    const sixth = await post(sb, SEND, body)
    expect(sixth.json).toMatchObject({ code: 'GATEWAY_CODE_018', msgParams: String(25 * 60) })
    now += 26 * 60_000
    expect((await post(sb, SEND, body)).json.code).toBe('0')
  })

  it('keeps customers across a restart when given a data file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sb-')), 'state.json')
    sb = await startSandbox({ dataFile: file })
    const send = await post(sb, SEND, { bizType: 'EMAIL_REGISTER_VERIFICATION_CODE', toUser: 'kept@example.com', country: 'CN' })
    const registered = await post(
      sb,
      REGISTER,
      {
        country: 'CN',
        loginName: 'kept@example.com',
        type: 1,
        verifyCode: sb.latestCode('kept@example.com'),
        sendToken: send.json.data.token,
        registerSource: 9,
      },
      withForwarded(),
    )
    expect(registered.json.code).toBe('0')
    await sb.close()
    sb = await startSandbox({ dataFile: file })
    expect((await post(sb, CHECK, { type: 1, loginName: 'kept@example.com' })).json.data).toEqual({ status: 1 })
  })

  it('arms faults over its control endpoint and refuses unknown modes', async () => {
    sb = await startSandbox()
    const arm = await fetch(`${sb.url}/sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'checkStatus', mode: 'http-500', count: 1 }),
    })
    expect(arm.status).toBe(200)
    const res = await fetch(sb.url + CHECK, { method: 'POST', headers: headers(), body: '{}' })
    expect(res.status).toBe(500)
    const after = await post(sb, CHECK, { type: 1, loginName: 'a@b.com' })
    expect(after.json.code).toBe('0')
    const bad = await fetch(`${sb.url}/sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'checkStatus', mode: 'explode', count: 1 }),
    })
    expect(bad.status).toBe(400)
  })
})

describe('the sandbox against a web page on the same PC and other local processes', () => {
  let sb: Sandbox | undefined
  afterEach(() => sb?.close())

  it('refuses any request whose Host is not this machine (DNS rebinding), API and control alike', async () => {
    sb = await startSandbox()
    const port = new URL(sb.url).port
    const { request } = await import('node:http')
    const status = (path: string, host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers: { host } }, (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        })
        req.on('error', reject)
        req.end()
      })
    expect(await status('/sandbox/requests', `rebind.evil.example:${port}`)).toBe(403)
    expect(await status('/sandbox/code?toUser=a@b.co', 'evil.example')).toBe(403)
    expect(await status(SEND, `rebind.evil.example:${port}`)).toBe(403)
    expect(await status('/sandbox/health', `127.0.0.1:${port}`)).toBe(200)
    expect(await status('/sandbox/health', `localhost:${port}`)).toBe(200)
    expect(await status('/sandbox/health', 'localhost:8080')).toBe(200) // a local relay in front of it
    expect(await status('/sandbox/health', `127.0.0.1.evil.example:${port}`)).toBe(403)
  })

  it('embedded in the app, it has no control endpoints at all (the app reads codes in-process)', async () => {
    sb = await startSandbox({ control: false })
    for (const path of ['/sandbox/requests', '/sandbox/code?toUser=a@b.co', '/sandbox/customers', '/sandbox/violations']) {
      expect((await fetch(sb.url + path)).status).toBe(404)
    }
  })
})
