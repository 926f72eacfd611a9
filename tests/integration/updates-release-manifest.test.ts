import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { publisherCheck, publisherCheckSync, type Publisher } from '../../electron/main/updates/publisher-check'
import { newReleaseKey } from '../../scripts/sign-release'
import { release } from '../support/update-feed'
import { closeFeeds, logLines as lines, pendingFiles, updateSetup as setup } from '../support/update-service'

afterEach(closeFeeds)

/**
 * The attack review's finding (update rollback / another office's build), now refused: every build of the broker is
 * signed by the same certificate, so "signed by the broker" says nothing about WHICH build a feed serves. The broker's
 * release manifest (updates/release-manifest.ts, signed by scripts/sign-release.ts) names product, office, audience,
 * channel, system, version and every file's sha512; main checks it before anything is downloaded, and the installer's
 * bytes against it right before they are started (install-guard.ts).
 *
 * electron-updater's real NsisUpdater against a local https feed; PowerShell is stood in for exactly as in
 * publisher-check.test.ts, answering what Windows answers for ANY broker-signed installer (an old release, another
 * office's): status Valid, the broker's subject and thumbprint. The verdict code itself is the real one.
 */
const broker: Publisher = { subject: 'CN=Broker Example Ltd, O=Broker Example Ltd, L=Hong Kong, C=HK', sha256: ['70069CD8A247A31839975191F9620A8DC4B1D49B2438E60AA0B62CA2A1ECCEDF'] }
const windowsSays = (file: string) => ({ stdout: JSON.stringify({ path: file, status: 0, subject: broker.subject, sha256: broker.sha256![0] }) + '\r\n', stderr: '' })
const brokerSigned = {
  verifyPublisher: publisherCheck({ publisher: broker, env: { SystemRoot: 'C:\\Windows' }, run: async (_p, _a, { env }) => windowsSays(env.REGDESK_VERIFY_FILE!) }),
  verifyPublisherNow: publisherCheckSync({ publisher: broker, env: { SystemRoot: 'C:\\Windows' }, run: (_p, _a, { env }) => windowsSays(env.REGDESK_VERIFY_FILE!) }),
}

/** Office SH-01's clerk desk, running 1.4.0 (a release with the security fixes) */
const office = () => setup({ version: '1.4.0', office: 'SH-01', ...brokerSigned })
const sh01 = { signed: { identity: { office: 'SH-01' } } }

type Context = Awaited<ReturnType<typeof office>>

/** refused before anything is downloaded: only the feed file was asked, logged, said by the connection check */
function refusedBeforeDownload(ctx: Context, note: string, reason: RegExp) {
  expect(ctx.service.status().phase).toBe('none')
  expect(ctx.feed.requests.map((r) => r.path)).toEqual(['/desk/latest.yml'])
  expect(lines(ctx.log, 'update.refused')).toEqual([expect.objectContaining({ level: 'warn', reason: expect.stringMatching(reason) })])
  expect(ctx.service.lastRefusal()).toMatchObject({ note })
  expect(pendingFiles(ctx.cacheDir).filter((f) => f.endsWith('.exe'))).toEqual([])
}

/** a feed file announcing another version than the one it carries (the manifest kept, the text changed) */
const relabelled = (r: ReturnType<typeof release>, version: string) => ({ ...r, yml: r.yml.replace(/^version: .*$/m, `version: ${version}`) })

