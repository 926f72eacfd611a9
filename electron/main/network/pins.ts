import { createHash, X509Certificate } from 'node:crypto'

/**
 * Public-key pinning for the platform and the update feed (the preset's `network.pins`).
 *
 * A normal Windows or macOS account can trust a root certificate of its own (the per-user store) and point the
 * system proxy at a local intercepting proxy; Chromium then accepts that proxy's certificate for the platform and the
 * clerk reads and rewrites every call. A pin names the public key the real server presents (SHA-256 of its
 * SubjectPublicKeyInfo, base64, as `openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256
 * -binary | base64` prints it): a primary and a backup key, so the broker can rotate without a new installer.
 *
 * Only the leaf (the server's own certificate) is compared: Electron hands main the chain as the server sent it, not
 * the chain Chromium verified, and anyone can send the real intermediate after a leaf of their own. Chromium's own
 * verification must pass as well; a pin never makes an untrusted certificate acceptable.
 * This module is Electron-free; index.ts registers `verifyProcFor` with session.setCertificateVerifyProc.
 */

/** host (lower case, no trailing dot) -> the base64 SPKI sha256 values it may present */
export type PinTable = ReadonlyMap<string, readonly string[]>

export interface PinSources {
  /** the platform's base URL (https) and its pins */
  platform?: { url: string; pins: readonly string[] }
  /** the update feed's URL and its pins */
  updates?: { url: string; pins: readonly string[] }
}

const hostOf = (name: string) => name.toLowerCase().replace(/\.$/, '').replace(/^\[|\]$/g, '')

/** The pin table for the preset's hosts: only https hosts, the pins of two sources for one host combined. */
export function pinTable(sources: PinSources): PinTable {
  const table = new Map<string, string[]>()
  for (const source of [sources.platform, sources.updates]) {
    if (!source?.pins.length || !URL.canParse(source.url)) continue
    const url = new URL(source.url)
    if (url.protocol !== 'https:') continue
    const host = hostOf(url.hostname)
    table.set(host, [...new Set([...(table.get(host) ?? []), ...source.pins])])
  }
  return table
}

/** The table for a configuration: the remote platform's host and the update feed's host, with their preset pins. */
export function presetPins(config: { platform: { mode: string; baseUrl?: string }; pins: { platform: string[]; updates: string[] }; updates: { feedUrl?: string } } | undefined): PinTable {
  if (!config) return new Map()
  return pinTable({
    ...(config.platform.baseUrl ? { platform: { url: config.platform.baseUrl, pins: config.pins.platform } } : {}),
    ...(config.updates.feedUrl ? { updates: { url: config.updates.feedUrl, pins: config.pins.updates } } : {}),
  })
}

/** SHA-256 of a certificate's SubjectPublicKeyInfo, base64 (a PEM text as Electron gives it, or DER bytes). */
export function spkiSha256(certificate: string | Buffer): string {
  const spki = new X509Certificate(certificate).publicKey.export({ type: 'spki', format: 'der' })
  return createHash('sha256').update(spki).digest('base64')
}

/** What Electron's verify proc receives (the part used here). */
export interface VerifyRequest {
  hostname: string
  /** Chromium's own verdict: 0 when the chain is trusted */
  errorCode: number
  certificate: { data: string }
}

/** Electron's verify-proc answers: -2 refuses, -3 keeps Chromium's own verdict. */
export const REFUSE = -2
export const CHROMIUM_VERDICT = -3

export type PinVerdict = { pinned: false } | { pinned: true; match: boolean; presented?: string }

/** Does this connection meet its host's pins? Hosts without pins are Chromium's to judge alone. */
export function pinVerdict(table: PinTable, request: VerifyRequest): PinVerdict {
  const pins = table.get(hostOf(request.hostname))
  if (!pins) return { pinned: false }
  let presented: string | undefined
  try {
    presented = spkiSha256(request.certificate.data)
  } catch {
    return { pinned: true, match: false }
  }
  return { pinned: true, match: pins.includes(presented), presented }
}

/**
 * The function for session.setCertificateVerifyProc: a pinned host presenting another key is refused (and logged once
 * per key); everything else keeps Chromium's verdict.
 */
export function verifyProcFor(table: () => PinTable, onRefused: (host: string, presented: string | undefined) => void) {
  return (request: VerifyRequest, callback: (verdict: number) => void): void => {
    const verdict = pinVerdict(table(), request)
    if (verdict.pinned && !verdict.match) {
      onRefused(hostOf(request.hostname), verdict.presented)
      callback(REFUSE)
      return
    }
    callback(CHROMIUM_VERDICT)
  }
}
