/** Plain data types that cross the bridge. The renderer imports these as types only. */

export type UiLanguage = 'zh-CN' | 'en-US'
export type RegisterSource = 7 | 8 | 9

export interface AppInfo {
  name: string
  version: string
  /** `process.platform` of the main process */
  platform: string
  registerSource: RegisterSource
  /** true when a real platform URL and company id are configured; false means the embedded sandbox */
  platformConfigured: boolean
  /** host of the platform in use, for the status line; never the company id */
  platformHost: string
  defaultLanguage: UiLanguage
  packaged: boolean
  /** set when the configuration could not be used: the renderer shows a configuration-problem screen */
  configProblem?: { field: string; message: string }
}
