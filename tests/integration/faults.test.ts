import { createServer } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../../electron/main/log'
import { createPlatformClient } from '../../electron/main/platform/client'
import type { FaultMode } from '../../sandbox/faults'
import { emailLogin, platformHarness } from '../support/platform-harness'

describe('transport faults map to their error kinds, and nothing throws', () => {
  let h: Awaited<ReturnType<typeof platformHarness>>
  beforeAll(async () => {
    h = await platformHarness({ timeoutMs: 600 })
  })
  afterAll(() => h.close())
  beforeEach(() => h.sandbox.faults.clear())

  const cases: [FaultMode, Record<string, unknown>, string, string][] = [
    ['http-500', {}, 'http', 'HTTP_500'],
    ['html-502', {}, 'http', 'HTTP_502'],
    ['malformed-json', {}, 'bad-response', 'NOT_JSON'],
    ['no-code', {}, 'bad-response', 'NO_CODE'],
    ['reset', {}, 'network', 'NETWORK_RESET'],
    ['rate-limit', { resetSeconds: 17 }, 'rate-limited', 'HTTP_429'],
    ['delay', { delayMs: 1500 }, 'timeout', 'TIMEOUT'],
  ]

  for (const endpoint of ['sendCode', 'register'] as const) {
    it.each(cases)(`${endpoint}: %s → %s`, async (mode, extra, kind, code) => {
      const form = await h.readyForm(emailLogin())
      h.sandbox.faults.arm(endpoint, { mode, count: 1, ...extra })
      const result = endpoint === 'sendCode' ? await h.service.sendCode(emailLogin(), 'CN') : await h.service.register(form)
      expect(result).toMatchObject({ ok: false, error: { kind, code, trace: expect.stringMatching(/^[0-9a-f-]{36}$/) } })
      if (mode === 'rate-limit' && !result.ok) expect(result.error.retryAfterSeconds).toBe(17)
    })
  }

  it('a slow answer just under the timeout still succeeds', async () => {
    const form = await h.readyForm(emailLogin())
    h.sandbox.faults.arm('register', { mode: 'delay', count: 1, delayMs: 400 })
    expect(await h.service.register(form)).toMatchObject({ ok: true, value: { status: 'registered' } })
  })

  it('slower than the timeout, answered later: the same key is kept through "too frequent" until the platform replays the customer', async () => {
    const form = await h.readyForm(emailLogin())
    // the platform takes 1.5 s; the client gives up after 0.6 s
    h.sandbox.faults.arm('register', { mode: 'delay', count: 1, delayMs: 1500 })
    expect(await h.service.register(form)).toMatchObject({ ok: false, error: { kind: 'timeout' } })
    // the clerk presses again at once: the first request is still in flight at the platform
    const second = await h.service.register(form)
    expect(second).toMatchObject({ ok: false, error: { kind: 'state', code: 'STILL_PROCESSING', retryAfterSeconds: 3 } })
    await new Promise((r) => setTimeout(r, 1200))
    // asked again with the same key: the platform replays the first answer
    const third = await h.service.register(form)
    expect(third).toMatchObject({ ok: true, value: { status: 'registered' } })
    const keys = h.sandbox.requests.filter((r) => r.endpoint === 'register').slice(-3).map((r) => r.headers['idempotency-key'])
    expect(new Set(keys).size).toBe(1)
    const login = form.login.method === 'email' ? form.login.email : ''
    expect(h.sandbox.platform.state.data.customers.filter((c) => c.email === login)).toHaveLength(1)
    if (third.ok) expect(h.sandbox.platform.state.data.customers.find((c) => c.email === login)!.customerNo).toBe(third.value.customerNo)
  })

  it('"still processing" is bounded: after the last automatic wait it stops offering one, and keeps the key', async () => {
    const form = await h.readyForm(emailLogin())
    h.sandbox.faults.arm('register', { mode: 'delay', count: 1, delayMs: 3000 })
    expect(await h.service.register(form)).toMatchObject({ ok: false, error: { kind: 'timeout' } })
    const answers = []
    for (let i = 0; i < 9; i++) answers.push(await h.service.register(form))
    expect(answers.slice(0, 8).every((a) => !a.ok && a.error.retryAfterSeconds === 3)).toBe(true)
    expect(answers[8]).toMatchObject({ ok: false, error: { code: 'STILL_PROCESSING' } })
    expect(!answers[8]!.ok && answers[8]!.error.retryAfterSeconds).toBeFalsy()
    await new Promise((r) => setTimeout(r, 3200))
    expect(await h.service.register(form)).toMatchObject({ ok: true })
  })

  it('one form is never registered twice at once: a second submit while the first waits is refused in main', async () => {
    const form = await h.readyForm(emailLogin())
    h.sandbox.faults.arm('register', { mode: 'delay', count: 1, delayMs: 300 })
    const before = h.sandbox.requests.length
    const [a, b] = await Promise.all([h.service.register(form), h.service.register(form)])
    expect([a, b].filter((r) => r.ok)).toHaveLength(1)
    expect([a, b].find((r) => !r.ok)).toMatchObject({ ok: false, error: { kind: 'state', code: 'ALREADY_SUBMITTING' } })
    expect(h.sandbox.requests.slice(before).filter((r) => r.endpoint === 'register')).toHaveLength(1)
  })

  it('a refused connection is a network error naming it', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port
        s.close(() => resolve(p))
      })
    })
    const client = createPlatformClient({
      fetch: globalThis.fetch,
      baseUrl: `http://127.0.0.1:${port}/api`,
      companyId: '1',
      timeoutMs: 1000,
      language: () => 'en-US',
      forwardedFor: () => '127.0.0.1',
      log: createMemoryLogger(),
    })
    expect(await client.checkStatus({ type: 1, loginName: 'a@b.com' })).toMatchObject({
      ok: false,
      error: { kind: 'network', code: 'NETWORK_REFUSED' },
    })
  })

  it('logs one line per call with endpoint, trace, duration and outcome', async () => {
    h.log.lines.length = 0
    await h.service.sendCode(emailLogin(), 'CN')
    const calls = h.log.lines.map((l) => JSON.parse(l)).filter((l) => l.event === 'platform.call')
    expect(calls.map((c) => c.endpoint)).toEqual(['checkStatus', 'sendCode'])
    for (const c of calls) {
      expect(c).toMatchObject({ outcome: '0', status: 200, trace: expect.any(String), durationMs: expect.any(Number) })
    }
  })
})

