import type * as v from 'valibot'
import type { Channel } from './api-map'
import type { Returns } from './ipc/define'
import { appSpecs, type AppEventPayloads } from './ipc/app'
import { campaignSpecs, type CampaignEventPayloads } from './ipc/campaign'
import { journalSpecs } from './ipc/journal'
import { networkSpecs, type NetworkEventPayloads } from './ipc/network'
import { officeSpecs } from './ipc/office'
import { registrationSpecs } from './ipc/registration'
import { staffSpecs } from './ipc/staff'
import { updatesSpecs, type UpdatesEventPayloads } from './ipc/updates'
import type { DeskResult } from './result'

/** Every channel's spec (input schema, example, result type), gathered from the domain files in contract/ipc/. */
export const channelSpecs = {
  ...appSpecs,
  ...registrationSpecs,
  ...campaignSpecs,
  ...updatesSpecs,
  ...networkSpecs,
  ...staffSpecs,
  ...journalSpecs,
  ...officeSpecs,
} satisfies Record<Channel, unknown>

type Specs = typeof channelSpecs

/** Main parses each payload with its channel's schema before a handler runs. */
export const channelSchema = <C extends Channel>(channel: C): Specs[C]['input'] => channelSpecs[channel].input

export type ChannelInput<C extends Channel> = v.InferOutput<Specs[C]['input']>

/** What each channel answers (inside the DeskResult envelope). */
export type ChannelOutputs = { [C in Channel]: Specs[C]['returns'] extends Returns<infer O> ? O : never }

/** What each pushed event carries. */
export type EventPayloads = AppEventPayloads & CampaignEventPayloads & NetworkEventPayloads & UpdatesEventPayloads

export type ChannelHandler<C extends Channel> = (input: ChannelInput<C>) => Promise<DeskResult<ChannelOutputs[C]>>
export type Handlers = { [C in Channel]: ChannelHandler<C> }
/** A main domain folder's handlers: one per channel of its names map (contract/ipc/<domain>.ts). */
export type HandlerSlice<M extends Record<string, string>> = { [C in M[keyof M] & Channel]: ChannelHandler<C> }
