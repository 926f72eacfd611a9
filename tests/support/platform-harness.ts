import { randomUUID } from 'node:crypto'
import { createMemoryLogger } from '../../electron/main/log'
import { createPlatformClient, type FetchFn } from '../../electron/main/platform/client'
import { defaultWireFormats, type WireFormats } from '@contract/platform'
import { createRegistrationService, type RegistrationServiceOptions } from '../../electron/main/registration/service'
import type { RegisterForm } from '@contract/ipc/registration'
import { normaliseLogin, recipientKey, type Login } from '@contract/login'
import type { CampaignValues } from '@contract/types'
import { startSandbox, type SandboxOptions } from '../../sandbox/server'

export interface HarnessOptions {
  sandbox?: SandboxOptions
  timeoutMs?: number
  formats?: WireFormats
  language?: string
  precheckLogin?: boolean
  presets?: RegistrationServiceOptions['presets']
  campaign?: CampaignValues
  /** the broker's company id (digits); 1001 by default */
  companyId?: string
  /** Node's fetch by default; the network tests hand one that goes through a proxy or trusts a private CA */
  fetch?: FetchFn
  /** the platform URL, when not the sandbox's own (a proxy in front of it, https…) */
  baseUrl?: string
}

/** The real platform client and registration service against a real sandbox on 127.0.0.1. */
export async function platformHarness(options: HarnessOptions = {}) {
  const sandbox = await startSandbox({ formats: options.formats, ...options.sandbox })
  const log = createMemoryLogger()
  let language = options.language ?? 'en-US'
  let campaign: CampaignValues = options.campaign ?? {}
  const client = createPlatformClient({
    fetch: options.fetch ?? globalThis.fetch,
    baseUrl: options.baseUrl ?? sandbox.apiUrl,
    companyId: options.companyId ?? '1001',
    timeoutMs: options.timeoutMs ?? 5000,
    language: () => language,
    forwardedFor: () => '203.0.113.7',
    log,
  })
  const service = createRegistrationService({
    client,
    registerSource: 7,
    registerDevice: 'Windows 10.0.22631 x64',
    formats: options.formats ?? defaultWireFormats,
    language: () => language,
    resendSeconds: 0,
    precheckLogin: options.precheckLogin ?? true,
    presets: options.presets ?? {},
    agentSource: 'agent',
    campaign: () => campaign,
    sandboxCode: async (toUser) => sandbox.latestCode(toUser),
  })
  const toUser = (login: Login) => recipientKey(normaliseLogin(login))

  return {
    sandbox,
    client,
    service,
    log,
    setLanguage: (next: string) => (language = next),
    setCampaign: (next: CampaignValues) => (campaign = next),
    codeFor: (login: Login) => sandbox.latestCode(toUser(login))!,
    /** send a code and answer a form ready to submit with it */
    async readyForm(login: Login, extra: Partial<RegisterForm> = {}): Promise<RegisterForm> {
      const sent = await service.sendCode(login, extra.country ?? 'CN')
      if (!sent.ok) throw new Error(`sendCode failed: ${JSON.stringify(sent.error)}`)
      return { formId: randomUUID(), login, country: 'CN', verifyCode: sent.value.sandboxCode!, openAccountType: 0, ...extra }
    },
    close: () => sandbox.close(),
  }
}

export const emailLogin = (email = `c${randomUUID().slice(0, 8)}@example.com`): Login => ({ method: 'email', email })
export const phoneLogin = (phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, phoneArea = '86'): Login => ({
  method: 'phone',
  phoneArea,
  phone,
})
