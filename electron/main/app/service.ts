import type { AppInfo, LicenceNotice, LocalFault, RendererErrorReport, UiLanguage } from '@contract/types'
import type { DeskResult } from '@contract/result'
import type { Logger } from '../log'
import { safeWhere } from '../shell/process-guards'
import type { ConfigSource } from '../config-source'
import { countryNames } from './country-names'
import { buildAppInfo, type AppFacts } from './info'
import type { Preferences } from './preferences'

export interface AppServiceOptions {
  facts: AppFacts
  config: ConfigSource
  preferences: Preferences
  /** the embedded sandbox's address, shown in the status line */
  sandboxUrl?: string
  /** the system clipboard (Electron's in main; a recorder in tests) */
  copyText?: (text: string) => void
  /** the local writes failing now: app info carries them, so a reloaded window still says so */
  localFaults?: () => LocalFault[]
  /** the window switched its UI language (main rebuilds its menu in it) */
  onLanguage?: (language: UiLanguage) => void
  log?: Logger
  /** the third-party notices shipped with the app (shell/licences.ts) */
  licences?: () => LicenceNotice[]
  /** Save diagnostics… (diagnostics/save.ts) */
  saveDiagnostics?: () => Promise<DeskResult<{ saved: boolean; fileName?: string }>>
}

/**
 * The app as the window sees it: its facts and presets (from the current configuration), the UI language (the user's
 * choice, else the office's default) and, on a trader's own PC, the login they used last.
 */
export function createAppService(options: AppServiceOptions) {
  const { config, preferences } = options
  // only a trader on their own desktop gets their login back; a desk (staff mode or not) serves one customer after
  // another, and a broken configuration that cannot say whose PC this is counts as a desk
  const ownPc = () => {
    const result = config.result()
    return (result.ok ? result.config.audience : result.audience) === 'self' && !(config.current()?.staff.enabled ?? false)
  }
  // the user's choice is read once and kept (the store re-reads its file on each access); the office's default live
  let chosen = preferences.language()
  const language = (): UiLanguage => chosen ?? config.current()?.language ?? 'en-US'
  // built again only when the configuration changed (the office screen saved)
  let built: { from: ReturnType<ConfigSource['result']>; info: AppInfo } | undefined
  const baseInfo = (): AppInfo => {
    if (built?.from !== config.result()) built = { from: config.result(), info: buildAppInfo(options.facts, config.result(), options.sandboxUrl) }
    return built.info
  }

  // At a desk nothing of the previous customer is remembered, not even the login name: one an older version kept
  // (it did outside staff mode) goes at start.
  if (!ownPc() && preferences.lastLogin() !== null) preferences.clearLastLogin()

  return {
    language,
    info(): AppInfo {
      const info = baseInfo()
      const faults = options.localFaults?.() ?? []
      return {
        ...info,
        defaultLanguage: language(),
        defaultCountryNames: countryNames(info.presets.defaultCountry),
        ...(faults.length ? { localFaults: faults } : {}),
      }
    },
    setLanguage: (next: UiLanguage) => {
      chosen = next
      preferences.setLanguage(next)
      options.onLanguage?.(next)
    },
    /** an error the window could not handle: its class and script, never its message (it may be personal) */
    reportError: (report: RendererErrorReport) =>
      options.log?.error('renderer.uncaught', { kind: report.kind, error: report.name, file: safeWhere(report.where) }),
    licences: (): LicenceNotice[] => options.licences?.() ?? [],
    saveDiagnostics: async (): Promise<DeskResult<{ saved: boolean; fileName?: string }>> =>
      options.saveDiagnostics ? options.saveDiagnostics() : { ok: true, value: { saved: false } },
    copyText: (text: string) => options.copyText?.(text),
    lastLogin: () => (ownPc() ? preferences.lastLogin() : null),
    /** after a registration on a trader's own PC: prefill their login next time (never at a desk) */
    rememberLogin: (login: Parameters<Preferences['setLastLogin']>[0]) => {
      if (ownPc()) preferences.setLastLogin(login)
    },
  }
}

export type AppService = ReturnType<typeof createAppService>
