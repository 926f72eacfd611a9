import * as v from 'valibot'
import type { ConnectionReport } from '../types'
import { channel, noArgs, returns, type SpecsFor } from './define'

/** The connection check and a proxy's login prompt (main/network/). */
export const networkChannels = {
  check: 'desk:network:check',
  proxyLogin: 'desk:network:proxy-login',
} as const

/**
 * Pushed by main: a proxy asks for a login: which one (never the platform or a customer), and how long main keeps the
 * answer (until the app closes, until the shift ends in staff mode, or for the waiting calls only: the preset's
 * `network.proxyLogin: "never"`).
 */
export const networkEvents = { onProxyLogin: 'desk:event:proxy-login' } as const
export interface NetworkEventPayloads {
  'desk:event:proxy-login': { name: string; kept: 'session' | 'shift' | 'never' }
}

export const networkSpecs = {
  'desk:network:check': channel(noArgs, undefined, returns<ConnectionReport>()),
  /** the clerk's answer to a proxy's login prompt; null cancels */
  'desk:network:proxy-login': channel(
    v.nullable(
      v.strictObject({ username: v.pipe(v.string(), v.minLength(1), v.maxLength(256)), password: v.pipe(v.string(), v.maxLength(256)) }),
    ),
    { username: 'branch', password: 'proxy-secret-1' },
    returns<null>(),
  ),
} satisfies SpecsFor<typeof networkChannels>