describe('a hostile feed cannot install an older release or another office\'s build', () => {
  it('the attack as found: an old signed installer announced as 9.9.9 without the broker\'s manifest is refused', async () => {
    const ctx = await office()
    ctx.feed.publish(release('9.9.9', { name: 'Registration-Desk-9.9.9-setup.exe', signed: false }))
    await ctx.service.checkNow()
    refusedBeforeDownload(ctx, 'releaseUnsigned', /no signed release manifest/)
  })

  it('an older release\'s genuine feed relabelled 9.9.9 is refused (the signed version is 1.0.0)', async () => {
    const ctx = await office()
    ctx.feed.publish(relabelled(release('1.0.0', sh01), '9.9.9'))
    await ctx.service.checkNow()
    refusedBeforeDownload(ctx, 'releaseVersion', /announces "9\.9\.9", the signed release is "1\.0\.0"/)
    expect(ctx.service.lastRefusal()).toMatchObject({ noteValue: '1.0.0' })
  })

  it('an older release\'s genuine feed, as it was, is refused: not newer than this app', async () => {
    const ctx = await office()
    ctx.feed.publish(release('1.0.0', sh01))
    await ctx.service.checkNow()
    refusedBeforeDownload(ctx, 'releaseNotNewer', /"1\.0\.0" is not newer/)
  })

  it('office HK-01\'s genuine release, even a newer one, is refused at SH-01', async () => {
    const ctx = await office()
    ctx.feed.publish(release('1.5.0', { signed: { identity: { office: 'HK-01' } } }))
    await ctx.service.checkNow()
    refusedBeforeDownload(ctx, 'releaseOtherOffice', /another office: "HK-01"/)
  })

  it('the traders\' build (another audience) and a beta build (another channel) are refused at a stable desk', async () => {
    const trader = await office()
    trader.feed.publish(release('1.5.0', { signed: { identity: { office: 'SH-01', audience: 'self' } } }))
    await trader.service.checkNow()
    refusedBeforeDownload(trader, 'releaseOtherAudience', /another audience: self/)

    const beta = await office()
    beta.feed.publish(release('1.5.0', { signed: { identity: { office: 'SH-01', channel: 'beta' } } }))
    await beta.service.checkNow()
    refusedBeforeDownload(beta, 'releaseOtherChannel', /another channel: beta/)
  })

  it('a feed whose sha512 (or file) was changed under the signed manifest is refused', async () => {
    const ctx = await office()
    const genuine = release('1.5.0', sh01)
    const other = release('1.0.0', { ...sh01, name: genuine.name })
    // the attacker serves other bytes at the signed name and rewrites the feed's sha512 to match them
    // (the feed's own sha512 lines only: the signed statement is left as the broker signed it)
    const yml = genuine.yml.replace(/^( *)sha512: .*$/gm, `$1sha512: ${other.sha512}`)
    expect(yml).toContain(genuine.sha512)
    ctx.feed.publish({ ...genuine, installer: other.installer, yml })
    await ctx.service.checkNow()
    refusedBeforeDownload(ctx, 'releaseUnsigned', /files are not the signed ones/)
  })

  it('a manifest signed with another key (a throwaway test key, an attacker\'s) is refused', async () => {
    const ctx = await office()
    ctx.feed.publish(release('1.5.0', { signed: { ...sh01.signed, key: newReleaseKey() } }))
    await ctx.service.checkNow()
    refusedBeforeDownload(ctx, 'releaseUnsigned', /not signed with this build's release key/)
  })

  it('a build whose preset names no release key does not update at all: nothing asked, logged, said in the connection check', async () => {
    const ctx = await setup({ version: '1.4.0', office: 'SH-01', releaseKey: null, ...brokerSigned })
    ctx.feed.publish(release('1.5.0', sh01))
    await ctx.service.checkNow()
    expect(ctx.feed.requests).toEqual([])
    expect(lines(ctx.log, 'update.unavailable')).toEqual([expect.objectContaining({ reason: expect.stringMatching(/names no release key \(updates\.releaseKey\)/) })])
    expect(ctx.service.lastRefusal()).toMatchObject({ note: 'updatesUnavailable' })
  })

  it('a correctly signed newer release for this office still updates, and its signed bytes are started', async () => {
    const ctx = await office()
    const next = release('1.5.0', sh01)
    ctx.feed.publish(next)
    await ctx.service.checkNow()
    expect(ctx.service.status()).toMatchObject({ phase: 'ready', version: '1.5.0' })
    expect(lines(ctx.log, 'update.refused')).toEqual([])
    expect(ctx.service.lastRefusal()).toBeUndefined()
    const updater = ctx.loads[0]! as unknown as { spawnLog: (file: string, args: string[]) => Promise<boolean>; install: (silent: boolean, run: boolean) => boolean }
    const started = vi.spyOn(updater, 'spawnLog').mockResolvedValue(true)
    expect(updater.install(true, true)).toBe(true)
    expect(started).toHaveBeenCalledTimes(1)
    expect(readFileSync(started.mock.calls[0]![0]).equals(next.installer)).toBe(true)
  })
})

describe('the file started is the one the broker signed', () => {
  it('another broker-signed installer swapped in while PowerShell checks the publisher is refused, never started', async () => {
    const older = release('1.0.0', sh01) // an old release's installer: Windows calls it validly signed by the broker
    let swapped = false
    const ctx = await setup({
      version: '1.4.0',
      office: 'SH-01',
      verifyPublisher: brokerSigned.verifyPublisher,
      // the swap lands during the seconds PowerShell takes, after any earlier read of the file
      verifyPublisherNow: (file) => {
        writeFileSync(file, older.installer)
        swapped = true
        return brokerSigned.verifyPublisherNow(file)
      },
    })
    ctx.feed.publish(release('1.5.0', sh01))
    await ctx.service.checkNow()
    expect(ctx.service.status().phase).toBe('ready')
    const updater = ctx.loads[0]! as unknown as { spawnLog: (file: string, args: string[]) => Promise<boolean> }
    const started = vi.spyOn(updater, 'spawnLog').mockResolvedValue(true)

    const answer = await ctx.service.restartNow()
    expect(swapped).toBe(true)
    expect(answer).toMatchObject({ ok: false, error: { code: 'INSTALLER_REFUSED', message: expect.stringMatching(/not the signed release/) } })
    expect(started).not.toHaveBeenCalled()
    expect(lines(ctx.log, 'update.refused')).toEqual([expect.objectContaining({ reason: 'the installer is not the signed release any more (sha512)' })])
    expect(ctx.service.lastRefusal()).toMatchObject({ note: 'downloadRefused' })
    expect(readFileSync(join(ctx.cacheDir, 'pending', pendingFiles(ctx.cacheDir).find((f) => f.endsWith('.exe'))!)).equals(older.installer)).toBe(true)
  })
})
