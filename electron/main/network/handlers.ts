import type { HandlerSlice } from '@contract/channels'
import type { networkChannels } from '@contract/ipc/network'
import { ok } from '@contract/result'
import type { ConnectionReport } from '@contract/types'
import { notConfigured } from '../not-configured'
import type { ProxyLogin } from './proxy-login'

export interface NetworkHandlerDeps {
  /** the connection check (read-only); absent when the configuration is unusable */
  check?: () => Promise<ConnectionReport>
  /** proxy logins: the clerk's answer goes here */
  proxyLogin: ProxyLogin
}

export function networkHandlers({ check, proxyLogin }: NetworkHandlerDeps): HandlerSlice<typeof networkChannels> {
  return {
    'desk:network:check': async () => (check ? ok(await check()) : notConfigured),
    'desk:network:proxy-login': async (credentials) => {
      proxyLogin.answer(credentials)
      return ok(null)
    },
  }
}
