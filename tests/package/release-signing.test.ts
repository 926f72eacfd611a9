import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { checkRelease, RELEASE_FIELD, RELEASE_PRODUCT } from '../../electron/main/updates/release-manifest'
import { builderConfig, packagingEnvironment, stageOffice } from '../../scripts/package-office'
import { identityOf, newReleaseKey, releaseSigning, signFeedText, signingNotice } from '../../scripts/sign-release'
import { TEST_SETTINGS_PIN } from '../support/office-pin'
import { release } from '../support/update-feed'

const root = resolve(__dirname, '../..')
const tsx = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, script), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 })
const shanghai = () => JSON.parse(readFileSync(join(root, 'resources/presets/office-shanghai.json'), 'utf8')) as Record<string, unknown> & { updates: Record<string, unknown> }
const unsignedFeed = (version: string) => release(version, { signed: false }).yml
const verifier = (publicKey: string, office: string | null) => ({ releaseKey: publicKey, office, audience: 'desk' as const, channel: 'stable' as const, platform: 'win32' as const, isNewer: () => true })

/**
 * Producing the broker's release manifest (scripts/sign-release.ts, called by package:office): the feed files a build
 * writes carry a statement signed with the release key, which main's own check (release-manifest.ts) accepts, and
 * nothing is packaged for updates without that key.
 */
describe('the release manifest package:office signs into the feed files', () => {
  it('names this product: the appId every build of electron-builder.yml has', () => {
    expect(builderConfig().appId).toBe(RELEASE_PRODUCT)
  })

  it('a signed feed file is what main accepts; it is never signed again, and no private key is in it', () => {
    const pair = newReleaseKey()
    const once = signFeedText(unsignedFeed('2.0.0'), identityOf({ office: { code: 'SH-01', name: 'x' } }, 'win32'), pair.privateKey)
    expect(() => signFeedText(once, identityOf({ office: { code: 'HK-01', name: 'x' } }, 'win32'), pair.privateKey)).toThrow(/already carries a release manifest/)
    expect(once.match(new RegExp(`^${RELEASE_FIELD}:`, 'gm'))).toHaveLength(1)
    const twice = once
    const info = load(twice) as Parameters<typeof checkRelease>[0]
    expect(checkRelease(info, verifier(pair.publicKey, 'SH-01'))).toMatchObject({ statement: { version: '2.0.0', office: 'SH-01', product: RELEASE_PRODUCT } })
    expect(checkRelease(info, verifier(pair.publicKey, 'HK-01'))).toMatchObject({ refusal: { note: 'releaseOtherOffice' } })
    expect(twice).not.toContain('PRIVATE KEY')
    expect(twice).not.toContain(pair.privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(16).toString('base64'))
  })

  it('without a release key, a preset with updates on is refused (one sentence); a test build gets a throwaway key', () => {
    const values = { updatePolicy: 'auto' as const, updateFeedUrl: 'https://updates.broker.example/desk/', updateReleaseKey: shanghai().updates.releaseKey as string }
    expect(releaseSigning(values, { testBuild: false, updatesOn: false })).toEqual({})
    expect(releaseSigning(values, { testBuild: false, updatesOn: true }).refusal).toMatch(/^the preset turns updates on and no release key was given \(--release-key <file> or DESK_RELEASE_KEY_FILE\)/)
    const test = releaseSigning(values, { testBuild: true, updatesOn: true })
    expect(test).toMatchObject({ throwaway: true, publicKey: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/) })
    expect(test.key && test.publicKey).not.toBe(values.updateReleaseKey)

    const dir = mkdtempSync(join(tmpdir(), 'release-key-'))
    const other = join(dir, 'other.pem')
    writeFileSync(other, newReleaseKey().pem)
    expect(releaseSigning(values, { keyFile: other, testBuild: false, updatesOn: true }).refusal).toMatch(/not the one the preset trusts/)
    expect(releaseSigning(values, { keyFile: join(dir, 'missing.pem'), testBuild: false, updatesOn: true }).refusal).toMatch(/does not exist/)
    writeFileSync(join(dir, 'not-a-key.pem'), 'hello')
    expect(releaseSigning(values, { keyFile: join(dir, 'not-a-key.pem'), testBuild: false, updatesOn: true }).refusal).toMatch(/is not a private key/)
  })

  it('a test build\'s staged preset trusts its throwaway key; a release build ships the preset byte for byte', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stage-')), 'office.json')
    writeFileSync(file, JSON.stringify(shanghai()))
    const dir = mkdtempSync(join(tmpdir(), 'staged-'))
    stageOffice(file, true, dir, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=')
    expect(JSON.parse(readFileSync(join(dir, 'office.json'), 'utf8')).updates).toMatchObject({ releaseKey: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', feedUrl: 'https://updates.broker.example/desk/' })
    stageOffice(file, false, dir, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=')
    expect(readFileSync(join(dir, 'office.json'), 'utf8')).toBe(readFileSync(file, 'utf8'))
  })

  it('npm run release:key makes a key (owner-only file, public half printed); release:sign signs a feed folder with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'release-cli-'))
    const keyFile = join(dir, 'release-key.pem')
    const made = tsx('scripts/sign-release.ts', ['--new-key', keyFile])
    expect(made.status, made.stderr).toBe(0)
    const publicKey = /\n([A-Za-z0-9+/]{43}=)\n/.exec(made.stdout)?.[1]
    expect(publicKey).toBeDefined()
    expect(made.stdout).not.toContain('PRIVATE KEY')
    if (process.platform !== 'win32') expect(spawnSync('stat', ['-c', '%a', keyFile], { encoding: 'utf8' }).stdout.trim()).toBe('600')
    expect(tsx('scripts/sign-release.ts', ['--new-key', keyFile]).stderr).toMatch(/exists already: a release key is never overwritten/)

    const preset = join(dir, 'office.json')
    writeFileSync(preset, JSON.stringify({ ...shanghai(), settingsPin: TEST_SETTINGS_PIN, updates: { ...shanghai().updates, releaseKey: publicKey } }))
    const next = release('2.1.0', { signed: false })
    writeFileSync(join(dir, 'latest.yml'), next.yml)
    writeFileSync(join(dir, next.name), next.installer)
    const signed = tsx('scripts/sign-release.ts', ['--preset', preset, '--feed', dir], { DESK_RELEASE_KEY_FILE: keyFile })
    expect(signed.status, signed.stderr).toBe(0)
    expect(signed.stdout).toMatch(/Signed latest\.yml for SH-01/)
    const info = load(readFileSync(join(dir, 'latest.yml'), 'utf8')) as Parameters<typeof checkRelease>[0]
    expect(checkRelease(info, verifier(publicKey!, 'SH-01'))).toMatchObject({ statement: { version: '2.1.0' } })
    // with the example preset's key (whose private half nobody has) it refuses, naming why
    const refused = tsx('scripts/sign-release.ts', ['--preset', join(root, 'resources/presets/office-shanghai.json'), '--feed', dir, '--key', keyFile])
    expect(refused.status).toBe(1)
    expect(refused.stderr.trim().split('\n').at(-1)).toMatch(/^Not signed: .*(not the one the preset trusts|example PIN)/)
  })

  it('package:office refuses a preset with updates on and no release key, before building anything', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pkg-')), 'office.json')
    writeFileSync(file, JSON.stringify({ ...shanghai(), settingsPin: TEST_SETTINGS_PIN }))
    const run = tsx('scripts/package-office.ts', ['--preset', file, '--linux', '--dir'], { DESK_RELEASE_KEY_FILE: '' })
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toMatch(/^Refusing to package: the preset turns updates on and no release key was given .*docs\/security\.md\)\.$/)
  })
})

