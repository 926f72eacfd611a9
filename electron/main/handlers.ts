import type { Handlers } from '@contract/channels'
import { refuseDeskOnly } from './audience/refuse'
import type { SlipPrinter } from './handoff/slip'
import { appHandlers } from './app/handlers'
import type { AppService } from './app/service'
import { campaignHandlers } from './campaign/handlers'
import type { CampaignService } from './campaign/service'
import { journalHandlers } from './journal/handlers'
import type { Journal } from './journal/journal'
import { networkHandlers, type NetworkHandlerDeps } from './network/handlers'
import { officeHandlers } from './office/handlers'
import type { OfficeService } from './office/service'
import type { CustomerDesk } from './registration/customer'
import { registrationHandlers } from './registration/handlers'
import type { RegistrationService } from './registration/service'
import { staffHandlers } from './staff/handlers'
import type { StaffSession } from './staff/session'
import { updatesHandlers } from './updates/handlers'
import type { UpdateService } from './updates/service'

/** The services the channels call; each main domain folder's `handlers.ts` serves its own channels from them. */
export interface HandlerServices {
  app: AppService
  /** absent when the configuration is unusable: platform calls then answer NOT_CONFIGURED */
  registration?: RegistrationService
  customer: CustomerDesk
  /** "Print slip" for the registration on screen */
  slip: Pick<SlipPrinter, 'print'>
  campaign: CampaignService
  updates: UpdateService
  network: NetworkHandlerDeps
  staff: StaffSession
  journal: Journal
  /** the office's journal retention in days */
  retentionDays: () => number
  /** the save dialog (main) or a temp path (tests) */
  chooseSavePath: (defaultName: string, kind?: 'csv' | 'text') => Promise<string | undefined>
  office: OfficeService
}

/**
 * Every channel's handler: the domains' slices put together (the return type proves each channel has one). No
 * Electron import: the tests and the E2E bridge build the same handlers with real services. Inputs arrive already
 * validated by the dispatcher.
 */
export function createHandlers(s: HandlerServices): Handlers {
  // a trader's build answers the desk-only channels NOT_FOR_TRADERS (audience/refuse.ts)
  return refuseDeskOnly(allHandlers(s), () => s.app.info().audience)
}

function allHandlers(s: HandlerServices): Handlers {
  return {
    ...appHandlers(s.app),
    ...registrationHandlers({ registration: s.registration, customer: s.customer, slip: s.slip, updateStatus: () => s.updates.status() }),
    ...campaignHandlers(s.campaign),
    ...updatesHandlers(s.updates),
    ...networkHandlers(s.network),
    ...staffHandlers(s.staff),
    ...journalHandlers(s.journal, s.chooseSavePath, s.retentionDays),
    ...officeHandlers(s.office, () => s.app.info()),
  }
}
