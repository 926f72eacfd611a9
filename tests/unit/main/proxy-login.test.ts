import { describe, expect, it, vi } from 'vitest'
import { createProxyLogin } from '../../../electron/main/network/proxy-login'

const challenge = { host: 'proxy.office.example', port: 8080, realm: 'office', scheme: 'basic' }
const login = { username: 'branch', password: 'proxy-secret-1' }

describe('proxy logins', () => {
  it('asks once for concurrent challenges, remembers the answer for the session, and asks again when refused', async () => {
    const ask = vi.fn()
    const proxy = createProxyLogin({ ask, remember: () => 'session' })
    const a = proxy.credentialsFor(challenge)
    const b = proxy.credentialsFor(challenge)
    expect(ask).toHaveBeenCalledTimes(1)
    expect(ask).toHaveBeenCalledWith(challenge)
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
    const never = createProxyLogin({ ask, remember: () => 'never' })
    const first = never.credentialsFor(challenge)
    never.answer(login)
    expect(await first).toEqual(login)
    const second = never.credentialsFor(challenge)
    expect(ask).toHaveBeenCalledTimes(2)
    never.answer(login)
    await second
    const session = createProxyLogin({ ask, remember: () => 'session' })
    const p = session.credentialsFor(challenge)
    session.answer(login)
    await p
    session.forget()
    void session.credentialsFor(challenge)
    expect(session.waiting()).toBe(true)
  })
})
