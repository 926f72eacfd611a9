import type { deskApiMap } from './api-map'
import type { ChannelOutputs } from './channels'
import type { ChannelInput } from './schemas'
import type { DeskResult } from './result'

type Fn<C extends keyof ChannelOutputs> =
  ChannelInput<C> extends undefined
    ? () => Promise<DeskResult<ChannelOutputs[C]>>
    : (input: ChannelInput<C>) => Promise<DeskResult<ChannelOutputs[C]>>

/** The type of `window.desk`, derived from the map so preload, bridge and renderer cannot drift apart. */
export type DeskApi = {
  [G in keyof typeof deskApiMap]: {
    [F in keyof (typeof deskApiMap)[G]]: (typeof deskApiMap)[G][F] extends keyof ChannelOutputs
      ? Fn<(typeof deskApiMap)[G][F]>
      : never
  }
}
