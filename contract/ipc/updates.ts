import type { UpdateStatus } from '../types'
import { channel, noArgs, returns, type SpecsFor } from './define'

/** New versions of the app (main/updates/). */
export const updatesChannels = {
  status: 'desk:updates:status',
  download: 'desk:updates:download',
  restart: 'desk:updates:restart',
} as const

/** Pushed by main: a new version found, downloading, ready; or the desk changed so a notice may show or hide. */
export const updatesEvents = { onStatus: 'desk:event:update-status' } as const
export interface UpdatesEventPayloads {
  'desk:event:update-status': UpdateStatus
}

export const updatesSpecs = {
  'desk:updates:status': channel(noArgs, undefined, returns<UpdateStatus>()),
  'desk:updates:download': channel(noArgs, undefined, returns<UpdateStatus>()),
  'desk:updates:restart': channel(noArgs, undefined, returns<null>()),
} satisfies SpecsFor<typeof updatesChannels>
