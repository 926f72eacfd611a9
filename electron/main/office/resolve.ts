import { existsSync, readFileSync } from 'node:fs'
import * as v from 'valibot'
import { configFromEnv, defaultConfig, type ConfigResult, type DeskConfig } from '../config'
import { officeOverrides, officePreset, type OfficeOverrides, type OfficePreset } from './preset-schema'

export interface PresetFiles {
  /** written only by the settings screen, in the user-data folder */
  userFile: string
  /** shipped in the installer's resources (one per office) */
  shippedFile?: string
}

type Read<T> = { ok: true; value: T | undefined } | { ok: false; problem: { field: string; message: string } }

/** Reads and validates one layer; a missing file is simply absent, anything wrong is a problem naming file and field. */
export function readLayer<T>(file: string | undefined, label: string, schema: v.GenericSchema<unknown, T>): Read<T> {
  if (!file || !existsSync(file)) return { ok: true, value: undefined }
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    return { ok: false, problem: { field: label, message: `is not valid JSON (${(error as Error).message.slice(0, 120)})` } }
  }
  const parsed = v.safeParse(schema, json)
  if (parsed.success) return { ok: true, value: parsed.output }
  const issue = parsed.issues[0]!
  const path = v.getDotPath(issue)
  const message = issue.type === 'strict_object' || issue.kind === 'schema' && issue.expected === 'never' ? `is not a known setting` : issue.message
  return { ok: false, problem: { field: path ? `${label}: ${path}` : label, message } }
}

/** The shipped preset over the built-in defaults. */
export function applyPreset(base: DeskConfig, p: OfficePreset): DeskConfig {
  const reg = p.registration ?? {}
  return {
    ...base,
    platform: p.platform
      ? p.platform.mode === 'sandbox'
        ? { mode: 'sandbox' }
        : { mode: 'remote', baseUrl: p.platform.baseUrl.replace(/\/+$/, ''), companyId: String(p.platform.companyId) }
      : base.platform,
    language: p.defaults?.language ?? base.language,
    timeoutMs: p.timeoutMs ?? base.timeoutMs,
    externalLinkAllowList: p.links?.allowList ?? base.externalLinkAllowList,
    formats: { country: p.wire?.country ?? base.formats.country, phoneArea: p.wire?.phoneArea ?? base.formats.phoneArea },
    presets: {
      ...base.presets,
      defaultCountry: p.defaults?.country ?? base.presets.defaultCountry,
      defaultPhoneArea: p.defaults?.phoneArea ?? base.presets.defaultPhoneArea,
      accountTypes: reg.accountTypes ? [...new Set(reg.accountTypes)] : base.presets.accountTypes,
      customerGroupId: reg.customerGroupId ?? base.presets.customerGroupId,
      groups: reg.groups ?? base.presets.groups,
      tradeTypes: reg.tradeTypes ?? base.presets.tradeTypes,
      agentCodeEnabled: reg.agentCodeEnabled ?? base.presets.agentCodeEnabled,
      resendSeconds: reg.resendSeconds ?? base.presets.resendSeconds,
    },
    agentParam: reg.agentParam ?? base.agentParam,
    officeCampaign: p.campaign ?? base.officeCampaign,
    office: p.office ?? base.office,
    staff: { enabled: p.staffMode?.enabled ?? base.staff.enabled, idleMinutes: p.staffMode?.idleMinutes ?? base.staff.idleMinutes },
    settingsPin: p.settingsPin ?? base.settingsPin,
  }
}

/** The settings screen's values over the shipped preset. */
export function applyOverrides(base: DeskConfig, o: OfficeOverrides): DeskConfig {
  return {
    ...base,
    language: o.defaults?.language ?? base.language,
    presets: {
      ...base.presets,
      defaultCountry: o.defaults?.country ?? base.presets.defaultCountry,
      defaultPhoneArea: o.defaults?.phoneArea ?? base.presets.defaultPhoneArea,
    },
    staff: { ...base.staff, idleMinutes: o.staffMode?.idleMinutes ?? base.staff.idleMinutes },
    officeCampaign: o.campaign ?? base.officeCampaign,
  }
}

/**
 * Highest first: the user-data file (settings screen), the shipped file (per-office installer), built-in defaults;
 * then, only when not packaged, the development environment variables. An invalid layer is a configuration problem
 * naming the file and the field; it never crashes the app.
 */
export function resolveConfig(files: PresetFiles, env: Record<string, string | undefined>, packaged: boolean): ConfigResult {
  const shipped = readLayer(files.shippedFile, 'office.json (installer)', officePreset)
  if (!shipped.ok) return shipped
  const user = readLayer(files.userFile, 'office.json (this PC)', officeOverrides)
  if (!user.ok) return user
  let config = defaultConfig
  if (shipped.value) config = applyPreset(config, shipped.value)
  if (user.value) config = applyOverrides(config, user.value)
  return configFromEnv(env, packaged, config)
}
