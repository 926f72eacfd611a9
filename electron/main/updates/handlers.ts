import type { HandlerSlice } from '@contract/channels'
import type { updatesChannels } from '@contract/ipc/updates'
import { ok } from '@contract/result'
import type { UpdateService } from './service'

export function updatesHandlers(updates: UpdateService): HandlerSlice<typeof updatesChannels> {
  return {
    'desk:updates:status': async () => ok(updates.status()),
    'desk:updates:download': async () => updates.download(),
    'desk:updates:restart': async () => updates.restartNow(),
  }
}
