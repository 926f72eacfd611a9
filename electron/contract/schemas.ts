import * as v from 'valibot'
import type { Channel } from './api-map'

/** No argument: the renderer calls `desk.app.info()` and the payload arrives as `undefined`. */
const noArgs = v.undefined()

/**
 * The runtime schema of every channel's single argument. Main parses each payload with it before a handler runs;
 * a channel missing here is a compile error.
 */
export const channelSchemas = {
  'desk:app:info': noArgs,
} satisfies Record<Channel, v.GenericSchema>

export type ChannelInput<C extends Channel> = v.InferOutput<(typeof channelSchemas)[C]>
