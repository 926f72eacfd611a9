import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { defaultConfig, type DeskConfig } from '../../../electron/main/config'
import { createMemoryLogger } from '../../../electron/main/log'
import { createProxyLogin } from '../../../electron/main/network/proxy-login'
import { electronMock, fake } from '../../support/electron-mock'
import { testServices } from '../../support/services'

vi.mock('electron', () => ({ default: electronMock, ...electronMock }))

/**
 * The office proxy's login belongs to the clerk who typed it (the red team: the next clerk's platform calls and the
 * updater's downloads went out as the first clerk, whose password stayed in main's memory; Chromium's own auth cache
 * kept answering the proxy, so "never" did not ask every time either).
 */
const office: DeskConfig = {
  ...defaultConfig,
  staff: { ...defaultConfig.staff, enabled: true },
  proxy: { mode: 'fixed', rules: 'proxy.sh01.broker.example:8080', name: 'Lujiazui branch proxy' },
  proxyLoginRemember: 'session',
}
const challenge = { host: 'proxy.sh01.broker.example', port: 8080, realm: 'Branch', scheme: 'basic' }
const alice = { username: 'alice', password: 'Alice-AD-Passw0rd!' }
const offered = () => 'Lujiazui branch proxy'

describe('the end of a shift takes the proxy login with it', () => {
  it('after "end shift", main no longer answers the proxy with the first clerk\'s login, and Chromium\'s cache is emptied', async () => {
    const clearCaches = vi.fn(async () => {})
    const log = createMemoryLogger()
    const proxyLogin = createProxyLogin({ ask: () => {}, remember: () => 'session', offered, clearCaches, log })
    const { services } = await testServices({ config: { ok: true, config: office }, proxyLogin })
    try {
      const h = services.handlers
      expect(await h['desk:staff:start']('alice')).toMatchObject({ ok: true })
      const first = services.proxyLogin.credentialsFor(challenge)
      await h['desk:network:proxy-login'](alice)
      expect(await first).toEqual(alice)
      expect(services.proxyLogin.known(challenge)).toEqual(alice)

      await h['desk:registration:next-customer'](undefined)
      expect(clearCaches).not.toHaveBeenCalled() // a customer is not a shift
      expect(await h['desk:staff:end'](undefined)).toMatchObject({ ok: true })
      expect(await h['desk:staff:start']('bob')).toMatchObject({ ok: true })
      expect(services.proxyLogin.known(challenge), 'alice\'s proxy login must not survive her shift').toBeUndefined()
      expect(clearCaches).toHaveBeenCalledTimes(1)
      expect(log.lines.filter((l) => l.includes('proxy.login-forgotten'))).toHaveLength(1)
      expect(log.lines.join('\n')).not.toContain(alice.password)

      // another clerk's shift started without "end shift" is a shift change too
      const bobs = services.proxyLogin.credentialsFor(challenge)
      await h['desk:network:proxy-login']({ username: 'bob', password: 'Bob-Passw0rd!' })
      await bobs
      expect(await h['desk:staff:start']('carol')).toMatchObject({ ok: true })
      expect(services.proxyLogin.known(challenge)).toBeUndefined()
      expect(clearCaches).toHaveBeenCalledTimes(2)
    } finally {
      await services.close()
    }
  })

  it('a prompt still open when the shift ends is cancelled: the next clerk\'s answer cannot serve the last clerk\'s call', async () => {
    const proxyLogin = createProxyLogin({ ask: () => {}, remember: () => 'session', offered })
    const waiting = proxyLogin.credentialsFor(challenge)
    await proxyLogin.forget('shift ended')
    expect(await waiting).toBeNull()
    proxyLogin.answer(alice) // answered after the end: nothing was waiting, nothing is kept
    expect(proxyLogin.known(challenge)).toBeUndefined()
  })

  it('a cache that cannot be cleared is logged, and ours is gone anyway', async () => {
    const log = createMemoryLogger()
    const proxyLogin = createProxyLogin({ ask: () => {}, remember: () => 'session', offered, clearCaches: async () => Promise.reject(new Error('session destroyed')), log })
    const p = proxyLogin.credentialsFor(challenge)
    proxyLogin.answer(alice)
    await p
    await proxyLogin.forget('shift ended')
    expect(proxyLogin.known(challenge)).toBeUndefined()
    expect(log.lines.filter((l) => l.includes('proxy.auth-cache-not-cleared'))).toHaveLength(1)
  })
})

/** net.request (mocked electron) against a local server, the proxy's challenge raised by the stand-in request. */
describe('"never" asks every time: Chromium\'s copy goes once the call it served has its answer', () => {
  let server: Server
  let url = ''
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    fake.proxyChallenge = challenge
  })
  afterAll(() => {
    fake.proxyChallenge = undefined
    server.close()
  })

  for (const remember of ['never', 'session'] as const) {
    it(`${remember}: ${remember === 'never' ? 'asked for each call, the cache emptied after each' : 'asked once, the cache kept'}`, async () => {
      const clearCaches = vi.fn(async () => {})
      const proxyLogin = createProxyLogin({ ask: () => setImmediate(() => proxyLogin.answer(alice)), remember: () => remember, offered, clearCaches })
      const ask = vi.spyOn(proxyLogin, 'answer')
      // imported here: the module reads the mocked electron, which exists once the support module has loaded
      const { netFetchWithProxyLogin } = await import('../../../electron/main/network/net-fetch')
      const fetch = netFetchWithProxyLogin(proxyLogin)
      for (let call = 0; call < 2; call++) expect(await (await fetch(url)).text()).toBe('ok')
      expect(ask).toHaveBeenCalledTimes(remember === 'never' ? 2 : 1)
      expect(clearCaches).toHaveBeenCalledTimes(remember === 'never' ? 2 : 0)
    })
  }
})
