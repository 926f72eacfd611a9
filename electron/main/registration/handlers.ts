import type { HandlerSlice } from '@contract/channels'
import type { registrationChannels } from '@contract/ipc/registration'
import { ok } from '@contract/result'
import type { UpdateStatus } from '@contract/types'
import { notConfigured } from '../not-configured'
import type { SlipPrinter } from '../handoff/slip'
import type { CustomerDesk } from './customer'
import type { RegistrationService } from './service'


export interface RegistrationHandlerDeps {
  /** absent when the configuration is unusable: platform calls then answer NOT_CONFIGURED */
  registration?: RegistrationService
  customer: CustomerDesk
  /** "Print slip" for the registration on screen (handoff/slip.ts) */
  slip: Pick<SlipPrinter, 'print'>
  /** what the window may show about new versions now that the desk changed */
  updateStatus: () => UpdateStatus
}

export function registrationHandlers({ registration, customer, slip, updateStatus }: RegistrationHandlerDeps): HandlerSlice<typeof registrationChannels> {
  return {
    'desk:registration:send-code': async ({ login, country }) => (registration ? registration.sendCode(login, country) : notConfigured),
    'desk:registration:code-status': async ({ login }) => (registration ? registration.codeStatus(login) : notConfigured),
    'desk:registration:submit': async (form) => (registration ? registration.register(form) : notConfigured),
    'desk:registration:resume': async () => (registration ? registration.resume() : ok(null)),
    'desk:registration:next-customer': async () => {
      customer.next()
      return ok(null)
    },
    'desk:registration:presence': async (onScreen) => {
      customer.setPresence(onScreen)
      return ok(updateStatus())
    },
    'desk:registration:print-slip': async ({ trace }) => slip.print(trace),
    'desk:registration:save-draft': async (draft) => {
      customer.saveDraft(draft)
      return ok(null)
    },
    'desk:registration:load-draft': async () => ok(customer.loadDraft()),
  }
}
