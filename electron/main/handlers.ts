import type { Handlers } from '../contract/channels'
import { ok, type DeskResult } from '../contract/result'
import type { Login } from '../contract/login'
import type { Draft } from '../contract/fields'
import type { AppInfo, ConnectionReport, UiLanguage } from '../contract/types'
import { refuseDeskOnly } from './audience/refuse'
import type { CampaignService } from './campaign/service'
import { exportJournal } from './journal/export'
import type { Journal } from './journal/journal'
import type { OfficeService } from './office/service'
import type { StaffSession } from './office/staff'
import type { ProxyLogin } from './network/proxy-login'
import type { RegistrationService } from './registration/service'
import type { SlipPrinter } from './handoff/slip'
import type { UpdateService } from './updates/service'

export interface HandlerDeps {
  appInfo: () => AppInfo
  setLanguage: (language: UiLanguage) => void
  /** the system clipboard (Electron's in main; a recorder in tests) */
  copyText: (text: string) => void
  lastLogin: () => Login | null
  /** absent when the configuration is unusable: platform calls then answer NOT_CONFIGURED */
  registration?: RegistrationService
  campaign: CampaignService
  staff: StaffSession
  journal: Journal
  office: OfficeService
  /** the save dialog (main) or a temp path (tests) */
  chooseSavePath: (defaultName: string) => Promise<string | undefined>
  /** "next customer": forgets the previous customer's send tickets and draft */
  forgetCustomer: () => void
  /** proxy logins: the clerk's answer goes here (network/proxy-login.ts) */
  proxyLogin: ProxyLogin
  /** the connection check (read-only); absent when the configuration is unusable */
  checkConnection?: () => Promise<ConnectionReport>
  /** the form in progress, in main's memory only (survives a window reload, not a restart) */
  drafts: { save: (draft: Draft | null) => void; load: () => Draft | null }
  /** the window says whether something of a customer is on screen (main/updates uses it with what main knows) */
  setPresence: (onScreen: boolean) => void
  updates: UpdateService
  /** "Print slip" for the registration on screen */
  slip: Pick<SlipPrinter, 'print'>
}

const notConfigured: DeskResult<never> = {
  ok: false,
  error: { kind: 'state', code: 'NOT_CONFIGURED', message: 'No usable platform configuration' },
}

/**
 * Channel → service call. No Electron import: the tests and the E2E bridge build the same handlers with real services.
 * Inputs arrive already validated by the dispatcher.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const registration = deps.registration
  return refuseDeskOnly(allHandlers(deps, registration), () => deps.appInfo().audience)
}

function allHandlers(deps: HandlerDeps, registration: RegistrationService | undefined): Handlers {
  return {
    'desk:app:info': async () => ok(deps.appInfo()),
    'desk:app:set-language': async (language) => {
      deps.setLanguage(language)
      return ok(null)
    },
    'desk:app:copy-text': async (text) => {
      deps.copyText(text)
      return ok(null)
    },
    'desk:settings:last-login': async () => ok(deps.lastLogin()),
    'desk:platform:send-code': async ({ login, country }) =>
      registration ? registration.sendCode(login, country) : notConfigured,
    'desk:platform:code-status': async ({ login }) => (registration ? registration.codeStatus(login) : notConfigured),
    'desk:registration:submit': async (form) => (registration ? registration.register(form) : notConfigured),
    'desk:registration:next-customer': async () => {
      deps.forgetCustomer()
      return ok(null)
    },
    'desk:registration:presence': async (onScreen) => {
      deps.setPresence(onScreen)
      return ok(deps.updates.status())
    },
    'desk:registration:print-slip': async ({ trace }) => deps.slip.print(trace),
    'desk:updates:status': async () => ok(deps.updates.status()),
    'desk:updates:download': async () => deps.updates.download(),
    'desk:updates:restart': async () => deps.updates.restartNow(),
    'desk:draft:save': async (draft) => {
      deps.drafts.save(draft)
      return ok(null)
    },
    'desk:draft:load': async () => ok(deps.drafts.load()),
    'desk:network:proxy-login': async (credentials) => {
      deps.proxyLogin.answer(credentials)
      return ok(null)
    },
    'desk:network:check': async () => (deps.checkConnection ? ok(await deps.checkConnection()) : notConfigured),
    'desk:staff:current': async () => ok({ staffId: deps.staff.current() ?? null }),
    'desk:staff:start': async (id) => {
      deps.staff.start(id)
      return ok({ staffId: id })
    },
    'desk:staff:end': async () => {
      deps.staff.end()
      return ok(null)
    },
    'desk:journal:today': async () => ok(deps.journal.day()),
    'desk:journal:export-csv': async (labels) => exportJournal(deps.journal, labels, deps.chooseSavePath),
    'desk:office:unlock': async (pin) => deps.office.unlock(pin),
    'desk:office:lock': async () => {
      deps.office.lock()
      return ok(null)
    },
    'desk:office:values': async () => deps.office.values(),
    'desk:office:save': async (overrides) => {
      const saved = deps.office.save(overrides)
      return saved.ok ? ok(deps.appInfo()) : saved
    },
    'desk:campaign:get': async () => ok(deps.campaign.active()),
    'desk:campaign:set': async ({ values, origin }) => ok(deps.campaign.set(values, origin)),
    'desk:campaign:clear': async () => ok(deps.campaign.clear()),
    'desk:campaign:decide': async (accept) => ok(deps.campaign.decide(accept)),
    'desk:campaign:parse-link': async (text) => {
      const parsed = deps.campaign.parseLink(text)
      if (parsed.ok) return ok(parsed.values)
      const { problem } = parsed
      return {
        ok: false,
        error: {
          kind: 'validation',
          code: problem.code,
          message: 'The link could not be used',
          ...('field' in problem ? { issues: [{ path: problem.field, message: problem.reason }] } : {}),
        },
      }
    },
  }
}
