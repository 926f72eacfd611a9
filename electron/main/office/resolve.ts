import { existsSync, readFileSync } from 'node:fs'
import * as v from 'valibot'
import { officeSettingKeys, settingsTable, type SettingKey } from '../../contract/settings'
import { checkPlatform, configFromEnv, mergeLayers, problem, problemFrom, type ConfigResult, type LayerResult } from '../config'
import { officeFileOverrides, officePreset, valuesOf } from './preset-schema'

export interface PresetFiles {
  /** written only by the settings screen, in the user-data folder */
  userFile: string
  /** shipped in the installer's resources (one per office) */
  shippedFile?: string
}

const layerLabels = { shipped: 'office.json (installer)', user: 'office.json (this PC)' } as const

/** The setting a dotted office.json path belongs to (for the problem's wording). */
function keyAt(path: string | null): SettingKey | undefined {
  if (!path) return undefined
  return (Object.keys(settingsTable) as SettingKey[]).find((k) => {
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

/** The installer's office.json; an installer preset must use https (plain http on loopback is for DESK_API_URL only). */
export function readShipped(file: string | undefined): LayerResult {
  const read = readLayer(file, layerLabels.shipped, officePreset, Object.keys(settingsTable) as SettingKey[])
  const insecure = read.ok ? checkPlatform(read.values, `${layerLabels.shipped}: platform.baseUrl`, false) : undefined
  return insecure ? { ok: false, problem: insecure } : read
}
export const readUserOverrides = (file: string) => readLayer(file, layerLabels.user, officeFileOverrides, officeSettingKeys)

/**
 * Highest first: the user-data file (settings screen, office settings only), the shipped file (per-office installer),
 * built-in defaults; then, only when not packaged, the development environment variables. An invalid layer is a
 * configuration problem naming the file and the field; it never crashes the app.
 */
export function resolveConfig(files: PresetFiles, env: Record<string, string | undefined>, packaged: boolean): ConfigResult {
  const shipped = readShipped(files.shippedFile)
  if (!shipped.ok) return shipped
  const user = readUserOverrides(files.userFile)
  if (!user.ok) return user
  return configFromEnv(env, packaged, mergeLayers(shipped.values, user.values))
}
