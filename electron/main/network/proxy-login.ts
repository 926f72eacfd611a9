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
 * prompt), the clerk is asked once on screen; the answer is kept in main's memory for the session, until the shift ends
 * in staff mode (or not at all, when the preset says `network.proxyLogin: "never"`), never written anywhere.
 * Concurrent challenges share one prompt.
 *
 * Chromium keeps an answered login in each session's HTTP auth cache and answers the proxy's next challenges from it
 * without asking us again (electron/electron#8089). So forgetting ours is not enough: `clearCaches` empties that cache on
 * every session that goes through the proxy (the platform's and the updater's), at the end of a shift and, under
 * "never", as soon as the calls the answer served have their response.
 */
/** The answer for a proxy the preset does not name: no prompt, and the call says "ask IT". */
export const NOT_OFFERED = 'not-offered'

export interface ProxyLoginOptions {
  /** shows the prompt, naming the proxy by the preset's name for it */
  ask: (challenge: ProxyChallenge, name: string) => void
  remember: () => 'session' | 'never'
  /** the preset's name for this proxy (network/proxy.ts proxyLoginName); undefined: not the office's proxy */
  offered: (challenge: ProxyChallenge) => string | undefined
  /** empties Chromium's HTTP auth cache on every session behind the proxy (main: session.clearAuthCache) */
  clearCaches?: () => Promise<void>
  log?: Logger
}

export function createProxyLogin(options: ProxyLoginOptions) {
  const remembered = new Map<string, ProxyCredentials>()
  let pending: { key: string; waiters: ((answer: ProxyCredentials | null) => void)[] } | undefined
  const keyOf = (c: ProxyChallenge) => `${c.host}:${c.port}`
  /** Chromium's copies go too; a session that cannot clear is logged (the next challenge then still asks us) */
  const clearCaches = async (reason: string) => {
    try {
      await options.clearCaches?.()
    } catch (error) {
      options.log?.error('proxy.auth-cache-not-cleared', { reason, error: error instanceof Error ? error.message.slice(0, 120) : 'unknown' })
    }
  }

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
    /**
     * A call this login answered has its response: under "never" Chromium's copy goes at once, so the next call's
     * challenge asks the clerk again ("asked every time").
     */
    async used(): Promise<void> {
      if (options.remember() === 'never') await clearCaches('never')
    },
    /** end of shift: nothing remembered, here or in Chromium; a prompt still open is cancelled */
    async forget(reason: string): Promise<void> {
      const had = remembered.size
      remembered.clear()
      const current = pending
      pending = undefined
      for (const waiter of current?.waiters ?? []) waiter(null)
      await clearCaches(reason)
      options.log?.info('proxy.login-forgotten', { reason, count: had })
    },
    /** a prompt is waiting for the clerk */
    waiting: () => pending !== undefined,
  }
}

export type ProxyLogin = ReturnType<typeof createProxyLogin>

export interface WindowProxyLoginOptions {
  notify: (event: 'desk:event:proxy-login', payload: EventPayloads['desk:event:proxy-login']) => void
  /** the preset's choice (undefined, as with an unusable configuration: for the session) */
  remember: () => 'session' | 'never' | undefined
  /** staff mode: "for the session" ends with the shift */
  staffMode: () => boolean
  /** which proxies the preset names (none: no prompt at all) */
  offered: (challenge: ProxyChallenge) => string | undefined
  clearCaches?: () => Promise<void>
  log?: Logger
}

/**
 * The app's proxy login: the clerk is asked through the window's prompt event, which names the proxy only by the
 * preset's name for it and says how long the answer is kept.
 */
export function windowProxyLogin(o: WindowProxyLoginOptions): ProxyLogin {
  const remember = () => o.remember() ?? 'session'
  return createProxyLogin({
    ask: (_challenge, name) => o.notify('desk:event:proxy-login', { name, kept: remember() === 'never' ? 'never' : o.staffMode() ? 'shift' : 'session' }),
    remember,
    offered: o.offered,
    clearCaches: o.clearCaches,
    log: o.log,
  })
}

/** The sessions whose requests go through the office's proxy, each with Chromium's auth cache to empty. */
export function proxiedSessions(initial: { clearAuthCache(): Promise<void> }[]) {
  const sessions = new Set(initial)
  return {
    add: (session: { clearAuthCache(): Promise<void> }) => void sessions.add(session),
    clearAuthCaches: async () => void (await Promise.all([...sessions].map((s) => s.clearAuthCache()))),
  }
}
