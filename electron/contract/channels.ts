import type { Channel } from './api-map'
import type { DeskResult } from './result'
import type { AppInfo } from './types'
import type { ChannelInput } from './schemas'

/** What each channel answers (inside the DeskResult envelope). */
export interface ChannelOutputs {
  'desk:app:info': AppInfo
}

export type ChannelHandler<C extends Channel> = (input: ChannelInput<C>) => Promise<DeskResult<ChannelOutputs[C]>>
export type Handlers = { [C in Channel]: ChannelHandler<C> }
