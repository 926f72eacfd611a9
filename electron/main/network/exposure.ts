import type { SettingValues } from '@contract/config-table'
import type { ConnectionReport } from '@contract/types'
import { updatePolicyOf, type DeskConfig } from '../config'

/**
 * Can a user of this PC read and change the platform's traffic? On a shared desk the clerk's Windows or macOS account
 * may set the system proxy and trust a root certificate of its own (the per-user store): a local intercepting proxy
 * then sees every customer's login, code and password and can change what main already checked. Two things close it,
 * and an office (desk) build needs both: pins for the platform (network/pins.ts), and a proxy the preset fixes
 * (`fixed` or `direct`; `system` and `pac` leave the choice to the PC). A preset may instead accept the risk by name
 * (`network.acceptInterceptionRisk: true`, docs/security.md).
 *
 * Not asked of: the practice sandbox (no customer data leaves the PC) and a trader's own build (`audience: "self"`):
 * the only person who can intercept there is the trader, whose own registration it is.
 */
export type ExposureGap = NonNullable<ConnectionReport['exposure']>['gaps'][number]

export interface Exposure {
  /** what is missing: pins for the platform, a proxy the preset fixes; empty when the build is not exposed */
  gaps: ExposureGap[]
  /** the preset accepts the risk by name */
  accepted: boolean
}

interface ExposureFacts {
  audience?: 'desk' | 'self'
  remote: boolean
  platformPins: readonly string[]
  proxyMode?: string
  accepted?: boolean
}

export function exposureOf(facts: ExposureFacts): Exposure {
  const gaps: ExposureGap[] = []
  if (facts.audience !== 'self' && facts.remote) {
    if (!facts.platformPins.length) gaps.push('noPins')
    if (facts.proxyMode !== 'fixed' && facts.proxyMode !== 'direct') gaps.push('proxyNotFixed')
  }
  return { gaps, accepted: facts.accepted === true }
}

/** A preset's values (packaging). */
export const exposureOfValues = (values: SettingValues): Exposure =>
  exposureOf({
    audience: values.audience,
    remote: values.platform?.mode === 'remote',
    platformPins: values.platformPins ?? [],
    proxyMode: values.proxy?.mode,
    accepted: values.acceptInterceptionRisk,
  })

/** The running configuration: only a packaged build speaks of it (development runs against local sandboxes). */
export const exposureOfConfig = (config: DeskConfig, packaged: boolean): Exposure =>
  packaged
    ? exposureOf({
        audience: config.audience,
        remote: config.platform.mode === 'remote',
        platformPins: config.pins.platform,
        proxyMode: config.proxy?.mode,
        accepted: config.acceptInterceptionRisk,
      })
    : { gaps: [], accepted: false }

const gapWords: Record<ExposureGap, string> = {
  noPins: 'no network.pins.platform (a primary and a backup public-key hash)',
  proxyNotFixed: 'the proxy left to the PC (network.proxy is system or pac)',
}

/**
 * package:office's refusal, one sentence saying what to add; undefined when the preset may be packaged as it is.
 */
export function exposureRefusal(values: SettingValues): string | undefined {
  const { gaps, accepted } = exposureOfValues(values)
  if (!gaps.length || accepted) return undefined
  return (
    `an office build with ${gaps.map((g) => gapWords[g]).join(' and ')} lets a clerk with a local proxy read and change every customer's platform traffic: ` +
    'add network.pins.platform (the SPKI sha256 of the primary and the backup key) and set network.proxy to { "mode": "fixed", "rules": "…" } or { "mode": "direct" }, ' +
    'or accept that risk by name with network.acceptInterceptionRisk: true (docs/security.md)'
  )
}

/** The diagnostics' words for it (English, for IT). */
export function exposureText(exposure: Exposure): string {
  if (!exposure.gaps.length) return 'no gap: pins and a proxy fixed by the preset, or not a packaged office build'
  const what = exposure.gaps.map((g) => gapWords[g]).join('; ')
  return `EXPOSED: a user of this PC can read and change platform traffic: ${what}${exposure.accepted ? ' (accepted by the preset: network.acceptInterceptionRisk)' : ''}`
}

/**
 * package:office's refusal of a desk preset that pins the platform but not the update feed while updates are on: the
 * feed host would then be the one unpinned host the app talks to (a clerk's proxy and root read and answer it), and a
 * connection to it could carry the platform's requests past their pin where Chromium coalesces HTTP/2 connections to
 * hosts that share an address and a certificate. Undefined when the preset may be packaged as it is.
 */
export function feedPinRefusal(values: SettingValues): string | undefined {
  const updatesOn = updatePolicyOf(values) !== 'off'
  if (values.audience === 'self' || !values.platformPins?.length || !updatesOn || values.updatePins?.length) return undefined
  return 'an office build that pins the platform and updates itself needs network.pins.updates too (the SPKI sha256 of the feed host\'s primary and backup key): an unpinned feed host lets a local proxy answer for it (docs/security.md)'
}
