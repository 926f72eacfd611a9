import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as v from 'valibot'
import { officeSettingKeys, settingKeys, settingsTable, type SettingKey, type SettingValues } from '@contract/config-table'
import { checkPlatform, checkUpdates, configFromEnv, mergeLayers, problem, problemFrom, type ConfigResult, type LayerResult } from '../config'
import type { Logger } from '../log'
import { checkAudience } from '../audience/rules'
import { checkHandoff, checkTermsLinks } from './link-rules'
import { verifySigned } from './pin'
import { fileOf, officeFileOverrides, officePreset, valuesOf } from './preset-schema'
import { BUILD_KIND } from '../build-kind'

export interface PresetFiles {
  /** the settings screen's signed file in the user-data folder (office-settings.json) */
  userFile: string
  /** the installer's office.json, inside the signed, integrity-checked app.asar (one per office) */
  shippedFile?: string
}

/** The settings screen's file in the data folder. */
export const OFFICE_SETTINGS_FILE = 'office-settings.json'

const layerLabels = { shipped: 'office.json (installer)', user: 'office-settings.json (this PC)' } as const

/** The setting a dotted office.json path belongs to (for the problem's wording). */
function keyAt(path: string | null): SettingKey | undefined {
  if (!path) return undefined
  return settingKeys.find((k) => {
    const p = settingsTable[k].preset
    return p !== undefined && (path === p || path.startsWith(`${p}.`))
  })
}

/**
 * Reads and validates one office.json layer into values by setting key. A missing file is simply empty; anything
 * wrong is a problem naming the file and the field, with its code.
 */
function readLayer(file: string | undefined, label: string, schema: v.GenericSchema, keys: SettingKey[]): LayerResult {
  if (!file || !existsSync(file)) return { ok: true, values: {} }
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    return { ok: false, problem: problem(label, 'NOT_JSON', `is not valid JSON (${(error as Error).message.slice(0, 120)})`) }
  }
  const parsed = v.safeParse(schema, json)
  if (!parsed.success) {
    const issue = parsed.issues[0]!
    const path = v.getDotPath(issue)
    return { ok: false, problem: problemFrom(issue, path ? `${label}: ${path}` : label, keyAt(path)) }
  }
  return { ok: true, values: valuesOf(parsed.output as Record<string, unknown>, keys) }
}

/**
 * The installer's office.json; an installer preset must use https (plain http on loopback is for DESK_API_URL only),
 * an update policy other than off needs its feed, each hand-off template's host must be on its link allow-list, and a
 * build for traders has its own rules (audience/rules.ts).
 */
export function readShipped(file: string | undefined): LayerResult {
  const read = readLayer(file, layerLabels.shipped, officePreset, settingKeys)
  const found = read.ok
    ? (checkPlatform(read.values, `${layerLabels.shipped}: platform.baseUrl`, false) ??
      checkUpdates(read.values, `${layerLabels.shipped}: updates.feedUrl`) ??
      checkTermsLinks(read.values, `${layerLabels.shipped}: registration.terms`) ??
      checkHandoff(read.values, layerLabels.shipped) ??
      checkAudience(read.values, layerLabels.shipped))
    : undefined
  return found ? { ok: false, problem: found } : read
}
/**
 * What a settings file must be bound to, inside its signature: the PIN's verifier from the installer's preset, the
 * office's code and a hash of the shipped preset itself. A file another office saved (even one sharing the PIN), or
 * one saved under another preset, is not this installation's.
 */
export interface SettingsTrust {
  settingsPin?: string
  office: string
  presetHash: string
}

/** The highest counter this PC has seen in a signed settings file (kept beside it: `office-settings.json.seen`). */
export const seenFileOf = (userFile: string) => `${userFile}.seen`
export function lastCounterSeen(userFile: string): number {
  try {
    const value = Number(readFileSync(seenFileOf(userFile), 'utf8').trim())
    return Number.isSafeInteger(value) && value > 0 ? value : 0
  } catch {
    return 0
  }
}

/** Sets the counter this PC has seen (a failed save puts the previous one back). */
export function setCounterSeen(userFile: string, counter: number): void {
  if (counter > 0) writeFileSync(seenFileOf(userFile), `${counter}\n`, { encoding: 'utf8', mode: 0o600 })
  else rmSync(seenFileOf(userFile), { force: true })
}

const signedPayload = v.strictObject({
  scope: v.strictObject({ office: v.string(), preset: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)), counter: v.pipe(v.number(), v.safeInteger(), v.minValue(1)) }),
  settings: v.unknown(),
})

/**
 * The office settings saved on this PC: `{ "payload": "<text>", "signature": "<Ed25519, base64>" }`, signed with the
 * key the office PIN derives (pin.ts); the payload holds the scope (office code, preset hash, counter) and the
 * settings. The data folder is the user's: a file not signed by this preset's PIN, from another office or preset, or
 * older than the newest this PC has seen (a replayed copy), is ignored and logged, never a reason to stop the app.
 */
