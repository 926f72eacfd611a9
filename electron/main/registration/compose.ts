import type { CampaignValues, RegistrationOutcome } from '../../contract/types'
import type { RegisterForm } from '../../contract/schemas'
import type { DeskConfig } from '../config'
import { deviceModel, registerSourceFor, type OsFacts } from '../device'
import type { PlatformClient } from '../platform/client'
import { handoffLinks } from '../handoff/links'
import { isAllowedExternalUrl } from '../security/external-links'
import { createRegistrationService } from './service'

export interface RegistrationHooks {
  language: () => string
  campaign: () => CampaignValues
  sandboxCode?: (toUser: string) => Promise<string | undefined>
  onRegistered: (outcome: RegistrationOutcome, form: RegisterForm) => void
  /** the company the registrations go to (the embedded sandbox's or the preset's): a hand-off placeholder */
  companyId: string
  now?: () => number
}

/** The registration service as the configuration and the device describe it. */
export function createRegistration(c: DeskConfig, client: PlatformClient, os: OsFacts, hooks: RegistrationHooks) {
  const registerSource = registerSourceFor(os.platform)
  const service = createRegistrationService({
    client,
    registerSource,
    registerDevice: deviceModel(os),
    formats: c.formats,
    language: hooks.language,
    resendSeconds: c.presets.resendSeconds,
    precheckLogin: c.precheckLogin,
    presets: {
      accountTypes: c.presets.accountTypes,
      customerGroupId: c.presets.customerGroupId,
      groups: c.presets.groups,
      tradeTypes: c.presets.tradeTypes,
    },
    agentSource: c.agentSource,
    campaign: hooks.campaign,
    sandboxCode: hooks.sandboxCode,
    onRegistered: hooks.onRegistered,
    handoff: (outcome, lang) => handoffLinks(c.handoff, outcome, { lang, registerSource, companyId: hooks.companyId }),
    now: hooks.now,
  })
  // a trader's build names the broker's login page with the account number (audience/rules.ts checked it at start)
  const loginUrl = c.selfLoginUrl && isAllowedExternalUrl(c.selfLoginUrl, c.externalLinkAllowList) ? c.selfLoginUrl : undefined
  if (!loginUrl) return service
  return {
    ...service,
    register: async (form: RegisterForm) => {
      const result = await service.register(form)
      return result.ok && result.value.status === 'registered' ? { ok: true as const, value: { ...result.value, loginUrl } } : result
    },
  }
}
