import { appChannels, appEvents } from './ipc/app'
import { campaignChannels, campaignEvents } from './ipc/campaign'
import { journalChannels } from './ipc/journal'
import { networkChannels, networkEvents } from './ipc/network'
import { officeChannels } from './ipc/office'
import { registrationChannels } from './ipc/registration'
import { staffChannels } from './ipc/staff'
import { updatesChannels, updatesEvents } from './ipc/updates'

/**
 * The desk API as a map of domain → function → IPC channel, gathered from the domain files (contract/ipc/). Names
 * only: the sandboxed preload and the E2E bridge build `window.desk` from it, and the bundler leaves the schemas out.
 * A domain's key is main's folder that serves it.
 */
export const deskApiMap = {
  app: appChannels,
  registration: registrationChannels,
  campaign: campaignChannels,
  updates: updatesChannels,
  network: networkChannels,
  staff: staffChannels,
  journal: journalChannels,
  office: officeChannels,
} as const

/** Messages main pushes to the window. Listen-only for the renderer. */
export const deskEventMap = {
  app: appEvents,
  campaign: campaignEvents,
  network: networkEvents,
  updates: updatesEvents,
} as const

type Leaves<T> = T extends string ? T : { [K in keyof T]: Leaves<T[K]> }[keyof T]
export type Channel = Leaves<typeof deskApiMap>

export const allChannels = (): Channel[] =>
  Object.values(deskApiMap).flatMap((group) => Object.values(group) as Channel[])
