import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { DeskResult } from '@contract/result'
import { officeSettingKeys, type OfficeOverrides } from '@contract/config-table'
import type { OfficeValueSource, OfficeValuesView } from '@contract/ipc/office'
import { defaultConfig, type ConfigResult, type DeskConfig } from '../config'
import type { Logger } from '../log'
import type { PinGate } from './pin-gate'
import { lastCounterSeen, readUserOverrides, setCounterSeen, signedOverrides, type SettingsTrust } from './resolve'

export interface OfficeServiceOptions {
  /** the user-data office-settings.json: only this service writes it, signed with the PIN's key */
  userFile: string
  gate: PinGate
  /** what saved settings are bound to: the preset's settingsPin (its public verifier), office code and hash */
  trust: () => SettingsTrust
  /** resolves every layer again after a save */
  resolve: () => ConfigResult
  /** the configuration in effect (all layers) */
  current: () => DeskConfig | undefined
  /** hands the new configuration to the running services */
  onConfig: (config: ConfigResult) => void
  log?: Logger
  now?: () => number
}

const refused = (code: string, message: string, retryAfterSeconds?: number): DeskResult<never> => ({
  ok: false,
  error: { kind: 'forbidden', code, message, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) },
})

/** The office's settings as a configuration has them (what the settings screen shows in effect). */
export function officeValuesOf(config: DeskConfig): OfficeOverrides {
  return {
    language: config.language,
    defaultCountry: config.presets.defaultCountry,
    ...(config.presets.defaultPhoneArea ? { defaultPhoneArea: config.presets.defaultPhoneArea } : {}),
    campaign: config.officeCampaign,
    idleMinutes: config.staff.idleMinutes,
  }
}

/**
 * Each value's source: saved on this PC when the settings file has it; else the installer's when it differs from the
 * app's own default (a packaged app reads no environment, so nothing else can set it); else the app's.
 */
function sourcesOf(saved: OfficeOverrides, inEffect: OfficeOverrides): OfficeValuesView['sources'] {
  const app = officeValuesOf(defaultConfig)
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
  const source = (key: (typeof officeSettingKeys)[number]): OfficeValueSource =>
    saved[key] !== undefined ? 'this-pc' : same(inEffect[key], app[key]) ? 'app' : 'installer'
  return Object.fromEntries(officeSettingKeys.map((key) => [key, source(key)])) as OfficeValuesView['sources']
}

/** The office settings screen's back end: PIN gate, current values, and a signed, validated, atomic save. */
export function createOfficeService(options: OfficeServiceOptions) {
  const now = options.now ?? Date.now
  const current = (): OfficeOverrides => {
    const read = readUserOverrides(options.userFile, options.trust(), options.log)
    return read.ok ? read.values : {}
  }

  return {
    async unlock(pin: string): Promise<DeskResult<null>> {
      const result = await options.gate.unlock(pin)
      if (result.ok) return { ok: true, value: null }
      options.log?.warn('office.unlock-refused', { reason: result.reason })
      if (result.reason === 'no-pin') return refused('NO_PIN', 'This installation has no settings PIN')
      if (result.reason === 'locked') return refused('PIN_LOCKED', 'Too many wrong PINs', result.retryAfterSeconds)
      if (result.reason === 'unrecorded') return { ok: false, error: { kind: 'state', code: 'PIN_UNRECORDED', message: 'The PIN attempt could not be written to this PC\'s data folder' } }
      return { ok: false, error: { kind: 'forbidden', code: 'WRONG_PIN', message: 'Wrong PIN', params: [String(result.attemptsLeft)] } }
    },
    lock: () => options.gate.lock(),
    values(): DeskResult<OfficeValuesView> {
      if (!options.gate.isOpen()) return refused('LOCKED', 'Enter the office PIN first')
      const saved = current()
      const config = options.current()
      const inEffect = config ? officeValuesOf(config) : {}
      return { ok: true, value: { inEffect, sources: sourcesOf(saved, inEffect), saved } }
    },
    save(overrides: OfficeOverrides): DeskResult<null> {
      const signer = options.gate.signer()
      if (!signer) return refused('LOCKED', 'Enter the office PIN first')
      const file = options.userFile
      const backup = `${file}.previous`
      const had = existsSync(file)
      mkdirSync(dirname(file), { recursive: true })
      // one more than any file this PC has seen or holds: an older copy put back later is a rollback
      const held = had ? readUserOverrides(file, options.trust()) : undefined
      const seenBefore = lastCounterSeen(file)
      const counter = Math.max(seenBefore, held?.counter ?? 0) + 1
      const trust = options.trust()
      const scope = { office: trust.office, preset: trust.presetHash, counter }
      if (had) renameSync(file, backup)
      writeFileSync(`${file}.tmp`, signedOverrides(overrides, signer.sign, new Date(now()), scope), { encoding: 'utf8', mode: 0o600 })
      renameSync(`${file}.tmp`, file)
      const next = options.resolve()
      if (!next.ok) {
        // the new layer does not combine with the others: keep the office working on the previous one
        rmSync(file, { force: true })
        if (had) renameSync(backup, file)
        setCounterSeen(file, seenBefore)
        return { ok: false, error: { kind: 'validation', code: 'CONFIG_REJECTED', message: `${next.problem.field} ${next.problem.message}` } }
      }
      rmSync(backup, { force: true })
      options.onConfig(next)
      options.log?.info('office.settings-saved', { count: Object.keys(overrides).length })
      return { ok: true, value: null }
    },
  }
}

export type OfficeService = ReturnType<typeof createOfficeService>
