import { ProxyAgent, type Dispatcher } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FetchFn } from '../../electron/main/platform/client'
import { connectProxy } from '../support/connect-proxy'
import { emailLogin, platformHarness } from '../support/platform-harness'
import { privateCa } from '../support/private-ca'

/**
 * Platform calls through an office proxy to a platform whose certificate comes from the office's own CA, at the
 * service tier: the real client and registration service, the strict sandbox over https, a CONNECT proxy on 127.0.0.1.
 * Node's fetch stands in for Electron's net.fetch: the undici dispatcher plays the session's proxy setting and the CA
 * the OS store. Only the real thing confirms Chromium's own proxy resolution (system, PAC) and store lookup.
 */
const through = (dispatcher: Dispatcher): FetchFn => (input, init) => globalThis.fetch(input, { ...init, dispatcher } as RequestInit)

describe('office networks: a proxy and a private CA', () => {
  const tls = privateCa()
  let proxy: Awaited<ReturnType<typeof connectProxy>>
  beforeAll(async () => {
    proxy = await connectProxy()
  })
  afterAll(() => proxy.close())

  it('every platform call goes through the configured proxy, trusting the office CA: a whole registration', async () => {
    const h = await platformHarness({ sandbox: { tls }, fetch: through(new ProxyAgent({ uri: proxy.url, requestTls: { ca: tls.ca } })) })
    try {
      const sandboxHost = new URL(h.sandbox.url).host
      proxy.targets.length = 0
      const form = await h.readyForm(emailLogin())
      expect(await h.service.register(form)).toMatchObject({ ok: true, value: { status: 'registered' } })
      expect(h.sandbox.requests.map((r) => r.endpoint)).toEqual(['checkStatus', 'sendCode', 'register'])
      expect(proxy.targets.length).toBeGreaterThan(0)
      expect(new Set(proxy.targets)).toEqual(new Set([sandboxHost]))
    } finally {
      await h.close()
    }
  })

  it('with the proxy gone, every call says so (proxy refused), and nothing reaches the platform', async () => {
    const gone = await connectProxy()
    await gone.close()
    const h = await platformHarness({ sandbox: { tls }, fetch: through(new ProxyAgent({ uri: gone.url, requestTls: { ca: tls.ca } })) })
    try {
      const sent = await h.service.sendCode(emailLogin(), 'CN')
      expect(sent).toMatchObject({ ok: false, error: { kind: 'network', code: 'NETWORK_PROXY_REFUSED' } })
      expect(h.sandbox.requests).toHaveLength(0)
    } finally {
      await h.close()
    }
  })

  it('a proxy that wants a login: "proxy login required", and with the login the call goes through', async () => {
    const guarded = await connectProxy({ login: { user: 'branch', password: 'proxy-secret-1' } })
    const without = await platformHarness({ sandbox: { tls }, fetch: through(new ProxyAgent({ uri: guarded.url, requestTls: { ca: tls.ca } })) })
    const withLogin = await platformHarness({
      sandbox: { tls },
      fetch: through(new ProxyAgent({ uri: guarded.url, token: `Basic ${Buffer.from('branch:proxy-secret-1').toString('base64')}`, requestTls: { ca: tls.ca } })),
    })
    try {
      expect(await without.service.sendCode(emailLogin(), 'CN')).toMatchObject({ ok: false, error: { code: 'NETWORK_PROXY_AUTH' } })
      expect(await withLogin.service.sendCode(emailLogin(), 'CN')).toMatchObject({ ok: true })
    } finally {
      await without.close()
      await withLogin.close()
      await guarded.close()
    }
  })

  it('a certificate this PC does not trust: the specific "certificate not trusted" error naming the host, nothing sent', async () => {
    const h = await platformHarness({ sandbox: { tls }, fetch: through(new ProxyAgent({ uri: proxy.url })) })
    try {
      const host = new URL(h.sandbox.url).host
      const sent = await h.service.sendCode(emailLogin(), 'CN')
      expect(sent).toMatchObject({ ok: false, error: { kind: 'network', code: 'NETWORK_CERT_UNTRUSTED', params: [host] } })
      expect(h.sandbox.requests).toHaveLength(0)
    } finally {
      await h.close()
    }
  })
})

describe('the connection check (read-only)', () => {
  it('reports host, proxy, DNS, TLS and the harmless call with timings and the clock offset, and registers nothing', async () => {
    const { checkConnection } = await import('../../electron/main/network/connection-check')
    const { tlsHandshake } = await import('../../electron/main/network/tls-handshake')
    const tls = privateCa()
    const h = await platformHarness({ sandbox: { tls }, fetch: through(new (await import('undici')).Agent({ connect: { ca: tls.ca } })) })
    try {
      const report = await checkConnection({
        baseUrl: h.sandbox.apiUrl,
        resolveProxy: async () => 'DIRECT',
        lookup: async () => ['127.0.0.1'],
        tlsHandshake: (host, port) => tlsHandshake(host, port),
        probe: () => h.client.probe(),
        facts: { version: '0.1.0', registerSource: 7 },
        now: () => Date.now() - 95_000, // this PC's clock is 95 s behind the platform's
      })
      expect(report).toMatchObject({
        platformHost: new URL(h.sandbox.url).host,
        proxy: 'DIRECT',
        dns: { outcome: 'ok', detail: '127.0.0.1' },
        // Node's own TLS does not trust the office CA (only the OS store would): the report says so
        tls: { outcome: 'failed' },
        http: { outcome: 'ok', status: 200, detail: 'platform code 0' },
        appVersion: '0.1.0',
        registerSource: 7,
      })
      expect(report.http.ms).toBeGreaterThanOrEqual(0)
      expect(report.clockOffsetSeconds).toBeGreaterThanOrEqual(93)
      expect(report.clockOffsetSeconds).toBeLessThanOrEqual(97)
      expect(report.trace).toMatch(/^[0-9a-f-]{36}$/)
      expect(h.sandbox.requests.map((r) => r.endpoint)).toEqual(['checkStatus'])
      expect(h.sandbox.platform.state.data.customers).toHaveLength(0)
      expect(h.sandbox.platform.state.data.tickets).toHaveLength(0)
    } finally {
      await h.close()
    }
  })

  it('through a proxy: DNS and TLS are the proxy\'s, the call still measured', async () => {
    const { checkConnection } = await import('../../electron/main/network/connection-check')
    const h = await platformHarness()
    try {
      const report = await checkConnection({
        baseUrl: 'https://api.broker.example/api',
        resolveProxy: async () => 'PROXY proxy.office.example:8080',
        lookup: async () => {
          throw Object.assign(new Error('no'), { code: 'ENOTFOUND' })
        },
        tlsHandshake: async () => {
          throw new Error('not called')
        },
        probe: () => h.client.probe(),
        facts: { version: '0.1.0', registerSource: 8 },
      })
      expect(report).toMatchObject({ proxy: 'PROXY proxy.office.example:8080', dns: { outcome: 'skipped' }, tls: { outcome: 'skipped' }, http: { outcome: 'ok' } })
    } finally {
      await h.close()
    }
  })
})
