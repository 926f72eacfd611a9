import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { dump, load } from 'js-yaml'
import type { SettingValues } from '../contract/config-table'
import { RELEASE_FIELD, RELEASE_FORMAT, RELEASE_PRODUCT, type ReleaseIdentity, type ReleaseStatement } from '../electron/main/updates/release-manifest'
import { readShipped } from '../electron/main/office/resolve'
import { channelFile } from '../electron/main/updates/feed'
import { feedFileRefusal, feedFiles, type FolderSnapshot } from './feed-files'

/**
 * The broker's release manifest (electron/main/updates/release-manifest.ts), signed into the feed files a build
 * produced: latest.yml, latest-mac.yml, beta.yml, beta-mac.yml. The release key is an Ed25519 private key in a PEM
 * file that IT keeps off the repository (like the code-signing certificate); its public half is the preset's
 * updates.releaseKey. Nothing here prints or stores the private key.
 *
 *   npm run release:key -- --new-key path/to/release-key.pem     a new key pair: the file (owner-only), the public key printed
 *   npm run release:sign -- --preset office.json --feed dist --key path/to/release-key.pem   signs feed files not signed yet
 */

/** The raw Ed25519 public key in base64 (updates.releaseKey) of a private or public key. */
export const publicKeyText = (key: KeyObject): string =>
  Buffer.from(createPublicKey(key).export({ format: 'der', type: 'spki' })).subarray(12).toString('base64')

