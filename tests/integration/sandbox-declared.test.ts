import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { configFromEnv } from '../../electron/main/config'
import { startSandbox, type Sandbox } from '../../sandbox/server'
import { testServices } from '../support/services'

/**
 * A developer's local reverse proxy to a platform, on 127.0.0.1: it forwards /api/ and records every path it is asked
 * for. Only a platform declared a sandbox (or the embedded one) may be asked for codes; any other loopback platform
 * never sees a /sandbox/ request.
 */
describe('codes are read only from a sandbox, never from any loopback platform', () => {
  let sandbox: Sandbox
  let proxy: Server
  let apiUrl: string
  const seen: string[] = []

  beforeAll(async () => {
    sandbox = await startSandbox()
    proxy = createServer(async (req, res) => {
      seen.push(req.url ?? '')
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const upstream = await fetch(`${sandbox.url}${req.url}`, {
        method: req.method,
        headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length')) as Record<string, string>,
        body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
      })
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' }).end(await upstream.text())
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    apiUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api`
  })
  afterAll(async () => {
    await new Promise((resolve) => proxy.close(resolve))
    await sandbox.close()
  })

  const sendCodeWith = async (env: Record<string, string>) => {
    const { services } = await testServices({ config: configFromEnv({ DESK_API_URL: apiUrl, DESK_COMPANY_ID: '1001', ...env }, false) })
    try {
      const sent = await services.registration!.sendCode({ method: 'email', email: `p${Date.now()}@example.com` }, 'CN')
      return { sent, info: services.app.info() }
    } finally {
      await services.close()
    }
  }

  it('an undeclared loopback platform is a platform: no code request, no "Sandbox" in the status line', async () => {
    seen.length = 0
    const { sent, info } = await sendCodeWith({})
    expect(sent).toMatchObject({ ok: true })
    expect(sent.ok && sent.value.sandboxCode).toBeFalsy()
    expect(seen.some((p) => p.startsWith('/sandbox/'))).toBe(false)
    expect(seen.some((p) => p.includes('verifyCodeSend'))).toBe(true)
    expect(info.sandbox).toBe(false)
  })

  it('declared a sandbox (DESK_PLATFORM_IS_SANDBOX=1), it is asked for the code and says "Sandbox"', async () => {
    seen.length = 0
    const { sent, info } = await sendCodeWith({ DESK_PLATFORM_IS_SANDBOX: '1' })
    expect(sent.ok && sent.value.sandboxCode).toMatch(/^\d{6}$/)
    expect(seen.some((p) => p.startsWith('/sandbox/code'))).toBe(true)
    expect(info.sandbox).toBe(true)
  })

  it('a sandbox declaration for a platform that is not on this machine is a configuration problem', () => {
    expect(configFromEnv({ DESK_API_URL: 'https://api.broker.example/api', DESK_COMPANY_ID: '1', DESK_PLATFORM_IS_SANDBOX: 'true' }, false)).toMatchObject({
      ok: false,
      problem: { field: 'DESK_PLATFORM_IS_SANDBOX' },
    })
  })
})
