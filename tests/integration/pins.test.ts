import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect, type PeerCertificate } from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_VERDICT, pinTable, presetPins, REFUSE, spkiSha256, verifyProcFor, type VerifyRequest } from '../../electron/main/network/pins'
import { startSandbox, type Sandbox } from '../../sandbox/server'
import { privateCa } from '../support/private-ca'

/**
 * Public-key pins against real TLS: the sandbox over https with the office's private CA (the real platform), and a
 * second sandbox whose certificate comes from another CA the PC also trusts (a clerk's own root with an intercepting
 * proxy). The handshake is Node's; the certificate it receives is handed to the verify proc main registers with
 * session.setCertificateVerifyProc, in the shape Electron gives it (hostname, Chromium's error code, PEM). Only real
 * Electron confirms that Chromium calls the proc for every connection of the session (net.fetch, electron-updater's).
 */
const pem = (raw: Buffer) => `-----BEGIN CERTIFICATE-----\n${raw.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`

/** The certificate a server presents, as a PC that trusts `ca` receives it (Chromium's own verdict: OK). */
function presented(url: string, ca: string): Promise<VerifyRequest> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port), ca }, () => {
      const peer = socket.getPeerCertificate(true) as PeerCertificate
      socket.end()
      resolve({ hostname, errorCode: 0, certificate: { data: pem(peer.raw) } })
    })
    socket.once('error', reject)
  })
}

/** The pin as IT computes it with openssl from the server's certificate (docs/security.md gives the same line). */
function opensslPin(certificate: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-pin-'))
  writeFileSync(join(dir, 'server.crt'), certificate)
  const script = 'openssl x509 -in server.crt -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64'
  return execFileSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8' }).trim()
}

describe('public-key pins for the platform (and the update feed)', () => {
  const office = privateCa()
  const interceptor = privateCa()
  const backup = 'B'.repeat(43) + '='
  let platform: Sandbox
  let intercepting: Sandbox
  beforeAll(async () => {
    platform = await startSandbox({ tls: { key: office.key, cert: office.cert }, control: false })
    intercepting = await startSandbox({ tls: { key: interceptor.key, cert: interceptor.cert }, control: false })
  })
  afterAll(async () => {
    await platform.close()
    await intercepting.close()
  })

  function proc(url: string) {
    const refused: { host: string; presented?: string }[] = []
    const table = pinTable({ platform: { url, pins: [opensslPin(office.cert), backup] } })
    const verify = verifyProcFor(() => table, (host, key) => refused.push({ host, presented: key }))
    const run = (request: VerifyRequest) => new Promise<number>((resolve) => verify(request, resolve))
    return { refused, run }
  }

  it('computes the pin exactly as openssl does', () => {
    expect(spkiSha256(office.cert)).toBe(opensslPin(office.cert))
    expect(spkiSha256(interceptor.cert)).not.toBe(spkiSha256(office.cert))
  })

  it('the pinned key passes (Chromium keeps its own verdict)', async () => {
    const { run, refused } = proc(platform.url)
    expect(await run(await presented(platform.url, office.ca))).toBe(CHROMIUM_VERDICT)
    expect(refused).toEqual([])
  })

  it('a pinned host presenting another key is refused, though the PC trusts its CA, and logged with the key it saw', async () => {
    const { run, refused } = proc(platform.url)
    const request = await presented(intercepting.url, interceptor.ca)
    expect(request.errorCode).toBe(0) // the PC trusts the interceptor's root: Chromium alone would accept it
    expect(await run(request)).toBe(REFUSE)
    expect(refused).toEqual([{ host: '127.0.0.1', presented: spkiSha256(interceptor.cert) }])
  })

  it('a certificate that cannot be read is refused; hosts without pins are Chromium\'s to judge', async () => {
    const { run } = proc(platform.url)
    expect(await run({ hostname: '127.0.0.1', errorCode: 0, certificate: { data: 'not a certificate' } })).toBe(REFUSE)
    expect(await run({ hostname: '127.0.0.1.', errorCode: 0, certificate: { data: interceptor.cert } })).toBe(REFUSE)
    expect(await run({ hostname: 'help.broker.example', errorCode: 0, certificate: { data: interceptor.cert } })).toBe(CHROMIUM_VERDICT)
  })

  it('the preset pins the remote platform\'s host and the feed\'s host; plain http and unpinned hosts are left alone', () => {
    const pins = [spkiSha256(office.cert), backup]
    const table = presetPins({
      platform: { mode: 'remote', baseUrl: 'https://API.Broker.example/api' },
      pins: { platform: pins, updates: [backup, 'C'.repeat(43) + '='] },
      updates: { feedUrl: 'https://updates.broker.example/desk/' },
    })
    expect([...table.entries()]).toEqual([
      ['api.broker.example', pins],
      ['updates.broker.example', [backup, 'C'.repeat(43) + '=']],
    ])
    expect(presetPins({ platform: { mode: 'remote', baseUrl: 'http://127.0.0.1:8080' }, pins: { platform: pins, updates: [] }, updates: {} }).size).toBe(0)
    expect(presetPins(undefined).size).toBe(0)
  })
})
