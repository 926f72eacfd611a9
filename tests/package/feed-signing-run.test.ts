import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import type { SettingValues } from '../../contract/config-table'
import { checkRelease } from '../../electron/main/updates/release-manifest'
import { snapshotFolder, staleFeedRefusal } from '../../scripts/feed-files'
import { identityOf, newReleaseKey, signFeedFolder, signFeedText } from '../../scripts/sign-release'
import { release } from '../support/update-feed'

const key = newReleaseKey()
const preset = (code: string) => ({ office: { code, name: code }, audience: 'desk', updateChannel: 'stable', updateReleaseKey: key.publicKey }) as SettingValues
const at = (office: string, platform: 'win32' | 'darwin') => ({ releaseKey: key.publicKey, office, audience: 'desk' as const, channel: 'stable' as const, platform, isNewer: () => true })
const infoOf = (file: string) => load(readFileSync(file, 'utf8')) as Parameters<typeof checkRelease>[0]

/** What electron-builder leaves in dist/ for one build: the installer and its feed file (signed by package:office when `signedFor`). */
function writeBuild(dist: string, feedName: string, version: string, name: string, signedFor?: { code: string; platform: 'win32' | 'darwin' }) {
  const built = release(version, { name, signed: false })
  writeFileSync(join(dist, name), built.installer)
  writeFileSync(join(dist, feedName), signedFor ? signFeedText(built.yml, identityOf(preset(signedFor.code), signedFor.platform), key.privateKey) : built.yml)
  return built
}

/**
 * package:office signs the feed files of the build it ran, never one an earlier run left in dist/ (electron-builder
 * does not empty it): was tests/attack-poc/stale-feed-file-resigned.test.ts (HK-01 --win, then SH-01 --mac, and the
 * broker's key stated that HK-01's installer was SH-01's Windows release).
 */
describe('package:office signs only the feed files its own run wrote', () => {
  it('HK-01 --win, then SH-01 --mac in the same dist/: refused before building, and HK-01\'s latest.yml is never SH-01\'s', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-'))
    writeBuild(dist, 'latest.yml', '1.6.0', 'Registration-Desk-1.6.0-setup.exe', { code: 'HK-01', platform: 'win32' })
    const hkFeed = readFileSync(join(dist, 'latest.yml'), 'utf8')
    // package:office's first word, before anything is built: one sentence naming the file and what to do
    expect(staleFeedRefusal(dist)).toBe(`${dist} holds feed files of an earlier packaging run (latest.yml): move them with their installers to that build's feed folder, or delete them, then package again (a feed file is signed once, for the office whose run wrote it)`)

    // and were the run to go on anyway (or release:sign be pointed at the folder): nothing is signed
    const before = snapshotFolder(dist)
    writeBuild(dist, 'latest-mac.yml', '1.6.0', 'Registration-Desk-1.6.0-mac.zip')
    expect(() => signFeedFolder(dist, preset('SH-01'), key.privateKey, { before, platforms: ['darwin'] })).toThrow(`latest.yml is in ${dist}, but this packaging run did not build it`)
    expect(() => signFeedFolder(dist, preset('SH-01'), key.privateKey)).toThrow(/^latest\.yml already carries a release manifest: a feed file is signed once/)
    expect(readFileSync(join(dist, 'latest.yml'), 'utf8')).toBe(hkFeed)
    expect(checkRelease(infoOf(join(dist, 'latest.yml')), at('SH-01', 'win32'))).toMatchObject({ refusal: { note: 'releaseOtherOffice', value: 'HK-01' } })
    expect(readFileSync(join(dist, 'latest-mac.yml'), 'utf8')).not.toContain('deskRelease')
  })

  it('a clean dist/: the run\'s own feed file is signed, and the PCs of that office accept it', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-'))
    expect(staleFeedRefusal(dist)).toBeUndefined()
    const before = snapshotFolder(dist)
    writeBuild(dist, 'latest-mac.yml', '1.6.0', 'Registration-Desk-1.6.0-mac.zip')
    expect(signFeedFolder(dist, preset('SH-01'), key.privateKey, { before, platforms: ['darwin'] })).toEqual(['latest-mac.yml'])
    expect(checkRelease(infoOf(join(dist, 'latest-mac.yml')), at('SH-01', 'darwin'))).toMatchObject({ statement: { office: 'SH-01', platform: 'darwin', version: '1.6.0' } })
  })

  it('a feed file naming an installer this run did not write, or not as it is on disk, is not signed', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-'))
    const old = release('1.5.0', { name: 'Registration-Desk-1.5.0-setup.exe', signed: false })
    writeFileSync(join(dist, old.name), old.installer)
    const before = snapshotFolder(dist)
    // this run's latest.yml, pointing at the earlier installer left in dist/
    writeFileSync(join(dist, 'latest.yml'), old.yml)
    const run = { before, platforms: ['win32' as const] }
    expect(() => signFeedFolder(dist, preset('SH-01'), key.privateKey, run)).toThrow(`latest.yml names ${old.name}, which this packaging run did not write`)
    // the installer rewritten by this run, but not the bytes the feed states
    writeFileSync(join(dist, old.name), Buffer.concat([old.installer, Buffer.from('x')]))
    expect(() => signFeedFolder(dist, preset('SH-01'), key.privateKey, run)).toThrow(`latest.yml does not describe ${old.name} as it is in ${dist} (size or sha512)`)
    // a name the app would refuse (electron-builder writes the artifact's name as it is, spaces included)
    writeFileSync(join(dist, 'latest.yml'), old.yml.replaceAll(old.name, 'Registration Desk-1.5.0-setup.exe'))
    expect(() => signFeedFolder(dist, preset('SH-01'), key.privateKey, run)).toThrow(/names "Registration Desk-1\.5\.0-setup\.exe", not a plain file name/)
    expect(readFileSync(join(dist, 'latest.yml'), 'utf8')).not.toContain('deskRelease')
  })
})
