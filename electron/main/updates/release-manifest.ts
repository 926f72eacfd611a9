import { createPublicKey, verify } from 'node:crypto'
import * as v from 'valibot'
import type { ReportNote } from '@contract/types'
import type { UpdateSettings } from '../config'
import type { UpdatePlatform } from './feed'

/**
 * The broker's signed release manifest: what a feed's installer IS, beyond "signed by the broker" (which every
 * office's build, every older release and the traders' build share). `npm run package:office` (scripts/sign-release.ts)
 * signs a statement naming the product, the office, the audience, the channel, the system, the version and every
 * file's url, sha512 and size with the broker's release key (Ed25519), and writes it into the feed file itself
 * (latest.yml / latest-mac.yml: electron-updater's generic provider hands unknown fields through in UpdateInfo). Main
 * verifies it against the public key in the preset (updates.releaseKey, inside app.asar) before anything is
 * downloaded; the feed's own version and sha512 count only when they are the signed ones.
 */

/** The feed file's field that carries the manifest: `{ statement: "<JSON text>", signature: "<Ed25519, base64>" }`. */
export const RELEASE_FIELD = 'deskRelease'
/** The statement's format; a verifier refuses formats it does not know. */
export const RELEASE_FORMAT = 'registration-desk-release/1'
/** The product every build of this app is (electron-builder.yml appId; a test checks they agree). */
export const RELEASE_PRODUCT = 'com.registrationdesk.app'

const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex')
/** A raw Ed25519 public key (32 bytes) in base64, as the preset's updates.releaseKey holds it. */
export const releaseKeyPattern = /^[A-Za-z0-9+/]{43}=$/

/** What a build is, as its preset says: a release must be signed for exactly this. */
export interface ReleaseIdentity {
  /** the preset's office code; null for a build that names no office (a trader's build) */
  office: string | null
  audience: 'desk' | 'self'
  channel: UpdateSettings['channel']
  platform: UpdatePlatform
}

const signedFile = v.strictObject({
  url: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  sha512: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{86}==$/)),
  size: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
})
const statementSchema = v.strictObject({
  format: v.literal(RELEASE_FORMAT),
  product: v.string(),
  // (both may reach the connection check's words: the shapes a preset's office code and a feed's version may have)
  office: v.nullable(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,32}$/))),
  audience: v.picklist(['desk', 'self']),
  channel: v.picklist(['stable', 'beta']),
  platform: v.picklist(['win32', 'darwin']),
  version: v.pipe(v.string(), v.regex(/^[0-9A-Za-z.+-]{5,64}$/)),
  files: v.pipe(v.array(signedFile), v.minLength(1), v.maxLength(20)),
})
export type ReleaseStatement = v.InferOutput<typeof statementSchema>
export type SignedFile = ReleaseStatement['files'][number]

/** Why a release is refused: the connection check's word for it (`connection.notes.*`), and English for the log. */
export type ReleaseNote = Extract<ReportNote, `release${string}`>
export interface ReleaseRefusal {
  note: ReleaseNote
  problem: string
  /** what the window may show with the note (an office code, a version: both checked text) */
  value?: string
}

interface FeedInfo {
  version?: unknown
  files?: { url?: unknown; sha512?: unknown; size?: unknown }[]
  path?: unknown
  sha512?: unknown
  [RELEASE_FIELD]?: unknown
}

const refusal = (note: ReleaseNote, problem: string, value?: string): { refusal: ReleaseRefusal } => ({ refusal: { note, problem, ...(value ? { value } : {}) } })
const shown = (text: unknown) => JSON.stringify(String(text).slice(0, 40))

/** The statement the key signed, or why there is none: no manifest, not this key's signature, not our format. */
function signedStatement(manifest: unknown, releaseKey: string | undefined): ReleaseStatement | string {
  if (!releaseKey || !releaseKeyPattern.test(releaseKey)) return 'this build names no release key (updates.releaseKey)'
  const m = manifest as { statement?: unknown; signature?: unknown } | undefined
  if (!m || typeof m !== 'object' || typeof m.statement !== 'string' || typeof m.signature !== 'string') return 'the feed carries no signed release manifest'
  if (m.statement.length > 20_000 || !/^[A-Za-z0-9+/]{86}==$/.test(m.signature)) return 'the release manifest is malformed'
  let valid = false
  try {
    const key = createPublicKey({ key: Buffer.concat([SPKI_ED25519, Buffer.from(releaseKey, 'base64')]), format: 'der', type: 'spki' })
    valid = verify(null, Buffer.from(m.statement, 'utf8'), key, Buffer.from(m.signature, 'base64'))
  } catch {
    valid = false
  }
  if (!valid) return 'the release manifest is not signed with this build\'s release key'
  let json: unknown
  try {
    json = JSON.parse(m.statement)
  } catch {
    return 'the signed statement is not JSON'
  }
  const parsed = v.safeParse(statementSchema, json)
  return parsed.success ? parsed.output : 'the signed statement is not a release statement of this app'
}

const sameFile = (a: SignedFile, b: { url?: unknown; sha512?: unknown; size?: unknown }) => a.url === b.url && a.sha512 === b.sha512 && a.size === b.size

/**
 * The release the feed announces, checked against the broker's signature and this build: the statement must be
 * signed with `releaseKey`, name this product, office, audience, channel and system, carry exactly the feed's version
 * (newer than the running one) and exactly the feed's files (url, sha512, size; the legacy `path`/`sha512` one of
 * them). Answers the signed statement, or the refusal.
 */
export function checkRelease(
  info: FeedInfo,
  build: ReleaseIdentity & { releaseKey: string | undefined; isNewer: (version: string) => boolean },
): { statement: ReleaseStatement } | { refusal: ReleaseRefusal } {
  const statement = signedStatement(info[RELEASE_FIELD], build.releaseKey)
  if (typeof statement === 'string') return refusal('releaseUnsigned', statement)
  if (statement.product !== RELEASE_PRODUCT) return refusal('releaseUnsigned', `signed for another product: ${shown(statement.product)}`)
  if (statement.office !== build.office) return refusal('releaseOtherOffice', `signed for another office: ${shown(statement.office ?? 'no office')}`, statement.office ?? undefined)
  if (statement.audience !== build.audience) return refusal('releaseOtherAudience', `signed for another audience: ${statement.audience}`)
  if (statement.channel !== build.channel) return refusal('releaseOtherChannel', `signed for another channel: ${statement.channel}`)
  if (statement.platform !== build.platform) return refusal('releaseUnsigned', `signed for another system: ${statement.platform}`)
  if (statement.version !== info.version) return refusal('releaseVersion', `the feed announces ${shown(info.version)}, the signed release is ${shown(statement.version)}`, statement.version)
  if (!build.isNewer(statement.version)) return refusal('releaseNotNewer', `the signed release ${shown(statement.version)} is not newer than this app`, statement.version)
  const files = info.files ?? []
  const unsigned = files.find((f) => !statement.files.some((s) => sameFile(s, f)))
  if (unsigned || files.length !== statement.files.length) return refusal('releaseUnsigned', `the feed's files are not the signed ones (${shown(unsigned?.url ?? 'a file missing')})`)
  if (info.path !== undefined && !statement.files.some((s) => s.url === info.path && s.sha512 === info.sha512)) return refusal('releaseUnsigned', 'the feed\'s path is not a signed file')
  return { statement }
}
