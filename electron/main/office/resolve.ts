import { existsSync, readFileSync } from 'node:fs'
import * as v from 'valibot'
import { officeSettingKeys, settingKeys, settingsTable, type SettingKey, type SettingValues } from '@contract/config-table'
import { checkPlatform, checkTermsLinks, checkUpdates, configFromEnv, mergeLayers, problem, problemFrom, type ConfigResult, type LayerResult } from '../config'
import type { Logger } from '../log'
import { verifySigned } from './pin'
import { fileOf, officeFileOverrides, officePreset, valuesOf } from './preset-schema'

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
 * and an update policy other than off needs its feed.
 */
export function readShipped(file: string | undefined): LayerResult {
  const read = readLayer(file, layerLabels.shipped, officePreset, settingKeys)
  const found = read.ok
    ? (checkPlatform(read.values, `${layerLabels.shipped}: platform.baseUrl`, false) ??
      checkUpdates(read.values, `${layerLabels.shipped}: updates.feedUrl`) ??
      checkTermsLinks(read.values, `${layerLabels.shipped}: registration.terms`))
    : undefined
  return found ? { ok: false, problem: found } : read
}
/**
 * The office settings saved on this PC: `{ "payload": "<office.json text>", "signature": "<Ed25519, base64>" }`,
 * signed with the key the office PIN derives (pin.ts). The data folder is the user's: a file that is not signed by the
 * PIN of the installer's preset is not the office's, and is ignored (logged), never a reason to stop the app.
 */
export function readUserOverrides(file: string, settingsPin: string | undefined, log?: Logger): LayerResult {
  if (!existsSync(file)) return { ok: true, values: {} }
  const untrusted = (reason: string): LayerResult => {
    log?.warn('office.settings-untrusted', { reason })
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
  if (!settingsPin || !verifySigned(signed.output.payload, signed.output.signature, settingsPin)) return untrusted('signature')
  let json: unknown
  try {
    json = JSON.parse(signed.output.payload)
  } catch {
    return untrusted('payload not JSON')
  }
  const parsed = v.safeParse(officeFileOverrides, json)
  if (!parsed.success) return untrusted('payload outside the office settings')
  return { ok: true, values: valuesOf(parsed.output as Record<string, unknown>, officeSettingKeys) }
}

const signedFile = v.strictObject({ payload: v.pipe(v.string(), v.maxLength(20_000)), signature: v.string(), savedAt: v.optional(v.string()) })

/** The signed file the settings screen writes (service.ts). */
export function signedOverrides(values: SettingValues, sign: (text: string) => string, now: Date): string {
  const payload = JSON.stringify(fileOf(values))
  return JSON.stringify({ payload, signature: sign(payload), savedAt: now.toISOString() }, null, 2) + '\n'
}

/**
 * Highest first: the user-data file (settings screen, office settings only), the shipped file (per-office installer),
 * built-in defaults; then, only when not packaged, the development environment variables. An invalid layer is a
 * configuration problem naming the file and the field; it never crashes the app.
 */
export function resolveConfig(files: PresetFiles, env: Record<string, string | undefined>, packaged: boolean, log?: Logger): ConfigResult {
  // a developer's DESK_OFFICE_FILE that is not there would silently mean the practice sandbox
  const named = packaged ? undefined : env.DESK_OFFICE_FILE?.trim()
  if (named && !existsSync(named)) return { ok: false, problem: problem('DESK_OFFICE_FILE', 'FILE_MISSING', `names a file that does not exist (${named})`) }
  const shipped = readShipped(files.shippedFile)
  if (!shipped.ok) return shipped
  const user = readUserOverrides(files.userFile, shipped.values.settingsPin, log)
  if (!user.ok) return user
  return configFromEnv(env, packaged, mergeLayers(shipped.values, user.values))
}
