import type { CampaignValues, RegistrationOutcome } from '../../contract/types'
import type { RegisterForm } from '../../contract/schemas'
import type { DeskConfig } from '../config'
import { deviceModel, registerSourceFor, type OsFacts } from '../device'
import type { PlatformClient } from '../platform/client'
import { leadOn } from '../handoff/links'
import { createRegistrationService } from './service'

export interface RegistrationHooks {
  language: () => string
  campaign: () => CampaignValues
  sandboxCode?: (toUser: string) => Promise<string | undefined>
  onRegistered: (outcome: RegistrationOutcome, form: RegisterForm) => void
  now?: () => number
  /** the company registrations go to (the sandbox's when embedded), for the hand-off links' {companyId} */
  companyId: string
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
    now: hooks.now,
  })
  return {
    ...service,
    /** a registration's result leads on: the preset's hand-off links filled for it, the trader's login page */
    register: async (form: RegisterForm) => {
      const result = await service.register(form)
      if (!result.ok) return result
      const values = { lang: hooks.language(), registerSource: String(registerSource), companyId: hooks.companyId }
      return { ok: true as const, value: leadOn(result.value, { templates: c.handoff, values, allowList: c.externalLinkAllowList, loginUrl: c.selfLoginUrl }) }
    },
  }
}
