import axios from 'axios'
import Conf from 'conf'
import { networkInterfaces } from 'node:os'
import type { UiLanguage } from '../contract/types'
import { startSandbox, type Sandbox } from '../../sandbox/server'
import { buildAppInfo, isLoopbackUrl, type AppFacts } from './app-info'
import { SANDBOX_COMPANY_ID, type ConfigResult } from './config'
import { deviceModel, pickClientAddress, registerSourceFor, type OsFacts } from './device'
import type { HandlerDeps } from './handlers'
import type { Logger } from './log'
import { createPlatformClient } from './platform/client'
import { createRegistrationService, type RegistrationService } from './registration/service'
import { createSettings, type KeyValueStore } from './settings'
import { createCampaignService, type CampaignService, type DeepLinkOutcome } from './campaign/service'
import type { EventPayloads } from '../contract/channels'

export interface ServiceOptions {
  facts: AppFacts
  os: OsFacts
  config: ConfigResult
  userDataDir: string
  log: Logger
  /** the settings store: electron-store in main; by default a `conf` store in userDataDir (same file and format) */
  store?: KeyValueStore
  /** the system clipboard; main passes Electron's */
  copyText?: (text: string) => void
  /** pushes an event to the window (main: webContents.send; the E2E bridge: into the page) */
  notify?: <E extends keyof EventPayloads>(event: E, payload: EventPayloads[E]) => void
  now?: () => number
}

export interface Services {
  deps: HandlerDeps
  /** the embedded sandbox, when no platform is configured */
  sandbox?: Sandbox
  registration?: RegistrationService
  campaign: CampaignService
  /** a `regdesk://` URL from the OS (argv, second instance, open-url): validated, then applied by precedence */
  applyDeepLink(url: string): DeepLinkOutcome
  /** stops what the services started (the embedded sandbox, timers) */
  close(): Promise<void>
}

/**
 * Composes main's services from plain values. Main calls it with Electron's facts; the E2E bridge and the benches call
 * it with a temp folder, so every tier runs the same composition. With no platform configured it starts the
 * embedded sandbox on a random loopback port.
 */
export async function createServices(options: ServiceOptions): Promise<Services> {
  const { config, log } = options
  const store = options.store ?? new Conf({ cwd: options.userDataDir, configName: 'config', projectName: 'registration-desk' })
  const settings = createSettings(store, log)
  let language: UiLanguage = settings.language() ?? (config.ok ? config.config.language : 'en-US')
  const campaign = createCampaignService({
    store,
    officeDefaults: config.ok ? config.config.officeCampaign : {},
    agentParam: config.ok ? config.config.agentParam : 'agent',
    notify: (active) => options.notify?.('desk:event:campaign-changed', active),
    log,
  })
  let sandbox: Sandbox | undefined
  let registration: RegistrationService | undefined

  if (config.ok) {
    const c = config.config
    let baseUrl: string
    let companyId: string
    if (c.platform.mode === 'sandbox') {
      sandbox = await startSandbox({ port: 0 })
      baseUrl = sandbox.apiUrl
      companyId = SANDBOX_COMPANY_ID
      log.info('sandbox.started', { mode: 'embedded', port: Number(new URL(sandbox.url).port) })
    } else {
      baseUrl = c.platform.baseUrl
      companyId = c.platform.companyId
    }
    const client = createPlatformClient({
      baseUrl,
      companyId,
      timeoutMs: c.timeoutMs,
      language: () => language,
      forwardedFor: () => c.forwardedFor ?? pickClientAddress(networkInterfaces()),
      log,
      now: options.now,
    })
    const embedded = sandbox
    registration = createRegistrationService({
      client,
      registerSource: registerSourceFor(options.os.platform),
      registerDevice: deviceModel(options.os),
      formats: c.formats,
      language: () => language,
      resendSeconds: c.presets.resendSeconds,
      precheckLogin: c.precheckLogin,
      presets: { customerGroupId: c.presets.customerGroupId, tradeTypes: c.presets.tradeTypes },
      agentSource: c.agentSource,
      campaign: () => campaign.active().values,
      onRegistered: (_outcome, form) => settings.setLastLogin(form.login),
      sandboxCode: embedded
        ? async (toUser) => embedded.latestCode(toUser)
        : isLoopbackUrl(baseUrl)
          ? (toUser) => fetchSandboxCode(baseUrl, toUser)
          : undefined,
      now: options.now,
    })
  }

  const info = { ...buildAppInfo(options.facts, config, sandbox?.url), defaultLanguage: language }
  return {
    sandbox,
    registration,
    campaign,
    applyDeepLink: (url) => campaign.applyDeepLink(url),
    deps: {
      campaign,
      appInfo: () => info,
      setLanguage: (next) => {
        language = next
        settings.setLanguage(next)
      },
      copyText: options.copyText ?? (() => {}),
      lastLogin: () => settings.lastLogin(),
      registration,
    },
    close: async () => {
      await sandbox?.close()
    },
  }
}

/** A separately started sandbox (`npm run sandbox`) tells its codes on a loopback-only endpoint. */
async function fetchSandboxCode(baseUrl: string, toUser: string): Promise<string | undefined> {
  const origin = new URL(baseUrl).origin
  const response = await axios.get<{ code: string | null }>(`${origin}/sandbox/code`, {
    params: { toUser },
    timeout: 2000,
    maxRedirects: 0,
  })
  return response.data?.code ?? undefined
}
