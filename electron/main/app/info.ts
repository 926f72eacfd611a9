import type { AppInfo } from '@contract/types'
import { defaultConfig, platformHost, type ConfigResult } from '../config'
import { registerSourceFor } from '../device'

export interface AppFacts {
  version: string
  platform: string
  packaged: boolean
  /** Electron's, Chromium's and Node's versions (process.versions in the app), for About */
  runtime?: { electron: string; chrome: string; node: string }
}

/** The status-line and form facts the renderer may see: nothing secret (no company id, no full URL). */
export function buildAppInfo(facts: AppFacts, config: ConfigResult, sandboxUrl?: string): AppInfo {
  const base = {
    name: 'Registration Desk',
    version: facts.version,
    platform: facts.platform,
    registerSource: registerSourceFor(facts.platform),
    packaged: facts.packaged,
    ...(facts.runtime ? { runtime: facts.runtime } : {}),
  }
  if (!config.ok) {
    return {
      ...base,
      platformConfigured: false,
      sandbox: false,
      platformHost: '',
      defaultLanguage: 'en-US',
      presets: defaultConfig.presets,
      staffMode: defaultConfig.staff,
      officeAdminAvailable: false,
      audience: config.audience ?? defaultConfig.audience,
      configProblem: config.problem,
    }
  }
  const { platform, language, presets, office, staff, settingsPin, audience } = config.config
  return {
    ...base,
    platformConfigured: platform.mode === 'remote',
    sandbox: platform.mode === 'sandbox' || config.config.platformIsSandbox,
    platformHost: platformHost(platform, sandboxUrl),
    defaultLanguage: language,
    presets,
    ...(office ? { office } : {}),
    staffMode: staff,
    // a trader's build has no office administration screen (main refuses its channels too: audience/refuse.ts)
    officeAdminAvailable: !!settingsPin && audience === 'desk',
    audience,
  }
}
