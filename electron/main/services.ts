import { lookup } from 'node:dns/promises'
import { join } from 'node:path'
import type { EventPayloads, Handlers } from '@contract/channels'
import type { Sandbox } from '../../sandbox/server'
import { createPreferences } from './app/preferences'
import { createAppService, type AppService } from './app/service'
import type { AppFacts } from './app/info'
import { createCampaignService, type CampaignService, type DeepLinkOutcome } from './campaign/service'
import { defaultConfig, type ConfigResult, type DeskConfig, type UpdateSettings } from './config'
import { createConfigSource, type ConfigSource } from './config-source'
import { registerSourceFor, type OsFacts } from './device'
import { createHandlers } from './handlers'
import { createJournal, type Journal } from './journal/journal'
import type { PrintOutcome } from './handoff/print'
import { createSlipPrinter } from './handoff/slip'
import type { Logger } from './log'
import { checkConnection } from './network/connection-check'
import { exposureOfConfig } from './network/exposure'
import { windowProxyLogin, type ProxyLogin } from './network/proxy-login'
import { proxyLoginName } from './network/proxy'
import { tlsHandshake } from './network/tls-handshake'
import { createPinGate, PIN_ATTEMPTS_FILE } from './office/pin-gate'
import { OFFICE_SETTINGS_FILE, presetHashOf } from './office/resolve'
import { createOfficeService } from './office/service'
import type { FetchFn } from './platform/client'
import { connectPlatform, type PlatformConnection } from './platform/connect'
import { createRegistration } from './registration/compose'
import { createCustomerDesk, type CustomerDesk } from './registration/customer'
import type { RegistrationService } from './registration/service'
import { fetchSandboxCode } from './sandbox-code'
import { createStaffSession } from './staff/session'
import { openLocalStore, type StoreFactory } from './store'
import { probeFeed, withUpdateHealth, type UpdatePlatform } from './updates/feed'
import { createUpdateService, type UpdaterLike, type UpdateService } from './updates/service'
import type { ConnectionReport, UiLanguage } from '@contract/types'
import { createWriteFaults, type WriteFaults } from './local/write-faults'
import { saveDiagnostics } from './diagnostics/save'
import { readShippedLicences } from './shell/licences'
import type { WindowState } from './window-state'

export interface ServiceOptions {
  /** prints the window's page with the system print dialog (main: webContents.print; the E2E tier: page.pdf) */
  printPage?: () => Promise<PrintOutcome>
  facts: AppFacts
  os: OsFacts
  /** the configuration at start */
  config: ConfigResult
  /** resolves the configuration again (after the office screen saved); defaults to the one at start */
  reloadConfig?: () => ConfigResult
  userDataDir: string
  log: Logger
  /** opens config.json in the data folder: electron-store in the app (electron-store.ts), conf in tests */
  openStore: StoreFactory
  /** how platform calls leave the machine: Electron's net.fetch in the app, Node's fetch in tests */
  fetch: FetchFn
  /**
   * how the connection check asks the update feed: in the app, on the updater's own pinned session (never the
   * platform's, so no HTTP/2 connection to the feed host can be coalesced with the platform's); default `fetch`
   */
  feedFetch?: FetchFn
  /** proxy logins (main: asked through the window when net.request meets a proxy challenge) */
  proxyLogin?: ProxyLogin
  /** the proxy Chromium uses for a URL (Electron: session.resolveProxy); tests: always DIRECT */
  resolveProxy?: (url: string) => Promise<string>
  /** the system clipboard; main passes Electron's */
  copyText?: (text: string) => void
  /** pushes an event to the window (main: webContents.send; the E2E bridge: into the page) */
  notify?: <E extends keyof EventPayloads>(event: E, payload: EventPayloads[E]) => void
  /** where to save an export or the diagnostics (main: the save dialog); undefined means cancelled */
  chooseSavePath?: (defaultName: string, kind?: 'csv' | 'text') => Promise<string | undefined>
  now?: () => number
  /** the local writes that fail now (main creates it before the log, which reports to it too); default: a new one */
  faults?: WriteFaults
  /** the disk's append for the journal (tests put a failing one in) */
  journalAppend?: (file: string, text: string) => void
  /** the window switched its UI language (main rebuilds its menu in it) */
  onLanguage?: (language: UiLanguage) => void
  /** main's log file and how to write out what it has queued (Save diagnostics reads its recent lines) */
  logFile?: string
  flushLog?: () => void
  /** the folders of the built parts (main, preload, renderer), whose licence notices About shows */
  builtDirs?: string[]
  /**
   * New versions (updates/), only for a build that can update itself (main: packaged, on Windows or macOS): which
   * system's installer it takes, and how the real updater is loaded (main: electron-updater over Electron's net;
   * tests: the same classes over Node's https). Absent: as policy off.
   */
  updates?: { platform: UpdatePlatform; load: (settings: UpdateSettings & { feedUrl: string }) => Promise<UpdaterLike>; firstCheckAfterMs?: number }
}

