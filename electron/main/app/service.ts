import type { AppInfo, UiLanguage } from '@contract/types'
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
}

/**
 * The app as the window sees it: its facts and presets (from the current configuration), the UI language (the user's
 * choice, else the office's default) and, on a trader's own PC, the login they used last.
 */
export function createAppService(options: AppServiceOptions) {
  const { config, preferences } = options
  const staffMode = () => config.current()?.staff.enabled ?? false
  // the user's choice is read once and kept (the store re-reads its file on each access); the office's default live
  let chosen = preferences.language()
  const language = (): UiLanguage => chosen ?? config.current()?.language ?? 'en-US'
  // built again only when the configuration changed (the office screen saved)
  let built: { from: ReturnType<ConfigSource['result']>; info: AppInfo } | undefined
  const baseInfo = (): AppInfo => {
    if (built?.from !== config.result()) built = { from: config.result(), info: buildAppInfo(options.facts, config.result(), options.sandboxUrl) }
    return built.info
  }

  // On a shared PC nothing of the previous customer is remembered, not even the login name.
  if (staffMode()) preferences.clearLastLogin()

  return {
    language,
    info(): AppInfo {
      const info = baseInfo()
      return { ...info, defaultLanguage: language(), defaultCountryNames: countryNames(info.presets.defaultCountry) }
    },
    setLanguage: (next: UiLanguage) => {
      chosen = next
      preferences.setLanguage(next)
    },
    copyText: (text: string) => options.copyText?.(text),
    lastLogin: () => (staffMode() ? null : preferences.lastLogin()),
    /** after a registration on a trader's own PC: prefill their login next time (never in staff mode) */
    rememberLogin: (login: Parameters<Preferences['setLastLogin']>[0]) => {
      if (!staffMode()) preferences.setLastLogin(login)
    },
  }
}

export type AppService = ReturnType<typeof createAppService>
