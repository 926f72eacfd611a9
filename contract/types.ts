/** Plain data types that cross the bridge. The renderer imports these as types only. */

import type { UiLanguage } from './fields'
import type { ConfigProblemCode, Terms } from './config-table'
import type { CountryRules } from './country-rules'
import type { HandoffLinks } from './handoff'
export type { HandoffLinks }
export type { UiLanguage }
export type RegisterSource = 7 | 8 | 9

/** What the form may offer; fixed values are hidden from the clerk. The per-country rules let the form offer only what
 * main accepts for the chosen country (contract/country-rules.ts). */
export interface FormPresets extends CountryRules {
  defaultCountry: string
  /** first in the country list, in this order (an office preset; the rest follow in the UI language's order) */
  frequentCountries: string[]
  /** calling code digits, e.g. "86"; empty: derive from the country */
  defaultPhoneArea: string
  accountTypes: (0 | 1)[]
  /** when set, the group is fixed by configuration and not shown */
  customerGroupId?: number
  /** groups an office may choose from (shown only when there is more than one and none is fixed) */
  groups?: { id: number; name: string }[]
  tradeTypes?: { tradeType: string; allCurrency: string }[]
  /** the account-opening terms the customer accepts before Register; absent: no terms, no checkbox */
  terms?: Terms
  agentCodeEnabled: boolean
  /** seconds before "resend" is offered */
  resendSeconds: number
}

export interface AppInfo {
  name: string
  version: string
  /** `process.platform` of the main process */
  platform: string
  registerSource: RegisterSource
  /** true when a real platform URL and company id are configured; false means the embedded sandbox */
  platformConfigured: boolean
  /** sandbox mode: codes are shown on screen, nothing is real */
  sandbox: boolean
  /** host of the platform in use, for the status line; never the company id */
  platformHost: string
  defaultLanguage: UiLanguage
  /** the default country's name in each UI language (main/app/country-names.ts), so the first screen draws without ICU */
  defaultCountryNames?: Partial<Record<UiLanguage, string>>
  packaged: boolean
  /** Electron's, Chromium's and Node's versions, for About (absent outside Electron) */
  runtime?: { electron: string; chrome: string; node: string }
  presets: FormPresets
  office?: { code: string; name: string }
  staffMode: { enabled: boolean; idleMinutes: number }
  /** the office preset has a PIN: the office administration screen (OfficeAdminView) can be opened */
  officeAdminAvailable: boolean
  /** files on this PC that cannot be written now (a window reloaded after a fault still says so) */
  localFaults?: LocalFault[]
  /** who sits at the screen: a clerk serving a customer (`desk`) or a trader registering themselves (`self`) */
  audience: 'desk' | 'self'
  /** set when the configuration could not be used: the renderer shows a configuration-problem screen */
  configProblem?: { field: string; message: string; code: ConfigProblemCode }
}

export interface SendCodeResult {
  /** seconds until "resend" is offered */
  resendAfterSeconds: number
  /** only in sandbox mode: the code the sandbox "sent" */
  sandboxCode?: string
}

export interface CodeStatus {
  codeSent: boolean
  resendAfterSeconds: number
  sandboxCode?: string
}

export interface KycElementView {
  code: string
  name: string
  showType: string
}
export interface KycLevelView {
  levelCode: string
  levelName: string
  pathName: string
  elements: KycElementView[]
}

export interface RegistrationOutcome {
  status: 'registered' | 'pending-review'
  /** the version of the account-opening terms the customer accepted (the printed slip names it) */
  termsVersion?: string
  customerNo: string
  /** the login as the customer knows it: the email, or "+86 13800000000" */
  loginName: string
  /** masked as in the journal (`j***@x.com`, `+86 138****0000`): what the printed slip shows */
  loginMasked: string
  method: 'email' | 'phone'
  openAccountType: 0 | 1
  /** false: the platform says the customer must still set a login password */
  passwordSet: boolean
  kycLevels: KycLevelView[]
  /** the server's localised message */
  message: string
  trace: string
  registeredAt: number
  /** the campaign this registration was attributed to (what was sent) */
  campaign: CampaignValues
  /** what could not be saved on this PC after the platform answered (the result above is the platform's, whole) */
  notSaved?: LocalFault[]
  /** where the customer goes next: the office's templates filled by main (main/handoff/links.ts), finished URLs */
  handoff: HandoffLinks
  /** a trader's build: the broker's login page (preset `self.loginUrl`), named with the account number */
  loginUrl?: string
}

/** "Print slip": whether the slip went to a printer, and whether the journal recorded it. */
export interface SlipPrintResult {
  printed: boolean
  /** the clerk closed the print dialog */
  cancelled?: boolean
  /** the journal entry of this registration now says the slip was printed (false: it could not be written) */
  recorded?: boolean
}

/** The campaign a registration is attributed to; every field optional, omitted when empty. */
export interface CampaignValues {
  utmSource?: string
  utmMedium?: string
  utmCampaign?: string
  utmContent?: string
  utmTerm?: string
  agentCode?: string
}

/** Where the active campaign came from, highest precedence first: this session's entry or link, a deep link, the office. */
export type CampaignOrigin = 'manual' | 'link' | 'deep-link' | 'office' | 'none'

export interface ActiveCampaign {
  values: CampaignValues
  origin: CampaignOrigin
  /** staff mode: a deep link's campaign waiting for the clerk's yes (it would serve one customer) */
  pending?: CampaignValues
  /** the active campaign serves this customer only, then the one before returns */
  oneCustomer?: boolean
}

