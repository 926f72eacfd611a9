import type { AppInfo } from '../contract/types'
import { platformHost, type ConfigResult } from './config'
import { registerSourceFor } from './device'

export interface AppFacts {
  version: string
  platform: string
  packaged: boolean
}

/** The status-line facts the renderer may see: nothing secret (no company id, no full URL). */
export function buildAppInfo(facts: AppFacts, config: ConfigResult, sandboxUrl?: string): AppInfo {
  const base = {
    name: 'Registration Desk',
    version: facts.version,
    platform: facts.platform,
    registerSource: registerSourceFor(facts.platform),
    packaged: facts.packaged,
  }
  if (!config.ok) {
    return {
      ...base,
      platformConfigured: false,
      platformHost: '',
      defaultLanguage: 'en-US',
      configProblem: config.problem,
    }
  }
  return {
    ...base,
    platformConfigured: config.config.platform.mode === 'remote',
    platformHost: platformHost(config.config.platform, sandboxUrl),
    defaultLanguage: config.config.language,
  }
}
