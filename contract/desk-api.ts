import type { deskApiMap, deskEventMap } from './api-map'
import type { ChannelOutputs, EventPayloads, ChannelInput } from './channels'
import type { DeskResult } from './result'

type Fn<C extends keyof ChannelOutputs> =
  ChannelInput<C> extends undefined
    ? () => Promise<DeskResult<ChannelOutputs[C]>>
    : (input: ChannelInput<C>) => Promise<DeskResult<ChannelOutputs[C]>>

type Calls = {
  [G in keyof typeof deskApiMap]: {
    [F in keyof (typeof deskApiMap)[G]]: (typeof deskApiMap)[G][F] extends keyof ChannelOutputs
      ? Fn<(typeof deskApiMap)[G][F]>
      : never
  }
}

type Events = {
  [G in keyof typeof deskEventMap]: {
    [F in keyof (typeof deskEventMap)[G]]: (typeof deskEventMap)[G][F] extends keyof EventPayloads
      ? (listener: (payload: EventPayloads[(typeof deskEventMap)[G][F]]) => void) => () => void
      : never
  }
}

/** The type of `window.desk`, derived from the maps so preload, bridge and renderer cannot drift apart. */
export type DeskApi = { [G in keyof Calls | keyof Events]: (G extends keyof Calls ? Calls[G] : unknown) & (G extends keyof Events ? Events[G] : unknown) }