/** One step of the connection check. */
export interface ReportStep {
  outcome: 'ok' | 'failed' | 'skipped'
  ms?: number
  status?: number
  /** what happened, for IT (addresses, an error code, why it was skipped); never personal data */
  detail?: string
  /** the same fact as a word the window says in its language (`connection.notes.*`), with its value; detail is the log's */
  note?: ReportNote
  noteValue?: string
}
export type ReportNote = 'errorCode' | 'resolvedByProxy' | 'plainHttp' | 'throughProxy' | 'platformCode' | 'updatesOff' | 'noSelfUpdate' | 'noFeedFile' | 'notAFeed' | 'offers' | 'offersBeta' | 'versionRefused'
  // the last release refused (updates/release-manifest.ts), or its download (sha512, publisher, the installer changed)
  | 'releaseUnsigned' | 'releaseOtherOffice' | 'releaseOtherAudience' | 'releaseOtherChannel' | 'releaseVersion' | 'releaseNotNewer' | 'downloadRefused' | 'updatesUnavailable'
  // the last download could not be saved on this PC (noteValue: where)
  | 'downloadFailedLocally'

/** What the update step says beyond one request to the feed (main/updates/health.ts). */
export interface UpdateStepHealth {
  /** ISO time of the last update check (and download) that ended without a failure or a refusal; absent: none on record */
  lastGoodCheck?: string
  /** checks or downloads in a row that failed or were refused, the first at `since` (ISO) */
  failing?: { count: number; since: string }
  /** the last download failed on this PC: the system's error code (EEXIST, EACCES, ENOSPC…) and where */
  localFailure?: { code: string; path: string }
}

/** The connection check's report: for IT and staff, copied as plain text; nothing personal in it. */
export interface ConnectionReport {
  checkedAt: string
  platformHost: string
  /** the proxy Chromium uses for the platform, e.g. "DIRECT" or "PROXY proxy.office:8080" */
  proxy: string
  dns: ReportStep
  tls: ReportStep
  http: ReportStep
  /** the harmless call's trace, for the platform's support */
  trace: string
  /** the platform's clock minus this PC's, from its Date header */
  clockOffsetSeconds?: number
  appVersion: string
  registerSource: number
  /** the update feed: reachable and what it offers, or skipped when updates are off */
  updates: ReportStep & { feedHost?: string } & UpdateStepHealth
  /**
   * A packaged office build whose platform traffic a user of the PC could read (network/exposure.ts): no pins for the
   * platform, a proxy the PC chooses; `accepted` when the preset accepts that by name. Absent: not exposed.
   */
  exposure?: { gaps: ('noPins' | 'proxyNotFixed')[]; accepted: boolean }
}

/**
 * New versions, as the window may show them. `policy` is `off` too when this build cannot update itself (a development
 * build, a system without an updater); `mayPrompt` is main's word that no customer is at the desk, so a notice and
 * "restart now" may show.
 */
export interface UpdateStatus {
  policy: 'auto' | 'notify' | 'off'
  phase: 'none' | 'available' | 'downloading' | 'ready'
  version?: string
  /** while downloading, whole percent */
  percent?: number
  mayPrompt: boolean
}

/** One registration made on this PC, as the journal keeps it: the login masked, nothing secret. */
export interface JournalEntry {
  /** ISO time */
  time: string
  customerNo: string
  /** masked: `j***@x.com`, `+86 138****0000` */
  login: string
  method: 'email' | 'phone'
  openAccountType: 0 | 1
  status: 'registered' | 'pending-review'
  campaign: CampaignValues
  staffId?: string
  officeCode?: string
  /** the version of the account-opening terms the customer accepted (when the preset has terms) */
  termsVersion?: string
  trace: string
  /** a slip was printed for this registration ("Print slip" on the result screen) */
  slipPrinted?: boolean
}

/** One bundled package's licence notice (About → Third-party licences). */
export interface LicenceNotice {
  name: string
  version: string
  /** SPDX expression from its package.json */
  license: string
  text: string
}

/** An error the window could not handle, as it reaches main's log: no message, no values (they may be personal). */
export interface RendererErrorReport {
  kind: 'error' | 'rejection' | 'vue'
  /** the error's class name, e.g. TypeError */
  name: string
  /** the script and line (no query), or Vue's hook name */
  where?: string
}

/** The journal over a chosen range of days (local dates, both included) within the office's retention. */
export interface JournalRange {
  from: string
  to: string
  /** the oldest day the retention keeps, and today: the range a clerk may choose from */
  oldest: string
  today: string
  count: number
  /** oldest first */
  entries: JournalEntry[]
}

/** A file on this PC that could not be written: the journal, the settings file or the log. */
export type LocalTarget = 'journal' | 'settings' | 'log'
/** Why, in the clerk's words: the disk is full, the folder may not be written, another program holds the file. */
export type LocalFaultCode = 'DISK_FULL' | 'NOT_WRITABLE' | 'FILE_LOCKED' | 'WRITE_FAILED'
export interface LocalFault {
  target: LocalTarget
  code: LocalFaultCode
  /** how many records main keeps in memory to write when it can */
  pending: number
  /** the journal's lines not yet written (masked logins, as the journal holds them), for copying by hand */
  unsaved?: string
}

export interface JournalDay {
  /** local date, YYYY-MM-DD */
  date: string
  count: number
  entries: JournalEntry[]
}
