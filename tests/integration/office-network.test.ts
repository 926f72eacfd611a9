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
