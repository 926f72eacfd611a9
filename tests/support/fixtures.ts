import type { AppInfo } from '@contract/types'
import { defaultPresets } from '@contract/defaults'

export const appInfoFixture: AppInfo = {
  name: 'Registration Desk',
  version: '0.1.0',
  platform: 'linux',
  registerSource: 9,
  platformConfigured: false,
  platformHost: '127.0.0.1:4100',
  defaultLanguage: 'zh-CN',
  defaultCountryNames: { 'zh-CN': '中国', 'en-US': 'China' },
  packaged: false,
  sandbox: true,
  presets: defaultPresets,
  staffMode: { enabled: false, idleMinutes: 3 },
  officeAdminAvailable: false,
  audience: 'desk',
}
