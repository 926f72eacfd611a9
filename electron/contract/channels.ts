import type { Channel } from './api-map'
import type { DeskResult } from './result'
import type { AppInfo, CodeStatus, RegistrationOutcome, SendCodeResult } from './types'
import type { ChannelInput, LoginInput } from './schemas'

/** What each channel answers (inside the DeskResult envelope). */
export interface ChannelOutputs {
  'desk:app:info': AppInfo
  'desk:app:set-language': null
  'desk:app:copy-text': null
  'desk:settings:last-login': LoginInput | null
  'desk:platform:send-code': SendCodeResult
  'desk:platform:code-status': CodeStatus
  'desk:registration:submit': RegistrationOutcome
}

export type ChannelHandler<C extends Channel> = (input: ChannelInput<C>) => Promise<DeskResult<ChannelOutputs[C]>>
export type Handlers = { [C in Channel]: ChannelHandler<C> }
