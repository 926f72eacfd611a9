import type { EventPayloads } from '@contract/channels'

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
 * Proxy logins for platform calls. When the office proxy asks (Basic/Digest; Windows integrated NTLM/Kerberos needs no
 * prompt), the clerk is asked once on screen; the answer is kept in main's memory for the session (or not at all, when
 * the preset says `network.proxyLogin: "never"`), never written anywhere. Concurrent challenges share one prompt.
 */
export function createProxyLogin(options: { ask: (challenge: ProxyChallenge) => void; remember: () => 'session' | 'never' }) {
  const remembered = new Map<string, ProxyCredentials>()
  let pending: { key: string; waiters: ((answer: ProxyCredentials | null) => void)[] } | undefined
  const keyOf = (c: ProxyChallenge) => `${c.host}:${c.port}`

  return {
    /** credentials for this proxy: remembered ones, else the clerk's answer; null when the clerk cancels */
    credentialsFor(challenge: ProxyChallenge, retry = false): Promise<ProxyCredentials | null> {
      const key = keyOf(challenge)
      if (retry) remembered.delete(key) // the proxy refused what we had
      const known = remembered.get(key)
      if (known) return Promise.resolve(known)
      return new Promise((resolve) => {
        if (pending?.key === key) {
          pending.waiters.push(resolve)
          return
        }
        pending = { key, waiters: [resolve] }
        options.ask(challenge)
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
 * The app's proxy login: the clerk is asked through the window's prompt event, which names only the proxy's address and
 * realm; `remember` is the preset's choice (undefined, as with an unusable configuration: for the session).
 */
export function windowProxyLogin(
  notify: (event: 'desk:event:proxy-login', payload: EventPayloads['desk:event:proxy-login']) => void,
  remember: () => 'session' | 'never' | undefined,
): ProxyLogin {
  return createProxyLogin({
    ask: (challenge) => notify('desk:event:proxy-login', { host: `${challenge.host}:${challenge.port}`, realm: challenge.realm }),
    remember: () => remember() ?? 'session',
  })
}
