import type { HandlerSlice } from '@contract/channels'
import type { officeChannels } from '@contract/ipc/office'
import { ok } from '@contract/result'
import type { AppInfo } from '@contract/types'
import type { OfficeService } from './service'

/** appInfo: what the window sees after a save (the new presets, the new default language) */
export function officeHandlers(office: OfficeService, appInfo: () => AppInfo): HandlerSlice<typeof officeChannels> {
  return {
    'desk:office:unlock': async (pin) => office.unlock(pin),
    'desk:office:lock': async () => {
      office.lock()
      return ok(null)
    },
    'desk:office:values': async () => office.values(),
    'desk:office:save': async (overrides) => {
      const saved = office.save(overrides)
      return saved.ok ? ok(appInfo()) : saved
    },
  }
}
