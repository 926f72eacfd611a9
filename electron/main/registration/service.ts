import { createHash } from 'node:crypto'
import type { DeskError, DeskResult } from '@contract/result'
import type { RegisterForm } from '@contract/ipc/registration'
import type { Login } from '@contract/login'
import type { CampaignValues, CodeStatus, HandoffLinks, LocalFault, RegistrationOutcome, SendCodeResult } from '@contract/types'
import type { PlatformClient } from '../platform/client'
import { recipientKey, wireLogin } from '@contract/login'
import { Codes, formatCountry, type WireFormats } from '@contract/platform'
import { buildRegisterBody } from '../platform/register-body'
import { accountTypesFor, countryAccepted, planFor, type CountryPlan, type SingleRules } from '@contract/country-rules'
import { TicketBook } from './tickets'
import { registeredLate, type SubmittedBy, type Visit } from './late-answer'
import { toOutcome } from './outcome'

export type { SubmittedBy } from './late-answer'

export interface RegistrationServiceOptions {
  client: PlatformClient
  registerSource: number
  registerDevice: string
  formats: WireFormats
  language: () => string
  resendSeconds: number
  precheckLogin: boolean
  /**
   * the office's rules (its preset): the group and trade types come from the registration's country, never from the
   * window; a country the broker does not accept, or an account type it does not open there, is refused before any request
   */
  presets: Partial<SingleRules> & { groups?: { id: number }[]; terms?: { version: string } }
  agentSource: string
  /** the active campaign at the moment of registering: main's, never the renderer's say-so */
  campaign: () => CampaignValues
  /** sandbox mode only: reads the code the sandbox "sent" */
  sandboxCode?: (toUser: string) => Promise<string | undefined>
  /** who submitted, read when the form is sent (staff id, office): the journal credits them however late the answer */
  submittedBy?: () => SubmittedBy
  /**
   * the local follow-up (journal, last login): answers what could not be saved, never throws the result away. `late`:
   * the desk moved on to the next customer while the platform worked: recorded, never armed for this customer
   */
  onRegistered?: (outcome: RegistrationOutcome, form: RegisterForm, campaign: CampaignValues, at: { by: SubmittedBy; late: boolean }) => LocalFault[] | void
  /** the office's hand-off links for an outcome (main/handoff/links.ts), in the language it was registered in */
  handoff?: (outcome: Omit<RegistrationOutcome, 'handoff'>, lang: string) => HandoffLinks
  now?: () => number
}

const stateError = (code: string, message: string, retryAfterSeconds?: number): DeskResult<never> => ({
  ok: false,
  error: { kind: 'state', code, message, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) },
})

/**
 * Idempotency key for one submission: a hash of the form's id and the exact body, so a retry of the same
 * submission reuses it and any change (another code, a corrected field, the next customer) makes a new one.
 * The form id carries an attempt number that moves on after a definitive answer (see `register`).
 */