export interface Services {
  /** every channel's handler, served by the domain folders from the services below */
  handlers: Handlers
  config: ConfigSource
  app: AppService
  customer: CustomerDesk
  /** the embedded sandbox, when no platform is configured */
  sandbox?: Sandbox
  registration?: RegistrationService
  campaign: CampaignService
  updates: UpdateService
  proxyLogin: ProxyLogin
  /** the local writes failing now (journal, settings file, log) */
  faults: WriteFaults
  /** the registrations on this PC (tests read and retry it; the window through its channels) */
  journal: Journal
  /** the window's place and size between runs, in the local store */
  windowState: { load(): unknown; save(state: WindowState): void }
  /** a `regdesk://` URL from the OS (argv, second instance, open-url): validated, then applied by precedence */
  applyDeepLink(url: string): DeepLinkOutcome
  /** stops what the services started (the embedded sandbox, timers) */
  close(): Promise<void>
}

/**
 * The composition root: constructs main's services from plain values and wires them to each other; it holds no state
 * and decides nothing (the customer at the desk is registration/customer.ts, the configuration config-source.ts). Main
 * calls it with Electron's facts; the E2E bridge and the benches with a temp folder, so every tier runs the same
 * composition.
 */
export async function createServices(options: ServiceOptions): Promise<Services> {
  const { log, now } = options
  const config = createConfigSource(options.config, options.reloadConfig)
  const notify: NonNullable<ServiceOptions['notify']> = (event, payload) => options.notify?.(event, payload)
  const faults = options.faults ?? createWriteFaults({ log: () => log, onChange: (list) => notify('desk:event:local-faults', list) })
  const store = openLocalStore(options.userDataDir, options.openStore, log, now, faults)
  const preferences = createPreferences(store, log)
  // the end of a shift takes what was the clerk's: their proxy login (ours and Chromium's) and a one-customer campaign
  const staff = createStaffSession({
    ended: async () => {
      campaign.shiftEnded()
      await proxyLogin.forget('shift ended')
    },
  })
  const journal = createJournal(join(options.userDataDir, 'journal'), { log, faults, append: options.journalAppend, ...(now ? { now: () => new Date(now()) } : {}) })
  const retentionDays = () => config.current()?.journalRetentionDays ?? 90
  journal.prune(retentionDays())
  // what the disk refused is tried again every minute, not only at the next write
  const retryWrites = setInterval(() => {
    journal.retry()
    store.retry()
  }, 60_000)
  retryWrites.unref?.()
  const staffMode = () => config.current()?.staff.enabled ?? false
  const chooseSavePath = options.chooseSavePath ?? (async () => undefined)

  const usable = config.current()
  /** whether a user of this PC could read the platform's traffic (said in the connection check and the diagnostics) */
  const exposure = () => {
    const current = config.current()
    return current ? exposureOfConfig(current, options.facts.packaged) : undefined
  }
  const connection = usable ? await connectPlatform(() => config.current() ?? usable, { fetch: options.fetch, language: () => app.language(), log, now }) : undefined
  const app = createAppService({
    facts: options.facts,
    config,
    preferences,
    sandboxUrl: connection?.sandbox?.url,
    copyText: options.copyText,
    localFaults: () => faults.list(),
    onLanguage: options.onLanguage,
    log,
    licences: () => readShippedLicences(options.builtDirs ?? []),
    saveDiagnostics: () =>
      saveDiagnostics({
        gather: () => ({ facts: options.facts, os: options.os, config: config.result(), lastCheck, exposure: exposure(), faults: faults.list(), updates: { ...updates.status(), ...updates.health(), problem: updates.lastRefusal() }, language: app.language() }),
        logFile: options.logFile,
        flushLog: options.flushLog,
        chooseSavePath,
        ...(now ? { now: () => new Date(now()) } : {}),
      }),
  })
  const campaign = createCampaignService({
    officeDefaults: () => config.current()?.officeCampaign ?? {},
    agentParam: () => config.current()?.agentParam ?? 'agent',
    agentCodesEnabled: () => config.current()?.presets.agentCodeEnabled ?? true,
    deepLinksNeedConfirmation: () => staffMode() && config.current()?.staff.deepLinkCampaign !== 'apply',
    deepLinksEnabled: () => config.current()?.deepLinkCampaigns ?? true,
    staffMode,
    staffId: () => staff.current(),
    notify: (active) => notify('desk:event:campaign-changed', active),
    log,
  })

  const slip = createSlipPrinter({
    journal,
    print: options.printPage ?? (async () => ({ printed: false, cancelled: false, reason: 'no printer in this build' })),
    log,
  })
  const customer = createCustomerDesk({
    config,
    registration: () => registration,
    journal,
    slip,
    staff,
    customerDone: () => campaign.customerDone(),
    rememberLogin: (login) => app.rememberLogin(login),
    changed: () => updates.customerChanged(),
    notSaved: () => faults.list(),
  })
  // the update schedule starts with the app: its rules are the installer's (not on the office screen)
  const updateSettings = config.current()?.updates ?? defaultConfig.updates
  const updatesOption = options.updates
  const updates = createUpdateService({
    settings: updateSettings,
    canUpdate: updatesOption !== undefined,
    load: () => updatesOption!.load({ ...updateSettings, feedUrl: updateSettings.feedUrl! }),
    customerPresent: () => customer.present(),
    notify: (status) => notify('desk:event:update-status', status),
    log,
    firstCheckAfterMs: updatesOption?.firstCheckAfterMs,
    memory: { get: () => store.get('updateHealth'), set: (value) => store.set('updateHealth', value) },
    now,
  })

  const registration = connection && createRegistration(() => config.current() ?? usable!, connection.client, options.os, {
    language: () => app.language(),
    campaign: () => campaign.active().values,
    sandboxCode: sandboxCodeReader(connection, usable!),
    onRegistered: (outcome, form, at) => customer.registered(outcome, form, at),
    submittedBy: () => customer.submittedBy(),
    companyId: connection.companyId,
    now,
  })
  /** the last connection check's report, for Save diagnostics */
  let lastCheck: ConnectionReport | undefined
  const check =
    connection &&
    (async () =>
      (lastCheck = await checkConnection({
        baseUrl: connection.baseUrl,
        resolveProxy: options.resolveProxy ?? (async () => 'DIRECT'),
        lookup: async (host) => (await lookup(host, { all: true })).map((a) => a.address),
        tlsHandshake,
        probe: () => connection.client.probe(),
        updates: async () => withUpdateHealth(await probeFeed({ ...updateSettings, policy: updates.status().policy }, updatesOption?.platform, options.feedFetch ?? options.fetch), updates.lastRefusal(), updates.health()),
        facts: { version: options.facts.version, registerSource: registerSourceFor(options.os.platform) },
        exposure: exposure(),
        now,
      })))

  const office = createOfficeService({
    userFile: join(options.userDataDir, OFFICE_SETTINGS_FILE),
    gate: createPinGate({ stored: () => config.current()?.settingsPin, store, attemptsFile: join(options.userDataDir, PIN_ATTEMPTS_FILE), now, log }),
    trust: () => ({ settingsPin: config.current()?.settingsPin, office: config.current()?.office?.code ?? '', presetHash: config.current()?.presetHash ?? presetHashOf(undefined) }),
    now,
    resolve: () => config.resolve(),
    current: () => config.current(),
    onConfig: (next) => config.replace(next),
    log,
  })
  const proxyLogin =
    options.proxyLogin ??
    windowProxyLogin({ notify, remember: () => config.current()?.proxyLoginRemember, staffMode, offered: (challenge) => proxyLoginName(config.current()?.proxy, challenge), log })

  updates.start()
  return {
    handlers: createHandlers({ app, registration, customer, slip, campaign, updates, network: { check, proxyLogin }, staff, journal, retentionDays, chooseSavePath, office }),
    config,
    app,
    customer,
    sandbox: connection?.sandbox,
    registration,
    campaign,
    updates,
    proxyLogin,
    faults,
    journal,
    windowState: { load: () => preferences.windowState(), save: (state) => preferences.setWindowState(state) },
    applyDeepLink: (url) => campaign.applyDeepLink(url),
    close: async () => {
      clearInterval(retryWrites)
      updates.close()
      await connection?.sandbox?.close()
    },
  }
}

/** Sandbox mode only: where the code the sandbox "sent" is read (the embedded one directly, a declared one over HTTP). */
function sandboxCodeReader({ sandbox, baseUrl }: PlatformConnection, config: DeskConfig) {
  if (sandbox) return async (toUser: string) => sandbox.latestCode(toUser)
  return config.platformIsSandbox ? (toUser: string) => fetchSandboxCode(baseUrl, toUser) : undefined
}