describe('idempotency and concurrency', () => {
  let h: Awaited<ReturnType<typeof platformHarness>>
  beforeAll(async () => {
    h = await platformHarness({ timeoutMs: 300 })
  })
  afterAll(() => h.close())

  it('a retry after a timeout returns the first customer, not a duplicate', async () => {
    const login = emailLogin()
    const form = await h.readyForm(login)
    h.sandbox.faults.arm('register', { mode: 'delay', count: 1, delayMs: 700 })
    const first = await h.service.register(form)
    expect(first).toMatchObject({ ok: false, error: { kind: 'timeout' } })
    await new Promise((r) => setTimeout(r, 600)) // the platform finishes the first request meanwhile
    const retry = await h.service.register(form)
    expect(retry).toMatchObject({ ok: true, value: { status: 'registered' } })
    const email = login.method === 'email' ? login.email : ''
    const created = h.sandbox.platform.state.data.customers.filter((c) => c.email === email)
    expect(created).toHaveLength(1)
    if (retry.ok) expect(retry.value.customerNo).toBe(created[0]!.customerNo)
    const keys = h.sandbox.requests.filter((r) => r.endpoint === 'register').slice(-2).map((r) => r.headers['idempotency-key'])
    expect(keys[0]).toBe(keys[1])
  })

  it('concurrent registrations of one login name create exactly one customer', async () => {
    const login = emailLogin()
    const email = login.method === 'email' ? login.email : ''
    const tokens = await Promise.all(
      [1, 2, 3].map(async () => {
        const sent = await h.client.sendCode({ channel: 'email', toUser: email, country: 'CN' })
        if (!sent.ok) throw new Error('send failed')
        const ticket = h.sandbox.platform.state.data.tickets.find((t) => t.token === sent.value.sendToken)!
        return { token: sent.value.sendToken, code: ticket.code }
      }),
    )
    const results = await Promise.all(
      tokens.map((t, i) =>
        h.client.register(
          { country: 'CN', loginName: email, type: 1, verifyCode: t.code, sendToken: t.token, registerSource: 7 },
          `concurrent-${i}`,
        ),
      ),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(['CUSTOMER_API_0000107', 'CUSTOMER_API_0000107'])
    expect(h.sandbox.platform.state.data.customers.filter((c) => c.email === email)).toHaveLength(1)
  })
})