export function idempotencyKey(formId: string, body: object): string {
  const hex = createHash('sha256').update(formId).update('\n').update(JSON.stringify(body)).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

/**
 * The platform answered with a business envelope: it decided and created nothing, so a retry with the same key would
 * only replay that refusal. "Too frequent" is not such an answer for register: it is what a concurrent duplicate of a
 * key still being processed gets (contract.md), so the key must be kept until the platform replays the first answer.
 */
const isDefinitive = (error: DeskError) => error.kind === 'business'

/** While the first attempt is still in flight at the platform: how long to wait before asking again, and how often. */
export const stillProcessing = { waitSeconds: 3, maxWaits: 8 }

/** Send code, code status and register: the journey's main-process half. */
export function createRegistrationService(options: RegistrationServiceOptions) {
  const now = options.now ?? Date.now
  const tickets = new TicketBook(options.resendSeconds, now)
  /**
   * Per form, how many definitive (business) answers it has had. An ambiguous failure (timeout, network, 5xx, a body
   * that is not an envelope) keeps the key, so a retry cannot create a second customer; a business answer means the
   * platform decided and created nothing, so the next try gets a fresh key instead of the cached refusal.
   */
  const attempts = new Map<string, number>()
  /** per form, how many "still processing" waits it has had in a row (bounded: stillProcessing.maxWaits) */
  const waits = new Map<string, number>()
  /** forms whose register request is on its way: a second one for the same form is refused meanwhile, never sent alongside */
  const submitting = new Set<string>()

  async function sandboxCodeFor(login: Login): Promise<string | undefined> {
    if (!options.sandboxCode) return undefined
    try {
      return await options.sandboxCode(recipientKey(login))
    } catch {
      return undefined
    }
  }

  const countryRefused = (country: string): DeskResult<never> => ({
    ok: false,
    error: { kind: 'state', code: 'COUNTRY_NOT_ACCEPTED', message: `This broker does not register customers from ${country}`, params: [country] },
  })

  /** the customer at the desk: "next customer" (and the end of a shift, the idle clear) moves it on */
  let customer = 0
  const visit = (): Visit => ({ customer, by: options.submittedBy?.() ?? {} })

  async function sendCode(login: Login, country: string): Promise<DeskResult<SendCodeResult>> {
    const at = customer
    // no code for a customer the broker will not register: the platform is not asked at all
    if (!countryAccepted({ ...options.presets, accountTypes: [0, 1] }, country)) return countryRefused(country)
    const wait = tickets.waitFor(login)
    if (wait > 0) return stateError('RESEND_TOO_SOON', 'A code was sent moments ago', wait)

    if (options.precheckLogin) {
      const status = await options.client.checkStatus(wireLogin(login, options.formats.phoneArea))
      if (!status.ok) return status
      if (status.value === 'registered') {
        return { ok: false, error: { kind: 'business', code: 'LOGIN_REGISTERED', message: 'Already registered', trace: status.envelope.trace } }
      }
      if (status.value === 'disabled') {
        return { ok: false, error: { kind: 'business', code: 'LOGIN_DISABLED', message: 'This login is disabled', trace: status.envelope.trace } }
      }
    }

    const sent = await options.client.sendCode({ channel: login.method === 'email' ? 'email' : 'sms', toUser: recipientKey(login), country: formatCountry(country, options.formats.country) })
    if (!sent.ok) return sent
    // the customer it was for has left: no ticket back (else the desk counts as busy, the login as "has a code")
    if (at !== customer) return { ok: true, value: { resendAfterSeconds: 0 } }
    tickets.record(login, sent.value.sendToken)
    const sandboxCode = await sandboxCodeFor(login)
    return { ok: true, value: { resendAfterSeconds: options.resendSeconds, ...(sandboxCode ? { sandboxCode } : {}) } }
  }

  async function codeStatus(login: Login): Promise<DeskResult<CodeStatus>> {
    const codeSent = tickets.has(login)
    const sandboxCode = codeSent ? await sandboxCodeFor(login) : undefined
    return { ok: true, value: { codeSent, resendAfterSeconds: tickets.waitFor(login), ...(sandboxCode ? { sandboxCode } : {}) } }
  }

  /**
   * What a reloaded window (its page crashed, hung or was reloaded) must get back: the register request still on its
   * way (main holds it; the page's death does not cancel it) and the last customer's result, until "next customer".
   */
  let inFlight: Promise<DeskResult<RegistrationOutcome>> | undefined
  /** the customer the request on its way is for: a reload after "next customer" must not get it */
  let inFlightFor: number | undefined
  let shown: RegistrationOutcome | undefined

  async function register(form: RegisterForm): Promise<DeskResult<RegistrationOutcome>> {
    if (submitting.has(form.formId)) return stateError('ALREADY_SUBMITTING', 'This form is being registered')
    submitting.add(form.formId)
    const at = visit()
    const attempt = registerOnce(form, at)
    inFlight = attempt
    inFlightFor = at.customer
    try {
      const result = await attempt
      if (at.customer !== customer) return result.ok ? registeredLate(result.value, options.submittedBy?.().staffId === at.by.staffId) : result
      if (result.ok) shown = result.value
      return result
    } finally {
      submitting.delete(form.formId)
      if (inFlight === attempt) inFlight = undefined
    }
  }

  /**
   * The answer a reloaded window shows: this customer's register on its way (awaited), else the result on screen, else
   * null. A request still on its way for a customer the desk has moved on from is not theirs: neither waited for nor
   * shown (its answer is journaled and said calmly to the window that sent it, `registeredLate`).
   */
  async function resume(): Promise<DeskResult<RegistrationOutcome | null>> {
    const at = customer
    if (inFlight && inFlightFor === at) {
      const result = await inFlight
      if (!result.ok && customer === at) return result
    }
    return { ok: true, value: customer === at ? (shown ?? null) : null }
  }

  /** The office rules, checked before any request: the renderer offers only these, but main decides. */
  function officePlan(form: RegisterForm): DeskResult<CountryPlan> {
    const p = options.presets
    const rules: SingleRules = { ...p, accountTypes: p.accountTypes ?? [0, 1] }
    const plan = planFor(rules, form.country)
    if (!plan) return countryRefused(form.country)
    if (!accountTypesFor(rules, form.country).includes(form.openAccountType)) {
      return form.openAccountType === 1 && rules.accountTypes.includes(1)
        ? { ok: false, error: { kind: 'state', code: 'ENTERPRISE_NOT_IN_COUNTRY', message: `No enterprise accounts for ${form.country}`, params: [form.country] } }
        : stateError('ACCOUNT_TYPE_NOT_ALLOWED', 'This office does not open this account type')
    }
    if (form.customerGroupId === undefined) return { ok: true, value: plan }
    // the office's group picker (registration.groups) applies only where neither the country nor the preset fixes it
    if (p.countries || plan.customerGroupId !== undefined || !p.groups?.some((g) => g.id === form.customerGroupId)) {
      return stateError('GROUP_NOT_ALLOWED', 'This office does not open accounts in this group')
    }
    return { ok: true, value: { ...plan, customerGroupId: form.customerGroupId } }
  }

  async function registerOnce(form: RegisterForm, at: Visit): Promise<DeskResult<RegistrationOutcome>> {
    const plan = officePlan(form)
    if (!plan.ok) return plan
    const terms = options.presets.terms
    if (terms && form.acceptedTerms !== terms.version) {
      return { ok: false, error: { kind: 'state', code: 'TERMS_NOT_ACCEPTED', message: `The account-opening terms (version ${terms.version}) are not accepted`, params: [terms.version] } }
    }
    const sendToken = tickets.tokenFor(form.login)
    if (!sendToken) return stateError('NO_CODE_SENT', 'Send a verification code first')
    const login = form.login
    const { agentCode, ...utm } = options.campaign()
    const body = buildRegisterBody(
      {
        login,
        country: form.country,
        verifyCode: form.verifyCode,
        password: form.password,
        openAccountType: form.openAccountType,
        customerGroupId: plan.value.customerGroupId,
        tradeTypes: plan.value.tradeTypes,
        campaign: utm,
        agent: agentCode ? { code: agentCode, source: options.agentSource } : undefined,
      },
      {
        sendToken,
        registerSource: options.registerSource,
        registerDevice: options.registerDevice,
        lang: options.language(),
        formats: options.formats,
      },
    )
    const attempt = attempts.get(form.formId) ?? 0
    const answer = await options.client.register(body, idempotencyKey(`${form.formId}#${attempt}`, body))
    if (!answer.ok) {
      if (answer.error.code === Codes.codeUsedUp) tickets.forget(login)
      if (answer.error.code === Codes.tooFrequent) return { ok: false, error: stillInFlight(form.formId, answer.error) }
      waits.delete(form.formId)
      if (isDefinitive(answer.error)) {
        if (attempts.size > 500) attempts.clear()
        attempts.set(form.formId, attempt + 1)
      }
      return { ok: false, error: answer.error satisfies DeskError }
    }
    attempts.delete(form.formId)
    waits.delete(form.formId)
    tickets.forget(login)
    const campaign = { ...utm, ...(agentCode ? { agentCode } : {}) }
    const registered = {
      ...toOutcome(answer.value.outcome, answer.value.data, form, answer.envelope.msg, answer.envelope.trace, now()),
      campaign,
      ...(terms ? { termsVersion: terms.version } : {}),
    }
    const outcome: RegistrationOutcome = { ...registered, handoff: options.handoff?.(registered, body.lang ?? options.language()) ?? {} }
    // the platform created the customer: whatever fails on this PC now, its answer reaches the screen whole
    let notSaved: LocalFault[] = []
    try {
      // the journal records the terms version main checked above, never a version the window named without terms
      const { acceptedTerms: _named, ...rest } = form
      const recorded = terms ? { ...rest, acceptedTerms: terms.version } : rest
      notSaved = options.onRegistered?.(outcome, recorded, campaign, { by: at.by, late: at.customer !== customer }) ?? []
    } catch {
      notSaved = [{ target: 'journal', code: 'WRITE_FAILED', pending: 0 }]
    }
    return { ok: true, value: notSaved.length ? { ...outcome, notSaved } : outcome }
  }

  /**
   * The platform is still working on this submission's first request (it timed out here, or the clerk pressed again):
   * the key stays, and the renderer asks again after a short visible wait until the platform replays the first answer.
   * After `maxWaits` in a row the automatic asking stops; the clerk may still press Register (same key, same safety).
   */
  function stillInFlight(formId: string, platform: DeskError): DeskError {
    const count = (waits.get(formId) ?? 0) + 1
    if (waits.size > 500) waits.clear()
    waits.set(formId, count)
    const base = { kind: 'state' as const, code: 'STILL_PROCESSING', message: 'The first attempt is still being processed', trace: platform.trace }
    return count <= stillProcessing.maxWaits ? { ...base, retryAfterSeconds: stillProcessing.waitSeconds } : base
  }

  /** a register request is on its way, or a code went out within `pendingCodeMinutes`: a customer is being served */
  const busy = (): boolean => submitting.size > 0 || tickets.sentWithin(pendingCodeMinutes * 60_000)

  /** "next customer": their send tickets and result go, and answers still on their way for them are no longer theirs */
  function nextCustomer(): void {
    customer++
    tickets.clear()
    shown = undefined
  }

  return { sendCode, codeStatus, register, resume, nextCustomer, tickets, busy }
}

/** How long after a code went out the customer counts as still at the desk (unless "next customer" comes first). */
export const pendingCodeMinutes = 15

export type RegistrationService = ReturnType<typeof createRegistrationService>
