import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createProxyLogin } from '../../../electron/main/network/proxy-login'
import { electronMock, fake, FakeClientRequest } from '../../support/electron-mock'

vi.mock('electron', () => ({ default: electronMock, ...electronMock }))

/**
 * `network.proxyLogin: "never"` promises "asked every time": Chromium's auth cache is emptied once the call the clerk's
 * login served ends, however it ends. The red team: a call cut by its deadline (the platform client's, the connection
 * check's) calls `req.abort()`, and Electron's abort() emits 'abort'/'close', never 'error', so the cache kept the
 * clerk's login for every later call. The stand-in request emits nothing on abort(), as Electron emits no 'error'.
 */
const alice = { username: 'alice', password: 'Alice-AD-Passw0rd!' }

describe('"never": every way a call ends empties Chromium\'s copy of the login', () => {
  let server: Server
  let url = ''
  beforeAll(async () => {
    server = createServer(() => {}) // a slow platform: no answer at all
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    fake.proxyChallenge = { host: 'proxy.sh01.broker.example', port: 8080, realm: 'Branch', scheme: 'basic' }
  })
  afterAll(() => {
    fake.proxyChallenge = undefined
    server.closeAllConnections()
    server.close()
  })

  async function setUp() {
    const clearCaches = vi.fn(async () => {})
    const proxyLogin = createProxyLogin({ ask: () => setImmediate(() => proxyLogin.answer(alice)), remember: () => 'never', offered: () => 'Branch proxy', clearCaches })
    // imported here: the module reads the mocked electron, which exists once the support module has loaded
    const { netFetchWithProxyLogin } = await import('../../../electron/main/network/net-fetch')
    return { clearCaches, fetch: netFetchWithProxyLogin(proxyLogin) }
  }

  /** the request the login answered (the stand-in records the callback's answer) */
  async function answeredRequest(): Promise<FakeClientRequest> {
    let request: FakeClientRequest | undefined
    await vi.waitFor(() => {
      request = FakeClientRequest.instances.at(-1)
      expect(request?.loginAnswer?.[0]).toBe('alice')
    })
    return request!
  }

  it('a deadline (the caller\'s signal) aborts the call: the cache is emptied, the call fails', async () => {
    const { clearCaches, fetch } = await setUp()
    await expect(fetch(url, { signal: AbortSignal.timeout(300) })).rejects.toBeDefined()
    await vi.waitFor(() => expect(clearCaches).toHaveBeenCalledTimes(1))
    expect(FakeClientRequest.instances.at(-1)!.abort).toHaveBeenCalled()
  })

  for (const event of ['abort', 'close'] as const) {
    it(`Electron ends the call with '${event}' and no answer: the cache is emptied and the call fails instead of hanging`, async () => {
      const { clearCaches, fetch } = await setUp()
      const call = fetch(url)
      const request = await answeredRequest()
      expect(clearCaches).not.toHaveBeenCalled() // still on its way: the login is still serving it
      request.emit(event)
      await expect(call).rejects.toMatchObject({ code: 'ERR_ABORTED' })
      await vi.waitFor(() => expect(clearCaches).toHaveBeenCalledTimes(1))
    })
  }

  it('a login that arrives after the call ended is not given to Chromium at all', async () => {
    let answer!: () => void
    const clearCaches = vi.fn(async () => {})
    const proxyLogin = createProxyLogin({ ask: () => void (answer = () => proxyLogin.answer(alice)), remember: () => 'never', offered: () => 'Branch proxy', clearCaches })
    const { netFetchWithProxyLogin } = await import('../../../electron/main/network/net-fetch')
    const call = netFetchWithProxyLogin(proxyLogin)(url, { signal: AbortSignal.timeout(200) })
    await expect(call).rejects.toBeDefined()
    await vi.waitFor(() => expect(answer).toBeTypeOf('function'))
    answer() // the clerk types the login after the deadline
    const request = FakeClientRequest.instances.at(-1)!
    await vi.waitFor(() => expect(request.loginAnswer).toBeDefined())
    expect(request.loginAnswer?.[0]).toBeUndefined()
  })
})
