import type { ConnectionReport, ReportStep } from '@contract/types'
import type { CallMeta } from '../platform/client'
import type { DeskError } from '@contract/result'

export interface ConnectionCheckDeps {
  /** the platform base URL in use (the embedded sandbox's, or the office's) */
  baseUrl: string
  /** the proxy Chromium uses for it (Electron: session.resolveProxy), e.g. "DIRECT" or "PROXY proxy.office:8080" */
  resolveProxy: (url: string) => Promise<string>
  /** this machine's own name lookup (node:dns); with a proxy in effect the proxy may resolve instead */
  lookup: (host: string) => Promise<string[]>
  /** a TLS handshake straight to host:port (only measured when no proxy is in the way) */
  tlsHandshake: (host: string, port: number) => Promise<void>
  /** the harmless call (platform client `probe`: a checkStatus for a login that cannot exist) */
  probe: () => Promise<{ meta: CallMeta; code?: string; error?: DeskError }>
  facts: { version: string; registerSource: number }
  /** the update feed's reachability (updates/feed.ts probeFeed); absent: skipped */
  updates?: () => Promise<ConnectionReport['updates']>
  /** what a user of this PC could do to the platform's traffic (network/exposure.ts): said when exposed */
  exposure?: ConnectionReport['exposure']
  now?: () => number
}

async function timed<T>(now: () => number, work: () => Promise<T>): Promise<{ ms: number; value?: T; error?: string }> {
  const started = now()
  try {
    const value = await work()
    return { ms: now() - started, value }
  } catch (error) {
    const e = error as { code?: string; message?: string }
    return { ms: now() - started, error: (e.code ?? e.message ?? 'failed').slice(0, 120) }
  }
}

/**
 * The connection check for IT and staff: where the platform is, which proxy is in effect, and for one harmless call
 * its DNS, TLS and HTTP outcome with timings, the platform's clock against this PC's, the app's version and
 * registerSource. Read-only: it never registers and never sends a code. No personal data is in the report.
 */
export async function checkConnection(deps: ConnectionCheckDeps): Promise<ConnectionReport> {
  const now = deps.now ?? Date.now
  const url = new URL(deps.baseUrl)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
  const proxy = await deps.resolveProxy(deps.baseUrl).catch(() => 'unknown')
  const direct = /^DIRECT\b/i.test(proxy)

  const dnsRun = await timed(now, () => deps.lookup(host))
  const dns: ReportStep = dnsRun.error
    ? { outcome: direct ? 'failed' : 'skipped', ms: dnsRun.ms, ...(direct ? { detail: dnsRun.error, note: 'errorCode', noteValue: dnsRun.error } : { detail: 'resolved by the proxy', note: 'resolvedByProxy' }) }
    : { outcome: 'ok', ms: dnsRun.ms, detail: (dnsRun.value ?? []).join(', ') }

  let tls: ReportStep
  if (url.protocol !== 'https:') tls = { outcome: 'skipped', detail: 'plain http (local sandbox)', note: 'plainHttp' }
  else if (!direct) tls = { outcome: 'skipped', detail: 'through the proxy (measured with the call below)', note: 'throughProxy' }
  else {
    const run = await timed(now, () => deps.tlsHandshake(host, port))
    tls = run.error ? { outcome: 'failed', ms: run.ms, detail: run.error, note: 'errorCode', noteValue: run.error } : { outcome: 'ok', ms: run.ms }
  }

  const probe = await deps.probe()
  const http: ReportStep = probe.error
    ? { outcome: 'failed', ms: probe.meta.durationMs, detail: `${probe.error.kind} ${probe.error.code}`, note: 'errorCode', noteValue: probe.error.code, ...(probe.meta.status ? { status: probe.meta.status } : {}) }
    : { outcome: 'ok', ms: probe.meta.durationMs, detail: `platform code ${probe.code}`, note: 'platformCode', noteValue: String(probe.code), ...(probe.meta.status ? { status: probe.meta.status } : {}) }
  const updates: ConnectionReport['updates'] = deps.updates ? await deps.updates() : { outcome: 'skipped', detail: 'updates are off', note: 'updatesOff' }
  const platformTime = probe.meta.date ? Date.parse(probe.meta.date) : NaN

  return {
    checkedAt: new Date(now()).toISOString(),
    platformHost: url.host,
    proxy,
    dns,
    tls,
    http,
    trace: probe.meta.trace,
    ...(Number.isFinite(platformTime) ? { clockOffsetSeconds: Math.round((platformTime - now()) / 1000) } : {}),
    appVersion: deps.facts.version,
    registerSource: deps.facts.registerSource,
    updates,
    ...(deps.exposure?.gaps.length ? { exposure: deps.exposure } : {}),
  }
}
