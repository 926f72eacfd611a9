import type { CampaignValues, LocalFault, RegistrationOutcome } from '@contract/types'
import type { RegisterForm } from '@contract/ipc/registration'
import type { DeskConfig } from '../config'
import { deviceModel, registerSourceFor, type OsFacts } from '../device'
import type { PlatformClient } from '../platform/client'
import { handoffLinks } from '../handoff/links'
import { isAllowedExternalUrl } from '../security/external-links'
import { createRegistrationService, type SubmittedBy } from './service'

export interface RegistrationHooks {
  language: () => string
  campaign: () => CampaignValues
  sandboxCode?: (toUser: string) => Promise<string | undefined>
  onRegistered: (outcome: RegistrationOutcome, form: RegisterForm, at: { by: SubmittedBy; late: boolean }) => LocalFault[]
  /** who is serving at the moment a form is submitted (registration/customer.ts) */
  submittedBy?: () => SubmittedBy
  /** the company the registrations go to (the embedded sandbox's or the preset's): a hand-off placeholder */
  companyId: string
  now?: () => number
}

/**
 * The registration service as the configuration and the device describe it. Every rule is read from the current
 * configuration when a call needs it (getters), like every other reader of the configuration.
 */
export function createRegistration(config: () => DeskConfig, client: PlatformClient, os: OsFacts, hooks: RegistrationHooks) {
  const registerSource = registerSourceFor(os.platform)
  const service = createRegistrationService({
    client,
    registerSource,
    registerDevice: deviceModel(os),
    get formats() {
      return config().formats
    },
    language: hooks.language,
    get resendSeconds() {
      return config().presets.resendSeconds
    },
    get precheckLogin() {
      return config().precheckLogin
    },
    get presets() {
      const { accountTypes, customerGroupId, groups, tradeTypes, countries, otherCountries, enterpriseCountries, terms } = config().presets
      return { accountTypes, customerGroupId, groups, tradeTypes, countries, otherCountries, enterpriseCountries, terms }
    },
    get agentSource() {
      return config().agentSource
    },
    campaign: hooks.campaign,
    sandboxCode: hooks.sandboxCode,
    onRegistered: (outcome, form, _campaign, at) => hooks.onRegistered(outcome, form, at),
    submittedBy: hooks.submittedBy,
    handoff: (outcome, lang) => handoffLinks(config().handoff, outcome, { lang, registerSource, companyId: hooks.companyId }),
    now: hooks.now,
  })
  return {
    ...service,
    /** a trader's build names the broker's login page with the account number (audience/rules.ts checked it at start) */
    register: async (form: RegisterForm) => {
      const result = await service.register(form)
      const { selfLoginUrl, externalLinkAllowList } = config()
      const loginUrl = selfLoginUrl && isAllowedExternalUrl(selfLoginUrl, externalLinkAllowList) ? selfLoginUrl : undefined
      return loginUrl && result.ok && result.value.status === 'registered' ? { ok: true as const, value: { ...result.value, loginUrl } } : result
    },
  }
}
