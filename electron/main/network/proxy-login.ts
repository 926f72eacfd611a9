import type { EventPayloads } from '@contract/channels'
import type { Logger } from '../log'

/** A proxy's login challenge, as Chromium reports it (never anything about the platform or the customer). */
export interface ProxyChallenge {
  host: string
  port: number
  realm: string
  scheme: string
}

export interface ProxyCredentials {
  username: string
  password: string
}

/**
 * Proxy logins for platform calls. When the office proxy (the one the preset names) asks (Basic/Digest; Windows integrated NTLM/Kerberos needs no
 * prompt), the clerk is asked once on screen; the answer is kept in main's memory for the session (or not at all, when
 * the preset says `network.proxyLogin: "never"`), never written anywhere. Concurrent challenges share one prompt.
 */
/** The answer for a proxy the preset does not name: no prompt, and the call says "ask IT". */
export const NOT_OFFERED = 'not-offered'

export interface ProxyLoginOptions {
  /** shows the prompt, naming the proxy by the preset's name for it */
  ask: (challenge: ProxyChallenge, name: string) => void
  remember: () => 'session' | 'never'
  /** the preset's name for this proxy (network/proxy.ts proxyLoginName); undefined: not the office's proxy */
  offered: (challenge: ProxyChallenge) => string | undefined
  log?: Logger
}

export function createProxyLogin(options: ProxyLoginOptions) {
  const remembered = new Map<string, ProxyCredentials>()
  let pending: { key: string; waiters: ((answer: ProxyCredentials | null) => void)[] } | undefined
  const keyOf = (c: ProxyChallenge) => `${c.host}:${c.port}`

  return {
    /** credentials for this proxy: remembered ones, else the clerk's answer; null when the clerk cancels */
    credentialsFor(challenge: ProxyChallenge, retry = false): Promise<ProxyCredentials | null | typeof NOT_OFFERED> {
      const name = options.offered(challenge)
      if (!name) {
        // a proxy the preset does not name (WPAD, a PAC's, the system's): its host and realm never reach the screen
        options.log?.warn('proxy.login-not-offered', { host: `${challenge.host}:${challenge.port}`.slice(0, 120) })
        return Promise.resolve(NOT_OFFERED)
      }
      const key = keyOf(challenge)
      if (retry) remembered.delete(key) // the proxy refused what we had
      const known = remembered.get(key)
      if (known) return Promise.resolve(known)
      return new Promise<ProxyCredentials | null>((resolve) => {
        if (pending?.key === key) {
          pending.waiters.push(resolve)
          return
        }
        pending = { key, waiters: [resolve] }
        options.ask(challenge, name)
      })
    },
    /** credentials already given for this proxy this session, without asking (background work never prompts) */
    known(challenge: ProxyChallenge): ProxyCredentials | undefined {
      return remembered.get(keyOf(challenge))
    },
    /** the clerk's answer to the prompt (null: cancelled) */
    answer(credentials: ProxyCredentials | null): void {
      const current = pending
      pending = undefined
      if (!current) return
      if (credentials && options.remember() === 'session') remembered.set(current.key, credentials)
      for (const waiter of current.waiters) waiter(credentials)
    },
    /** end of shift or a settings change: nothing remembered */
    forget(): void {
      remembered.clear()
    },
    /** a prompt is waiting for the clerk */
    waiting: () => pending !== undefined,
  }
}

export type ProxyLogin = ReturnType<typeof createProxyLogin>

/**
 * The app's proxy login: the clerk is asked through the window's prompt event, which names the proxy only by the
 * preset's name for it; `remember` is the preset's choice (undefined, as with an unusable configuration: for the
 * session); `offered` says which proxies the preset names (none: no prompt at all).
 */
export function windowProxyLogin(
  notify: (event: 'desk:event:proxy-login', payload: EventPayloads['desk:event:proxy-login']) => void,
  remember: () => 'session' | 'never' | undefined,
  offered: (challenge: ProxyChallenge) => string | undefined,
  log?: Logger,
): ProxyLogin {
  return createProxyLogin({
    ask: (_challenge, name) => notify('desk:event:proxy-login', { name }),
    remember: () => remember() ?? 'session',
    offered,
    log,
  })
}
