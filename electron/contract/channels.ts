import type { Channel } from './api-map'
import type { DeskResult } from './result'
import type { ActiveCampaign, AppInfo, CampaignValues, CodeStatus, RegistrationOutcome, SendCodeResult } from './types'
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
  'desk:campaign:get': ActiveCampaign
  'desk:campaign:set': ActiveCampaign
  'desk:campaign:clear': ActiveCampaign
  'desk:campaign:parse-link': CampaignValues
}

/** What each pushed event carries. */
export interface EventPayloads {
  'desk:event:campaign-changed': ActiveCampaign
}

export type ChannelHandler<C extends Channel> = (input: ChannelInput<C>) => Promise<DeskResult<ChannelOutputs[C]>>
export type Handlers = { [C in Channel]: ChannelHandler<C> }
