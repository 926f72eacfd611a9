import type { HandlerSlice } from '@contract/channels'
import type { staffChannels } from '@contract/ipc/staff'
import { ok } from '@contract/result'
import type { StaffSession } from './session'

export function staffHandlers(staff: StaffSession): HandlerSlice<typeof staffChannels> {
  return {
    'desk:staff:current': async () => ok({ staffId: staff.current() ?? null }),
    'desk:staff:start': async (id) => {
      await staff.start(id)
      return ok({ staffId: id })
    },
    'desk:staff:end': async () => {
      await staff.end()
      return ok(null)
    },
  }
}
