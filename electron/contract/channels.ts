import type { Channel } from './api-map'
import type { DeskResult } from './result'
import type { ActiveCampaign, AppInfo, CampaignValues, CodeStatus, ConnectionReport, JournalDay, RegistrationOutcome, SendCodeResult, SlipPrintResult, UpdateStatus } from './types'
import type { ChannelInput } from './schemas'
import type { OfficeOverrides } from './settings'
import type { Login } from './login'
import type { Draft } from './fields'

/** What each channel answers (inside the DeskResult envelope). */
export interface ChannelOutputs {
  'desk:app:info': AppInfo
  'desk:app:set-language': null
  'desk:app:copy-text': null
  'desk:settings:last-login': Login | null
  'desk:platform:send-code': SendCodeResult
  'desk:platform:code-status': CodeStatus
  'desk:registration:submit': RegistrationOutcome
  'desk:campaign:get': ActiveCampaign
  'desk:campaign:set': ActiveCampaign
  'desk:campaign:clear': ActiveCampaign
  'desk:campaign:parse-link': CampaignValues
  'desk:campaign:decide': ActiveCampaign
  'desk:registration:next-customer': null
  'desk:registration:presence': UpdateStatus
  'desk:registration:print-slip': SlipPrintResult
  'desk:updates:status': UpdateStatus
  'desk:updates:download': UpdateStatus
  'desk:updates:restart': null
  'desk:draft:save': null
  'desk:draft:load': Draft | null
  'desk:network:check': ConnectionReport
  'desk:network:proxy-login': null
  'desk:staff:current': { staffId: string | null }
  'desk:staff:start': { staffId: string }
  'desk:staff:end': null
  'desk:journal:today': JournalDay
  'desk:journal:export-csv': { saved: boolean; fileName?: string; count: number }
  'desk:office:unlock': null
  'desk:office:lock': null
  'desk:office:values': OfficeOverrides
  'desk:office:save': AppInfo
}

/** What each pushed event carries. */
export interface EventPayloads {
  'desk:event:campaign-changed': ActiveCampaign
  /** a proxy asks for a login: which one (never the platform or a customer) */
  'desk:event:proxy-login': { host: string; realm: string }
  /** a new version found, downloading, ready; or the desk changed so a notice may show or hide */
  'desk:event:update-status': UpdateStatus
}

export type ChannelHandler<C extends Channel> = (input: ChannelInput<C>) => Promise<DeskResult<ChannelOutputs[C]>>
export type Handlers = { [C in Channel]: ChannelHandler<C> }
