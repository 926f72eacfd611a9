import {
  alreadyRegisteredCodes,
  Codes,
  configurationCodes,
  illegalParamCodes,
  malformedLoginCodes,
  wrongCodeCodes,
} from '@contract/platform'
import type { DeskError } from '@contract/result'

export type FormField = 'email' | 'phone' | 'code' | 'password' | 'confirm' | 'country' | 'accountType' | 'terms'

export interface ErrorView {
  key: string
  params: Record<string, string | number>
  /** the field the error is about, to mark and focus */
  field?: FormField
  /** after this error the customer needs a new code */
  needsNewCode?: boolean
  /** not a failure: the platform is still working (shown calm, not red) */
  calm?: boolean
}

/** The network failures a clerk (and IT, with the connection check) must tell apart (transport-errors.ts). */
const networkKeys: Record<string, string> = {
  NETWORK_CERT_UNTRUSTED: 'errors.certUntrusted',
  NETWORK_PROXY_REFUSED: 'errors.proxyRefused',
  NETWORK_PROXY_AUTH: 'errors.proxyAuth',
  NETWORK_PROXY_ASK_IT: 'errors.proxyAskIt',
  NETWORK_DNS: 'errors.dns',
  NETWORK_OFFLINE: 'errors.offline',
}

/** Our own code for "already registered" found by the check before sending a code. */
const alreadyRegistered = [...alreadyRegisteredCodes, 'LOGIN_REGISTERED']
const illegal = [...illegalParamCodes, Codes.illegalRequest]
/** Malformed phone or area code (the malformed email has its own wording). */
const malformedPhone = malformedLoginCodes.filter((code) => code !== Codes.emailMalformed)

/**
 * Turns a DeskError into an i18n key with params. Known platform codes get our own wording (so they follow a language
 * switch); an unknown code shows the server's already localised message with its code.
 */
export function describeError(error: DeskError, loginField: 'email' | 'phone', countryLabel: (code: string) => string = (code) => code): ErrorView {
  const p = { trace: error.trace ?? '', code: error.code }
  const view = (key: string, extra: Partial<ErrorView> = {}, params: Record<string, string | number> = {}): ErrorView => ({
    key,
    params: { ...p, ...params },
    ...extra,
  })
  switch (error.kind) {
    case 'timeout':
      return view('errors.timeout')
    case 'network':
      return view(networkKeys[error.code] ?? 'errors.network', {}, { host: error.params?.[0] ?? '' })
    case 'http': {
      const status = error.code.replace('HTTP_', '')
      // a gateway's error page with an envelope: its own code and words (envelope.ts)
      const platformCode = error.params?.[0]
      return platformCode ? view('errors.serverSaid', {}, { status, message: error.message, platformCode }) : view('errors.server', {}, { status })
    }
    case 'bad-response':
      return view('errors.badResponse')
    case 'rate-limited':
      return view('errors.rateLimited', {}, { seconds: error.retryAfterSeconds ?? 60 })
    case 'validation':
    case 'forbidden':
      return view('errors.invalidInput')
    case 'internal':
      return view('errors.internal')
    case 'state':
      if (error.code === 'NO_CODE_SENT') return view('errors.noCodeSent', { field: 'code', needsNewCode: true })
      if (error.code === 'RESEND_TOO_SOON') return view('errors.resendTooSoon', {}, { seconds: error.retryAfterSeconds ?? 60 })
      if (error.code === 'NOT_CONFIGURED') return view('errors.notConfigured')
      if (error.code === 'COUNTRY_NOT_ACCEPTED') {
        return view('validation.countryNotAccepted', { field: 'country' }, { country: countryLabel(error.params?.[0] ?? '') })
      }
      if (error.code === 'TERMS_NOT_ACCEPTED') return view('validation.termsRequired', { field: 'terms' })
      if (error.code === 'ENTERPRISE_NOT_IN_COUNTRY') return view('errors.enterpriseNotAllowed', { field: 'accountType' })
      if (['ACCOUNT_TYPE_NOT_ALLOWED', 'GROUP_NOT_ALLOWED'].includes(error.code)) {
        return view('errors.notAllowedByOffice', { field: 'accountType' })
      }
      // main already has this form's request on its way (a reload mid-submit, say): its answer is what counts
      if (error.code === 'ALREADY_SUBMITTING') return view('errors.stillProcessing', { calm: true })
      // registered after "next customer": the clerk who sent it gets the number; a new shift only that one finished
      if (error.code === 'PREVIOUS_CUSTOMER_REGISTERED') {
        // no reference line: it is the previous customer's (their journal line has it), and the word stays one line
        // in the action bar, leaving the next customer's "Send code" in view at 1366x768 at 150%
        const customerNo = error.params?.[0]
        return customerNo
          ? view('errors.previousRegistered', { calm: true }, { customerNo, trace: '' })
          : view('errors.previousShiftRegistered', { calm: true }, { trace: '' })
      }
      if (error.code === 'STILL_PROCESSING') {
        return view(error.retryAfterSeconds ? 'errors.stillProcessing' : 'errors.stillProcessingGaveUp', { calm: true })
      }
      return view('errors.internal')
    case 'business':
      break
  }
  const code = error.code
  if (alreadyRegistered.includes(code)) return view('errors.alreadyRegistered', { field: loginField })
  if (code === 'LOGIN_DISABLED') return view('errors.loginDisabled', { field: loginField })
  if (wrongCodeCodes.includes(code)) {
    const left = error.params?.map(Number).find((n) => Number.isInteger(n) && n >= 0)
    return left === undefined
      ? view('errors.wrongCodeNoCount', { field: 'code' })
      : view('errors.wrongCode', { field: 'code' }, { left })
  }
  if (code === Codes.codeUsedUp) return view('errors.codeUsedUp', { field: 'code', needsNewCode: true })
  if (code === Codes.passwordWeak) return view('errors.passwordWeak', { field: 'password' })
  if (code === Codes.emailMalformed) return view('validation.emailInvalid', { field: 'email' })
  if (malformedPhone.includes(code)) {
    return view('errors.business', { field: loginField }, { message: error.message })
  }
  if (code === Codes.demoCompany) return view('errors.demoCompany')
  if (configurationCodes.includes(code)) return view('errors.configuration')
  if (code === Codes.enterpriseNotAllowed) return view('errors.enterpriseNotAllowed', { field: 'accountType' })
  if (code === Codes.openingFailed) return view('errors.openingFailed')
  if (illegal.includes(code)) return view('errors.rejected', {}, { message: error.message || code })
  return view('errors.business', {}, { message: error.message || code })
}
