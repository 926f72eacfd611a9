import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, request, type RequestOptions } from 'node:https'
import type { ClientRequest, IncomingMessage } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { configureRequestOptions, configureRequestUrl, HttpExecutor, type DownloadOptions } from 'builder-util-runtime'
import type { AppAdapter } from 'electron-updater/out/AppAdapter'
import type { AppUpdater } from 'electron-updater'
import type { UpdateSettings } from '../../electron/main/config'
import type { Logger } from '../../electron/main/log'
import { createOfficeUpdater } from '../../electron/main/updates/updater'
import { privateCa } from './private-ca'
import { signFeedText, newReleaseKey } from '../../scripts/sign-release'
import type { ReleaseIdentity } from '../../electron/main/updates/release-manifest'

/**
 * The broker's release key in these tests: a key pair generated per test run (never a committed private key). Every
 * test build trusts TEST_RELEASE.publicKey (testUpdater's settings, the real-Electron tier's preset); `release()`
 * signs its feed with TEST_RELEASE.privateKey for the build these tests run as, unless told otherwise.
 */
export const TEST_RELEASE = newReleaseKey()
/** The build the update tests run as: no office, a clerk's desk, stable, Windows (NSIS) */
export const TEST_IDENTITY: ReleaseIdentity = { office: null, audience: 'desk', channel: 'stable', platform: 'win32' }

export interface FeedRequest {
  method: string
  path: string
  range?: string
}

type Route = { status?: number; type?: string; body: Buffer | string }

/**
 * A release as electron-builder publishes it, signed as package:office signs it (scripts/sign-release.ts): the
 * installer and its latest.yml (sha512 in base64, size, date, the release manifest). `adminRights`: the per-machine
 * installer's mark (electron-builder writes it for perMachine NSIS builds only). `signed`: false for a feed without a
 * manifest, or another build's identity / another key (a hostile feed's tries).
 */
export function release(
  version: string,
  options: { sizeKb?: number; name?: string; adminRights?: boolean; signed?: false | { identity?: Partial<ReleaseIdentity>; key?: ReturnType<typeof newReleaseKey> } } = {},
) {
  const name = options.name ?? `Registration-Desk-Setup-${version}.exe`
  const installer = randomBytes((options.sizeKb ?? 256) * 1024)
  const sha512 = createHash('sha512').update(installer).digest('base64')
  const yml = [
    `version: ${version}`,
    'files:',
    `  - url: ${name}`,
    `    sha512: ${sha512}`,
    `    size: ${installer.length}`,
    ...(options.adminRights ? ['    isAdminRightsRequired: true'] : []),
    `path: ${name}`,
    `sha512: ${sha512}`,
    `releaseDate: '2026-11-29T08:00:00.000Z'`,
    '',
  ].join('\n')
  const sign = options.signed === false ? undefined : (options.signed ?? {})
  // a beta pre-release is signed for the beta channel (what a beta build's feed carries)
  const identity: ReleaseIdentity = { ...TEST_IDENTITY, ...(/-beta\b/.test(version) ? { channel: 'beta' } : {}), ...sign?.identity }
  const signedYml = sign ? signFeedText(yml, identity, (sign.key ?? TEST_RELEASE).privateKey) : yml
  return { version, name, installer, sha512, yml: signedYml }
}

/**
 * The office's update server for a test: https on 127.0.0.1 with a certificate from a private CA (as an office's own
 * server would have), serving what the test puts at a path, recording every request. `down()` stops listening.
 */
export async function updateFeed() {
  const tls = privateCa()
  const routes = new Map<string, Route>()
  const requests: FeedRequest[] = []
  const served = new Map<string, number>()
  const count = (path: string) => (n: number) => void served.set(path, (served.get(path) ?? 0) + n)
  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://feed').pathname
    requests.push({ method: req.method ?? 'GET', path, ...(req.headers.range ? { range: req.headers.range } : {}) })
    const route = routes.get(path)
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    const body = typeof route.body === 'string' ? Buffer.from(route.body) : route.body
    const ranges = parseRanges(req.headers.range, body.length)
    if (ranges && (route.status ?? 200) === 200) return sendRanges(res, body, ranges, count(path))
    count(path)(body.length)
    res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'application/octet-stream', 'content-length': body.length, 'accept-ranges': 'bytes' })
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    ca: tls.ca,
    /** the server's certificate (the real-Electron tier trusts its key with --ignore-certificate-errors-spki-list) */
    cert: tls.cert,
    url: `https://127.0.0.1:${port}/desk/`,
    requests,
    /** body bytes sent so far for a file of the feed (ranges count what they carried) */
    served: (path: string) => served.get(`/desk/${path}`) ?? 0,
    put(path: string, route: Route): void {
      routes.set(`/desk/${path}`, route)
    },
    /** a release published: the installer and the channel file that points to it */
    publish(r: ReturnType<typeof release>, channelFile = 'latest.yml'): void {
      routes.set(`/desk/${r.name}`, { body: r.installer })
      routes.set(`/desk/${channelFile}`, { type: 'text/yaml', body: r.yml })
    },
    async down(): Promise<void> {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** `bytes=a-b,c-d` as [start, end] pairs (inclusive), or undefined when absent or not satisfiable. */
function parseRanges(header: string | undefined, size: number): [number, number][] | undefined {
  const spec = header && /^bytes=(.+)$/.exec(header)?.[1]
  if (!spec) return undefined
  const ranges = spec.split(',').map((part): [number, number] => {
    const [a, b] = part.trim().split('-')
    return a === '' ? [size - Number(b), size - 1] : [Number(a), b === '' ? size - 1 : Math.min(Number(b), size - 1)]
  })
  return ranges.every(([a, b]) => Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b) ? ranges : undefined
}

/** A 206 as a web server sends it: one range as is, several as multipart/byteranges (what differential updates ask). */
function sendRanges(res: import('node:http').ServerResponse, body: Buffer, ranges: [number, number][], count: (n: number) => void): void {
  const total = body.length
  if (ranges.length === 1) {
    const [a, b] = ranges[0]!
    count(b - a + 1)
    res.writeHead(206, { 'content-type': 'application/octet-stream', 'content-range': `bytes ${a}-${b}/${total}`, 'content-length': b - a + 1 })
    res.end(body.subarray(a, b + 1))
    return
  }
  const boundary = 'desk-feed-boundary'
  const parts: Buffer[] = []
  for (const [a, b] of ranges) {
    count(b - a + 1)
    parts.push(Buffer.from(`--${boundary}\r\nContent-Type: application/octet-stream\r\nContent-Range: bytes ${a}-${b}/${total}\r\n\r\n`), body.subarray(a, b + 1), Buffer.from('\r\n'))
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  const payload = Buffer.concat(parts)
  res.writeHead(206, { 'content-type': `multipart/byteranges; boundary=${boundary}`, 'content-length': payload.length })
  res.end(payload)
}

/**
 * electron-updater's HttpExecutor over Node's https, trusting the test's private CA. In the app electron-updater uses
 * its own executor over Electron's net (the session's proxy, the OS certificate store); outside Electron it has none.
 */
export class NodeHttpsExecutor extends HttpExecutor<ClientRequest> {
  constructor(private readonly ca: string) {
    super()
  }
  createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest {
    return request({ ...options, ca: this.ca }, callback)
  }
  /** as electron-updater's own executor downloads: to a file, through the base class's checksum and redirect handling */
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined }
      configureRequestUrl(url, requestOptions)
      configureRequestOptions(requestOptions)
      this.doDownload(
        requestOptions,
        { destination, options, onCancel, callback: (error) => (error ? reject(error) : resolve(destination)), responseHandler: null },
        0,
      )
    })
  }
}

