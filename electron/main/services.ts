import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import type { EventPayloads } from '../contract/channels'
import type { AppInfo, ConnectionReport, UiLanguage } from '../contract/types'
import { lookup } from 'node:dns/promises'
import { checkConnection } from './network/connection-check'
import { windowProxyLogin, type ProxyLogin } from './network/proxy-login'
import { tlsHandshake } from './network/tls-handshake'
import type { Draft } from '../contract/fields'
import type { Sandbox } from '../../sandbox/server'
import { buildAppInfo, type AppFacts } from './app-info'
import { countryNames } from './country-names'
import { createCampaignService, type CampaignService, type DeepLinkOutcome } from './campaign/service'
import { defaultConfig, SANDBOX_COMPANY_ID, type ConfigResult, type DeskConfig } from './config'
import { pickClientAddress, registerSourceFor, type OsFacts } from './device'
import type { HandlerDeps } from './handlers'
import { createJournal, journalEntry } from './journal/journal'
import type { PrintOutcome } from './handoff/print'
import { createSlipPrinter } from './handoff/slip'
import type { Logger } from './log'
import { createPinGate } from './office/pin-gate'
import { OFFICE_SETTINGS_FILE } from './office/resolve'
import { createOfficeService } from './office/service'
import { createStaffSession } from './office/staff'
import { createPlatformClient, type FetchFn } from './platform/client'
import { createRegistration } from './registration/compose'
import type { RegistrationService } from './registration/service'
import { fetchSandboxCode } from './sandbox-code'
import { createSettings } from './settings'
import { openSettingsStore, type StoreFactory } from './store'
import { probeFeed, type UpdatePlatform } from './updates/feed'
import { createUpdateService, type UpdaterLike, type UpdateService } from './updates/service'
import type { UpdateSettings } from './config'

export interface ServiceOptions {
  facts: AppFacts
  os: OsFacts
  /** the configuration at start */
  config: ConfigResult
  /** resolves the configuration again (after the settings screen saved); defaults to the one at start */
  reloadConfig?: () => ConfigResult
  userDataDir: string
  log: Logger
  /** opens config.json in the data folder: electron-store in the app (electron-store.ts), conf in tests */
  openStore: StoreFactory
  /** how platform calls leave the machine: Electron's net.fetch in the app, Node's fetch in tests */
  fetch: FetchFn
  /** proxy logins (main: asked through the window when net.request meets a proxy challenge) */
  proxyLogin?: ProxyLogin
  /** the proxy Chromium uses for a URL (Electron: session.resolveProxy); tests: always DIRECT */
  resolveProxy?: (url: string) => Promise<string>
  /** the system clipboard; main passes Electron's */
  copyText?: (text: string) => void
  /** pushes an event to the window (main: webContents.send; the E2E bridge: into the page) */
  notify?: <E extends keyof EventPayloads>(event: E, payload: EventPayloads[E]) => void
  /** where to save an export (main: the save dialog); undefined means cancelled */
  chooseSavePath?: (defaultName: string) => Promise<string | undefined>
  now?: () => number
  /** prints the window's page with the system print dialog (main: webContents.print; the E2E tier: page.pdf) */
  printPage?: () => Promise<PrintOutcome>
  /**
   * New versions (updates/), only for a build that can update itself (main: packaged, on Windows or macOS): which
   * system's installer it takes, and how the real updater is loaded (main: electron-updater over Electron's net;
   * tests: the same classes over Node's https). Absent: as policy off.
   */
  updates?: { platform: UpdatePlatform; load: (settings: UpdateSettings & { feedUrl: string }) => Promise<UpdaterLike>; firstCheckAfterMs?: number }
}

export interface Services {
  deps: HandlerDeps
  /** the embedded sandbox, when no platform is configured */
  sandbox?: Sandbox
  registration?: RegistrationService
  campaign: CampaignService
  updates: UpdateService
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
  const { log } = options
  let config = options.config
  const cfg = (): DeskConfig | undefined => (config.ok ? config.config : undefined)
  const store = openSettingsStore(options.userDataDir, options.openStore, log, options.now)
  const settings = createSettings(store, log)
  const staff = createStaffSession()
  const journal = createJournal(join(options.userDataDir, 'journal'), log, options.now ? () => new Date(options.now!()) : undefined)
  journal.prune(cfg()?.journalRetentionDays ?? 90)
  const staffMode = () => cfg()?.staff.enabled ?? false
  // a trader's own PC keeps no journal of registrations (the journal is the shared desk's record)
  const keepsJournal = cfg()?.audience !== 'self'
  const slip = createSlipPrinter({
    journal: keepsJournal ? journal : undefined,
    print: options.printPage ?? (async () => ({ printed: false, cancelled: false, reason: 'no printer in this build' })),
    log,
  })
  // On a shared PC nothing of the previous customer is remembered, not even the login name.
  if (staffMode()) settings.clearLastLogin()

  let language: UiLanguage = settings.language() ?? cfg()?.language ?? 'en-US'
  const campaign = createCampaignService({
    officeDefaults: () => cfg()?.officeCampaign ?? {},
    agentParam: () => cfg()?.agentParam ?? 'agent',
    agentCodesEnabled: () => cfg()?.presets.agentCodeEnabled ?? true,
    deepLinksNeedConfirmation: () => staffMode() && cfg()?.staff.deepLinkCampaign !== 'apply',
    notify: (active) => options.notify?.('desk:event:campaign-changed', active),
    log,
  })

