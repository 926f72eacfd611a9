import { describe, expect, it, vi } from 'vitest'
import { createProxyLogin, NOT_OFFERED } from '../../../electron/main/network/proxy-login'
import { namedProxies, proxyLoginName } from '../../../electron/main/network/proxy'
import { createMemoryLogger } from '../../../electron/main/log'
import { transportError } from '../../../electron/main/platform/transport-errors'

const challenge = { host: 'proxy.office.example', port: 8080, realm: 'office', scheme: 'basic' }
const login = { username: 'branch', password: 'proxy-secret-1' }
const offered = () => 'Lujiazui office proxy'

describe('proxy logins', () => {
  it('asks once for concurrent challenges, remembers the answer for the session, and asks again when refused', async () => {
    const ask = vi.fn()
    const proxy = createProxyLogin({ ask, remember: () => 'session', offered })
    const a = proxy.credentialsFor(challenge)
    const b = proxy.credentialsFor(challenge)
    expect(ask).toHaveBeenCalledTimes(1)
    expect(ask).toHaveBeenCalledWith(challenge, 'Lujiazui office proxy')
    proxy.answer(login)
    expect(await a).toEqual(login)
    expect(await b).toEqual(login)
    expect(await proxy.credentialsFor(challenge)).toEqual(login)
    expect(ask).toHaveBeenCalledTimes(1)
    const again = proxy.credentialsFor(challenge, true)
    expect(ask).toHaveBeenCalledTimes(2)
    proxy.answer(null)
    expect(await again).toBeNull()
  })

  it('with the preset saying "never", nothing is remembered; forget() drops what was', async () => {
    const ask = vi.fn()
    const never = createProxyLogin({ ask, remember: () => 'never', offered })
    const first = never.credentialsFor(challenge)
    never.answer(login)
    expect(await first).toEqual(login)
    const second = never.credentialsFor(challenge)
    expect(ask).toHaveBeenCalledTimes(2)
    never.answer(login)
    await second
    const session = createProxyLogin({ ask, remember: () => 'session', offered })
    const p = session.credentialsFor(challenge)
    session.answer(login)
    await p
    await session.forget('test')
    void session.credentialsFor(challenge)
    expect(session.waiting()).toBe(true)
  })

  it('offers a login only for the proxy the preset names; any other (WPAD, PAC, the system\'s) gets no prompt, is logged, and says "ask IT"', async () => {
    const ask = vi.fn()
    const log = createMemoryLogger()
    const preset = { mode: 'fixed' as const, rules: 'https=proxy.office.example:8080;http=proxy2.office.example', name: 'Lujiazui office proxy' }
    const proxy = createProxyLogin({ ask, remember: () => 'session', offered: (c) => proxyLoginName(preset, c), log })
    for (const stranger of [{ ...challenge, host: 'wpad.lan', port: 3128, realm: 'Enter your Windows password' }, { ...challenge, port: 8081 }]) {
      expect(await proxy.credentialsFor(stranger)).toBe(NOT_OFFERED)
    }
    expect(ask).not.toHaveBeenCalled()
    expect(log.lines.filter((l) => l.includes('proxy.login-not-offered'))).toHaveLength(2)
    expect(JSON.stringify(log.lines)).not.toContain('Windows password') // the stranger's realm is not even logged
    const asked = proxy.credentialsFor({ ...challenge, host: 'PROXY2.office.example', port: 80 })
    expect(ask).toHaveBeenCalledWith(expect.anything(), 'Lujiazui office proxy')
    proxy.answer(login)
    expect(await asked).toEqual(login)
    const error = transportError(Object.assign(new Error('The proxy asks for a login; ask IT (407)'), { code: 'ERR_PROXY_LOGIN_NOT_OFFERED' }), 't-1', false)
    expect(error).toMatchObject({ kind: 'network', code: 'NETWORK_PROXY_ASK_IT' })
  })

  it('reads the proxies a preset names from its fixed rules; system, direct and PAC name none', () => {
    expect([...namedProxies({ mode: 'fixed', rules: 'https=Proxy.Office.example:8080;http=http://p2.example:3128,direct://;socks=socks5://s.example' })!.endpoints]).toEqual([
      'proxy.office.example:8080',
      'p2.example:3128',
      's.example:1080',
    ])
    expect(namedProxies({ mode: 'fixed', rules: 'proxy.office.example:8080' })!.name).toBe('proxy.office.example:8080')
    for (const mode of [{ mode: 'system' as const }, { mode: 'direct' as const }, { mode: 'pac' as const, url: 'http://wpad/wpad.dat' }, undefined]) expect(namedProxies(mode)).toBeUndefined()
  })
})