/** Reads the release key from its file; one sentence when it is not an Ed25519 private key. */
export function readReleaseKey(file: string): KeyObject {
  if (!existsSync(file)) throw new Error(`the release key file ${file} does not exist`)
  let key: KeyObject
  try {
    key = createPrivateKey(readFileSync(file))
  } catch {
    throw new Error(`${file} is not a private key (PEM)`)
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${file} is not an Ed25519 key`)
  return key
}

/** A new release key pair (a broker's once; a test build's throwaway). */
export function newReleaseKey(): { privateKey: KeyObject; publicKey: string; pem: string } {
  const { privateKey } = generateKeyPairSync('ed25519')
  return { privateKey, publicKey: publicKeyText(privateKey), pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() }
}

/** What a preset's build is (release-manifest.ts ReleaseIdentity), for one system. */
export function identityOf(values: SettingValues, platform: ReleaseIdentity['platform']): ReleaseIdentity {
  return { office: values.office?.code ?? null, audience: values.audience ?? 'desk', channel: values.updateChannel ?? 'stable', platform }
}

/** The statement's text: one JSON line, keys in a fixed order (the bytes signed are the bytes carried). */
export function statementText(identity: ReleaseIdentity, version: string, files: ReleaseStatement['files']): string {
  const statement: ReleaseStatement = {
    format: RELEASE_FORMAT,
    product: RELEASE_PRODUCT,
    office: identity.office,
    audience: identity.audience,
    channel: identity.channel,
    platform: identity.platform,
    version,
    files: files.map((f) => ({ url: f.url, sha512: f.sha512, size: f.size })),
  }
  return JSON.stringify(statement)
}

/** A feed file's text with the manifest for its own version and files; a file that carries one already is refused (feed-files.ts). */
export function signFeedText(yml: string, identity: ReleaseIdentity, key: KeyObject): string {
  const info = load(yml) as { version?: unknown; files?: { url: string; sha512: string; size: number }[] } | null
  if (!info || typeof info.version !== 'string' || !Array.isArray(info.files) || !info.files.length) throw new Error('not a feed file with a version and files')
  if (RELEASE_FIELD in info) throw new Error('the feed file already carries a release manifest: a feed file is signed once, by the packaging run that wrote it')
  const statement = statementText(identity, info.version, info.files)
  const signature = sign(null, Buffer.from(statement, 'utf8'), key).toString('base64')
  const field = dump({ [RELEASE_FIELD]: { statement, signature } }, { lineWidth: -1 })
  return `${yml.endsWith('\n') ? yml : `${yml}\n`}${field}`
}

/** A packaging run: the folder as it found it, and the systems it built (the channel's feed file of each may be signed). */
export interface PackagingRun {
  before: FolderSnapshot
  platforms: ReleaseIdentity['platform'][]
}

/**
 * Signs the feed files in `folder` for the preset's build; answers the files signed. Every file is checked first
 * (feed-files.ts feedFileRefusal) and nothing is signed when one is refused: the refusal is thrown, one sentence.
 * With `run` (package:office), only the preset channel's file of each system the run built, written by that run.
 */
export function signFeedFolder(folder: string, values: SettingValues, key: KeyObject, run?: PackagingRun): string[] {
  const present = feedFiles.filter(([name]) => existsSync(join(folder, name)))
  const built = run?.platforms.map((platform) => channelFile(values.updateChannel ?? 'stable', platform))
  for (const [name] of present) {
    if (built && !built.includes(name)) throw new Error(`${name} is in ${folder}, but this packaging run did not build it`)
    const refused = feedFileRefusal(folder, name, run?.before)
    if (refused) throw new Error(refused)
  }
  for (const [name, platform] of present) {
    const file = join(folder, name)
    writeFileSync(file, signFeedText(readFileSync(file, 'utf8'), identityOf(values, platform), key))
  }
  return present.map(([name]) => name)
}

/** Why `key` may not sign this preset's releases (its public half is not the preset's updates.releaseKey), or undefined. */
export function keyMismatch(values: SettingValues, key: KeyObject): string | undefined {
  if (!values.updateReleaseKey) return 'the preset names no release key (updates.releaseKey)'
  return publicKeyText(key) === values.updateReleaseKey ? undefined : 'the release key file is not the one the preset trusts (its public half is not updates.releaseKey)'
}

/** How package:office signs a build's feed: with the broker's key, a test build's throwaway key, or not at all (updates off). */
export type ReleaseSigning = { key: KeyObject; publicKey: string; throwaway: boolean; ignored?: boolean; refusal?: undefined } | { key?: undefined; ignored?: undefined; refusal?: string }

/**
 * The release key a build's feed is signed with. A preset whose updates are on needs the broker's key (`keyFile`, from
 * --release-key or DESK_RELEASE_KEY_FILE), whose public half is the preset's updates.releaseKey; without it a release
 * build is refused (its feed would carry no manifest, and no office would install it). A test build ALWAYS gets a
 * throwaway key (its public half replaces the preset's in the staged office.json), whatever key it was given: a test
 * build's feed signed with the broker's key would be a release every office of that preset accepts. `ignored` says
 * that a key was given and not used.
 */
export function releaseSigning(values: SettingValues, options: { keyFile?: string; testBuild: boolean; updatesOn: boolean }): ReleaseSigning {
  if (!options.updatesOn) return {}
  if (options.testBuild) {
    const pair = newReleaseKey()
    return { key: pair.privateKey, publicKey: pair.publicKey, throwaway: true, ...(options.keyFile ? { ignored: true } : {}) }
  }
  if (!options.keyFile) {
    return { refusal: 'the preset turns updates on and no release key was given (--release-key <file> or DESK_RELEASE_KEY_FILE): its feed files would carry no signed release manifest, and no office would install them (docs/security.md)' }
  }
  let key: KeyObject
  try {
    key = readReleaseKey(options.keyFile)
  } catch (error) {
    return { refusal: (error as Error).message }
  }
  const mismatch = keyMismatch(values, key)
  return mismatch ? { refusal: `${mismatch} (npm run release:key makes a key pair; docs/security.md)` } : { key, publicKey: publicKeyText(key), throwaway: false }
}

/** What package:office says about the key its feed files are signed with (nothing for a release build: it is the broker's). */
export function signingNotice(signing: ReleaseSigning): string | undefined {
  if (!signing.key || !signing.throwaway) return undefined
  return `TEST BUILD: a throwaway release key signs its feed files; the staged preset trusts it instead of updates.releaseKey (not for offices).${
    signing.ignored ? ' The release key given (--release-key or DESK_RELEASE_KEY_FILE) is not used: a test build never signs with the broker\'s key.' : ''
  }`
}

function main(): void {
  const { values } = parseArgs({ options: { 'new-key': { type: 'string' }, preset: { type: 'string' }, feed: { type: 'string' }, key: { type: 'string' } } })
  try {
    if (values['new-key']) {
      if (existsSync(values['new-key'])) throw new Error(`${values['new-key']} exists already: a release key is never overwritten`)
      const pair = newReleaseKey()
      writeFileSync(values['new-key'], pair.pem, { mode: 0o600, flag: 'wx' })
      console.log(`Release key written to ${values['new-key']} (keep it with the code-signing certificate, never in the repository).`)
      console.log(`Its public key, for every preset's updates.releaseKey:\n${pair.publicKey}`)
      return
    }
    const keyFile = values.key ?? process.env.DESK_RELEASE_KEY_FILE
    if (!values.preset || !values.feed || !keyFile) throw new Error('usage: --preset office.json --feed <folder> --key <release-key.pem> (or DESK_RELEASE_KEY_FILE)')
    const read = readShipped(values.preset)
    if (!read.ok) throw new Error(`${values.preset}: ${read.problem.field} ${read.problem.message}`)
    const key = readReleaseKey(keyFile)
    const mismatch = keyMismatch(read.values, key)
    if (mismatch) throw new Error(mismatch)
    const signed = signFeedFolder(values.feed, read.values, key)
    if (!signed.length) throw new Error(`no feed file (latest.yml, latest-mac.yml, beta*.yml) in ${values.feed}`)
    console.log(`Signed ${signed.join(', ')} for ${read.values.office?.code ?? 'a build without an office'}.`)
  } catch (error) {
    console.error(`Not signed: ${(error as Error).message}`)
    process.exit(1)
  }
}

if (process.argv[1]?.endsWith('sign-release.ts')) main()
