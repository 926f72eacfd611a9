import { sign } from 'node:crypto'
import { load } from 'js-yaml'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { settingsTable } from '@contract/config-table'
import { configFromEnv } from '../../../electron/main/config'
import { checkRelease, RELEASE_FIELD } from '../../../electron/main/updates/release-manifest'
import { newReleaseKey, signFeedText, statementText } from '../../../scripts/sign-release'

const key = newReleaseKey()
const identity = { office: 'SH-01', audience: 'desk' as const, channel: 'stable' as const, platform: 'win32' as const }
const build = { ...identity, releaseKey: key.publicKey, isNewer: (version: string) => version !== '1.0.0' }
const sha = (c: string) => `${c.repeat(86)}==`
const feed = (files = [{ url: 'Setup-2.0.0.exe', sha512: sha('A'), size: 10 }], extra = '') =>
  `version: 2.0.0\nfiles:\n${files.map((f) => `  - url: ${f.url}\n    sha512: ${f.sha512}\n    size: ${f.size}\n`).join('')}${extra}`
const info = (yml: string) => load(yml) as Parameters<typeof checkRelease>[0]
/** a manifest whose statement is any text, correctly signed */
const withStatement = (statement: string) => ({ ...info(feed()), [RELEASE_FIELD]: { statement, signature: sign(null, Buffer.from(statement), key.privateKey).toString('base64') } })
const problemOf = (result: ReturnType<typeof checkRelease>) => ('refusal' in result ? result.refusal : undefined)

/** The broker's release manifest as main reads it (updates/release-manifest.ts): every way a feed may get it wrong. */
describe('the release manifest main checks before any download', () => {
  it('accepts exactly the signed release for this build', () => {
    expect(checkRelease(info(signFeedText(feed(), identity, key.privateKey)), build)).toMatchObject({ statement: { version: '2.0.0', office: 'SH-01' } })
  })

  it('refuses a malformed manifest, a statement that is not JSON or not ours, another product, another system', () => {
    const base = info(feed())
    expect(problemOf(checkRelease({ ...base, [RELEASE_FIELD]: 'text' }, build))).toMatchObject({ note: 'releaseUnsigned', problem: 'the feed carries no signed release manifest' })
    expect(problemOf(checkRelease({ ...base, [RELEASE_FIELD]: { statement: '{}', signature: 'short' } }, build))).toMatchObject({ problem: 'the release manifest is malformed' })
    expect(problemOf(checkRelease(withStatement('not json'), build))).toMatchObject({ problem: 'the signed statement is not JSON' })
    const ours = JSON.parse(statementText(identity, '2.0.0', [{ url: 'Setup-2.0.0.exe', sha512: sha('A'), size: 10 }])) as Record<string, unknown>
    expect(problemOf(checkRelease(withStatement(JSON.stringify({ ...ours, extra: 1 })), build))).toMatchObject({ problem: 'the signed statement is not a release statement of this app' })
    expect(problemOf(checkRelease(withStatement(JSON.stringify({ ...ours, product: 'com.other.app' })), build))).toMatchObject({ note: 'releaseUnsigned', problem: expect.stringMatching(/another product/) })
    expect(problemOf(checkRelease(info(signFeedText(feed(), { ...identity, platform: 'darwin' }, key.privateKey)), build))).toMatchObject({ problem: 'signed for another system: darwin' })
  })

  it('refuses a build without a usable key of its own, never throwing', () => {
    const signed = info(signFeedText(feed(), identity, key.privateKey))
    expect(problemOf(checkRelease(signed, { ...build, releaseKey: undefined }))).toMatchObject({ problem: expect.stringMatching(/names no release key/) })
    expect(problemOf(checkRelease(signed, { ...build, releaseKey: `${'/'.repeat(43)}=` }))).toMatchObject({ problem: expect.stringMatching(/not signed with this build's release key/) })
  })

  it('refuses a feed that lists a file the broker did not sign, leaves one out, or points its legacy path elsewhere', () => {
    const signed = signFeedText(feed(), identity, key.privateKey)
    const parsed = info(signed)
    expect(problemOf(checkRelease({ ...parsed, files: [...parsed.files!, { url: 'Other.exe', sha512: sha('B'), size: 10 }] }, build))).toMatchObject({ note: 'releaseUnsigned' })
    expect(problemOf(checkRelease({ ...parsed, files: [] }, build))).toMatchObject({ note: 'releaseUnsigned' })
    expect(problemOf(checkRelease({ ...parsed, files: [{ ...parsed.files![0]!, size: 11 }] }, build))).toMatchObject({ note: 'releaseUnsigned' })
    expect(problemOf(checkRelease({ ...parsed, path: 'Other.exe', sha512: sha('A') }, build))).toMatchObject({ problem: 'the feed\'s path is not a signed file' })
    expect(checkRelease({ ...parsed, path: 'Setup-2.0.0.exe', sha512: sha('A') }, build)).toHaveProperty('statement')
  })

  it('updates.releaseKey is an installer-set preset setting: 44 base64 characters, carried into the update settings', () => {
    const row = settingsTable.updateReleaseKey
    expect(row).toMatchObject({ preset: 'updates.releaseKey', changedBy: 'installer' })
    expect(v.safeParse(row.schema, key.publicKey).success).toBe(true)
    for (const bad of ['', 'abc', `${key.publicKey}A`, key.pem]) expect(v.safeParse(row.schema, bad).success).toBe(false)
    const packaged = configFromEnv({}, true, { updateReleaseKey: key.publicKey, updateFeedUrl: 'https://updates.broker.example/desk/' })
    expect(packaged.ok && packaged.config.updates).toMatchObject({ policy: 'auto', releaseKey: key.publicKey })
  })
})