export function readUserOverrides(file: string, trust: SettingsTrust, log?: Logger): LayerResult & { counter?: number } {
  if (!existsSync(file)) return { ok: true, values: {} }
  const untrusted = (reason: string, event = 'office.settings-untrusted'): LayerResult => {
    log?.warn(event, { reason })
    return { ok: true, values: {} }
  }
  let envelope: unknown
  try {
    envelope = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return untrusted('not JSON')
  }
  const signed = v.safeParse(signedFile, envelope)
  if (!signed.success) return untrusted('not a signed settings file')
  if (!trust.settingsPin || !verifySigned(signed.output.payload, signed.output.signature, trust.settingsPin)) return untrusted('signature')
  let json: unknown
  try {
    json = JSON.parse(signed.output.payload)
  } catch {
    return untrusted('payload not JSON')
  }
  const payload = v.safeParse(signedPayload, json)
  if (!payload.success) return untrusted('no office, preset and counter inside the signature')
  const { scope } = payload.output
  if (scope.office !== trust.office) return untrusted('saved for another office')
  if (scope.preset !== trust.presetHash) return untrusted('saved under another preset')
  const seen = lastCounterSeen(file)
  if (scope.counter < seen) return untrusted(`an older file (${scope.counter}; this PC has seen ${seen})`, 'office.settings-rollback')
  const parsed = v.safeParse(officeFileOverrides, payload.output.settings)
  if (!parsed.success) return untrusted('payload outside the office settings')
  if (scope.counter > seen) {
    try {
      setCounterSeen(file, scope.counter)
    } catch (error) {
      log?.warn('office.settings-counter-unsaved', { reason: String((error as NodeJS.ErrnoException).code ?? 'write failed') })
    }
  }
  return { ok: true, values: valuesOf(parsed.output as Record<string, unknown>, officeSettingKeys), counter: scope.counter }
}

const signedFile = v.strictObject({ payload: v.pipe(v.string(), v.maxLength(20_000)), signature: v.string(), savedAt: v.optional(v.string()) })

/** The signed file the settings screen writes (service.ts): the scope and the settings, under one signature. */
export function signedOverrides(values: SettingValues, sign: (text: string) => string, now: Date, scope: { office: string; preset: string; counter: number }): string {
  const payload = JSON.stringify({ scope, settings: fileOf(values) })
  return JSON.stringify({ payload, signature: sign(payload), savedAt: now.toISOString() }, null, 2) + '\n'
}

/** The hash of the installer's preset as shipped (its bytes): settings saved under another preset do not apply. */
export function presetHashOf(file: string | undefined): string {
  let bytes: Buffer = Buffer.alloc(0)
  try {
    if (file && existsSync(file)) bytes = readFileSync(file)
  } catch {
    // unreadable: readShipped reports it
  }
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Highest first: the user-data file (settings screen, office settings only), the shipped file (per-office installer),
 * built-in defaults; then, only when not packaged, the development environment variables. An invalid layer is a
 * configuration problem naming the file and the field; it never crashes the app.
 */
export function resolveConfig(files: PresetFiles, env: Record<string, string | undefined>, packaged: boolean, log?: Logger): ConfigResult {
  // a developer's DESK_OFFICE_FILE that is not there would silently mean the practice sandbox
  const named = BUILD_KIND !== 'development' || packaged ? undefined : env.DESK_OFFICE_FILE?.trim()
  if (named && !existsSync(named)) return { ok: false, problem: problem('DESK_OFFICE_FILE', 'FILE_MISSING', `names a file that does not exist (${named})`) }
  const shipped = readShipped(files.shippedFile)
  if (!shipped.ok) return { ...shipped, ...(audienceIn(files.shippedFile) === 'self' ? { audience: 'self' as const } : {}) }
  const presetHash = presetHashOf(files.shippedFile)
  const user = readUserOverrides(files.userFile, { settingsPin: shipped.values.settingsPin, office: shipped.values.office?.code ?? '', presetHash }, log)
  if (!user.ok) return user
  const result = configFromEnv(env, packaged, mergeLayers(shipped.values, user.values))
  if (result.ok) return { ok: true, config: { ...result.config, presetHash } }
  return shipped.values.audience === 'self' ? { ...result, audience: 'self' } : result
}

/** The audience a preset asks for, read leniently: a preset too broken to use still says whose screen shows that. */
function audienceIn(file: string | undefined): string | undefined {
  try {
    const json: unknown = file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) : undefined
    return json && typeof json === 'object' && 'audience' in json && typeof json.audience === 'string' ? json.audience : undefined
  } catch {
    return undefined
  }
}