/** The app as electron-updater sees it: a packaged version, its data and cache folders, and quit recorded. */
export function testApp(version: string, options: { feedUrl: string; publisherName?: string[] | null }) {
  const dir = mkdtempSync(join(tmpdir(), 'desk-upd-'))
  const appUpdateConfigPath = join(dir, 'resources', 'app-update.yml')
  mkdirSync(join(dir, 'resources'), { recursive: true })
  // what electron-builder writes beside app.asar for a signed Windows build with a generic feed
  const publishers = options.publisherName === undefined ? ['Registration Desk Test Publisher'] : options.publisherName
  writeFileSync(
    appUpdateConfigPath,
    [`provider: generic`, `url: ${options.feedUrl}`, `updaterCacheDirName: registration-desk-updater`, ...(publishers ? ['publisherName:', ...publishers.map((p) => `  - ${p}`)] : []), ''].join('\n'),
  )
  const quits: number[] = []
  const app: AppAdapter & { quits: number[]; quitHandlers: ((code: number) => void)[] } = {
    version,
    name: 'Registration Desk',
    isPackaged: true,
    appUpdateConfigPath,
    userDataPath: join(dir, 'userData'),
    baseCachePath: join(dir, 'cache'),
    whenReady: async () => {},
    relaunch: () => {},
    quit: () => void quits.push(Date.now()),
    quitHandlers: [],
    onQuit(handler) {
      this.quitHandlers.push(handler)
    },
    quits,
  }
  return { app, dir, cacheDir: join(dir, 'cache', 'registration-desk-updater') }
}

/** The preset's publisher in these tests (the certificate's full subject). */
export const TEST_PUBLISHER = { subject: 'CN=Registration Desk Test Publisher, O=Desk Ltd, C=CN' }

/**
 * The real updater (updater.ts: NsisUpdater with the office's settings) for this test's feed and app: electron-updater's
 * test switch makes it read the Windows feed files on this Linux machine, with full downloads unless `differential`.
 */
export async function testUpdater(
  feed: { url: string; ca: string },
  app: AppAdapter,
  log: Logger,
  options: {
    settings?: Partial<UpdateSettings>
    verifyPublisher?: (names: string[], file: string) => Promise<string | null>
    verifyPublisherNow?: (file: string) => string | null
    differential?: boolean
    /** the build's office code and audience (default: no office, a desk: TEST_IDENTITY; a desk named needs a thumbprint) */
    office?: string | null
    audience?: 'desk' | 'self'
  } = {},
): Promise<AppUpdater> {
  return createOfficeUpdater({
    office: options.office ?? null,
    // (no audience by default: the subject-only TEST_PUBLISHER; the identity checked is then a desk's, as TEST_IDENTITY)
    ...(options.audience ? { audience: options.audience } : {}),
    settings: { policy: 'auto', channel: 'stable', checkMinutes: 240, publisher: TEST_PUBLISHER, releaseKey: TEST_RELEASE.publicKey, ...options.settings, feedUrl: feed.url },
    platform: 'win32',
    log,
    app,
    executor: new NodeHttpsExecutor(feed.ca) as unknown as HttpExecutor<never>,
    verifyPublisher: options.verifyPublisher ?? (async () => null),
    verifyPublisherNow: options.verifyPublisherNow ?? (() => null),
    beforeFeed: (updater) =>
      void ((updater as unknown as { _testOnlyOptions: object })._testOnlyOptions = { platform: 'win32', isUseDifferentialDownload: !!options.differential }),
  })
}