  // Something of a customer is at the desk: the window's word (a form with content, a result on screen) or main's own
  // (a register on its way, a code sent a moment ago). No update prompt and no restart then (updates/service.ts).
  let onScreen = false
  const customerPresent = () => onScreen || (registration?.busy() ?? false)
  const updateSettings = cfg()?.updates ?? defaultConfig.updates
  const updatesOption = options.updates
  const updates = createUpdateService({
    settings: updateSettings,
    canUpdate: updatesOption !== undefined,
    load: () => updatesOption!.load({ ...updateSettings, feedUrl: updateSettings.feedUrl! }),
    customerPresent,
    notify: (status) => options.notify?.('desk:event:update-status', status),
    log,
    firstCheckAfterMs: updatesOption?.firstCheckAfterMs,
  })

  let sandbox: Sandbox | undefined
  let checkConnectionFn: (() => Promise<ConnectionReport>) | undefined
  let registration: RegistrationService | undefined
  const c = cfg()
  if (c) {
    let baseUrl: string
    let companyId: string
    if (c.platform.mode === 'sandbox') {
      // only a practice installation needs the sandbox: an office's start does not load it
      const { startSandbox } = await import('../../sandbox/server')
      sandbox = await startSandbox({ port: 0, formats: c.formats, control: false })
      baseUrl = sandbox.apiUrl
      companyId = SANDBOX_COMPANY_ID
      log.info('sandbox.started', { mode: 'embedded', port: Number(new URL(sandbox.url).port) })
    } else {
      baseUrl = c.platform.baseUrl
      companyId = c.platform.companyId
    }
    const client = createPlatformClient({
      fetch: options.fetch,
      baseUrl,
      companyId,
      timeoutMs: c.timeoutMs,
      language: () => language,
      forwardedFor: () => c.forwardedFor ?? pickClientAddress(networkInterfaces()),
      log,
      now: options.now,
    })
    checkConnectionFn = () =>
      checkConnection({
        baseUrl,
        resolveProxy: options.resolveProxy ?? (async () => 'DIRECT'),
        lookup: async (host) => (await lookup(host, { all: true })).map((a) => a.address),
        tlsHandshake,
        probe: () => client.probe(),
        updates: () => probeFeed({ ...updateSettings, policy: updates.status().policy }, updatesOption?.platform, options.fetch),
        facts: { version: options.facts.version, registerSource: registerSourceFor(options.os.platform) },
        now: options.now,
      })
    const embedded = sandbox
    registration = createRegistration(c, client, options.os, {
      language: () => language,
      campaign: () => campaign.active().values,
      sandboxCode: embedded
        ? async (toUser) => embedded.latestCode(toUser)
        : c.platformIsSandbox
          ? (toUser) => fetchSandboxCode(baseUrl, toUser)
          : undefined,
      companyId,
      onRegistered: (outcome, form) => {
        if (keepsJournal) journal.append(journalEntry(outcome, form, { staffId: staff.current(), officeCode: cfg()?.office?.code }))
        slip.registered(outcome)
        campaign.customerDone()
        if (!staffMode()) settings.setLastLogin(form.login)
      },
      now: options.now,
    })
  }

  /** the form in progress: main's memory only, never the renderer's storage or the disk */
  let draft: Draft | null = null
  let info: AppInfo = buildAppInfo(options.facts, config, sandbox?.url)
  const office = createOfficeService({
    userFile: join(options.userDataDir, OFFICE_SETTINGS_FILE),
    gate: createPinGate({ stored: () => cfg()?.settingsPin, store, now: options.now, log }),
    settingsPin: () => cfg()?.settingsPin,
    now: options.now,
    resolve: options.reloadConfig ?? (() => config),
    onConfig: (next) => {
      config = next
      info = buildAppInfo(options.facts, config, sandbox?.url)
    },
    log,
  })

  updates.start()
  return {
    sandbox,
    registration,
    campaign,
    updates,
    applyDeepLink: (url) => campaign.applyDeepLink(url),
    deps: {
      appInfo: () => ({ ...info, defaultLanguage: language, defaultCountryNames: countryNames(info.presets.defaultCountry) }),
      setLanguage: (next) => {
        language = next
        settings.setLanguage(next)
      },
      copyText: options.copyText ?? (() => {}),
      lastLogin: () => (staffMode() ? null : settings.lastLogin()),
      registration,
      campaign,
      staff,
      journal,
      office,
      chooseSavePath: options.chooseSavePath ?? (async () => undefined),
      checkConnection: checkConnectionFn,
      proxyLogin: options.proxyLogin ?? windowProxyLogin((event, payload) => options.notify?.(event, payload), () => cfg()?.proxyLoginRemember),
      forgetCustomer: () => {
        registration?.tickets.clear()
        slip.forget()
        campaign.customerDone()
        draft = null
        onScreen = false
        updates.customerChanged()
      },
      setPresence: (next) => {
        onScreen = next
        updates.customerChanged()
      },
      updates,
      slip,
      drafts: {
        save: (next) => void (draft = next),
        load: () => draft,
      },
    },
    close: async () => {
      updates.close()
      await sandbox?.close()
    },
  }
}
