import * as v from 'valibot'
import { officeSettingKeys, settingKeys, settingsTable, type SettingKey, type SettingValues } from '@contract/config-table'

/**
 * office.json's shape, built from the settings table (each row's `preset` path), so the file, the JSON Schema in
 * resources/office.schema.json (npm run office:schema) and main's reading of it cannot drift apart.
 */
type Tree = { [name: string]: Tree | SettingKey }

/** Puts `value` at the dotted `path` of a nested object, making the objects on the way. */
function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.')
  let node = target
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>
  node[parts.at(-1)!] = value
}

function treeOf(keys: SettingKey[]): Tree {
  const tree: Tree = {}
  for (const key of keys) {
    const path = settingsTable[key].preset
    if (path) setAt(tree, path, key)
  }
  return tree
}

function schemaOf(tree: Tree): v.GenericSchema {
  return v.strictObject(
    Object.fromEntries(
      Object.entries(tree).map(([name, node]) => [name, v.optional(typeof node === 'string' ? settingsTable[node].schema : schemaOf(node))]),
    ),
  )
}

const presetTree = treeOf(settingKeys)
const officeTree = treeOf(officeSettingKeys)

/** The installer's office.json: every setting with a preset path (and `$schema` for editors). */
export const officePreset = v.strictObject({ $schema: v.optional(v.string()), ...(schemaOf(presetTree) as v.StrictObjectSchema<v.ObjectEntries, undefined>).entries })
/** The data folder's office.json: only what the settings screen may change. */
export const officeFileOverrides = schemaOf(officeTree)

/** Reads a parsed office.json's values by setting key. */
export function valuesOf(file: Record<string, unknown>, keys: SettingKey[] = settingKeys): SettingValues {
  const values: Record<string, unknown> = {}
  for (const key of keys) {
    const path = settingsTable[key].preset
    if (!path) continue
    const value = path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), file)
    if (value !== undefined) values[key] = value
  }
  return values as SettingValues
}

/** Writes values by setting key into office.json's nested shape. */
export function fileOf(values: SettingValues): Record<string, unknown> {
  const file: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(values) as [SettingKey, unknown][]) {
    const path = settingsTable[key].preset
    if (path && value !== undefined) setAt(file, path, value)
  }
  return file
}