/** Was tests/attack-poc/test-build-release-key.test.ts: a --test-build signed its feed with the broker's real key. */
describe('a test build and the broker\'s release key', () => {
  it('a test build never signs with the broker\'s key, whatever the options or the environment say; it says so', () => {
    const broker = newReleaseKey()
    const keyFile = join(mkdtempSync(join(tmpdir(), 'rk-')), 'release-key.pem')
    writeFileSync(keyFile, broker.pem)
    const preset = { office: { code: 'SH-01', name: 'Shanghai' }, audience: 'desk', updateChannel: 'stable', updateReleaseKey: broker.publicKey } as const
    // IT's signing shell keeps DESK_RELEASE_KEY_FILE; nothing a test build runs afterwards sees it
    const env = packagingEnvironment({ DESK_RELEASE_KEY_FILE: keyFile, CSC_LINK: 'x' }, true)
    expect(env.DESK_RELEASE_KEY_FILE).toBeUndefined()
    expect(packagingEnvironment({ DESK_RELEASE_KEY_FILE: keyFile }, false).DESK_RELEASE_KEY_FILE).toBe(keyFile)
    // --release-key given on the command line: still a throwaway key, and the output says the given one is not used
    const signing = releaseSigning(preset, { keyFile, testBuild: true, updatesOn: true })
    expect(signing).toMatchObject({ throwaway: true, ignored: true })
    expect(signing.key && signing.publicKey).not.toBe(broker.publicKey)
    expect(signingNotice(signing)).toMatch(/^TEST BUILD: a throwaway release key signs its feed files; .* The release key given \(--release-key or DESK_RELEASE_KEY_FILE\) is not used: a test build never signs with the broker's key\.$/)
    expect(signingNotice(releaseSigning(preset, { testBuild: true, updatesOn: true }))).not.toMatch(/is not used/)
    expect(signingNotice(releaseSigning(preset, { keyFile, testBuild: false, updatesOn: true }))).toBeUndefined()

    // the test build's feed, as package:office signs it: no PC of that office accepts it
    const next = release('1.6.0', { signed: false })
    const info = load(signFeedText(next.yml, identityOf(preset, 'win32'), signing.key!)) as Parameters<typeof checkRelease>[0]
    expect(checkRelease(info, verifier(broker.publicKey, 'SH-01'))).toMatchObject({ refusal: { note: 'releaseUnsigned' } })
  })
})
