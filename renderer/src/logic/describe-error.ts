import type { DeskError } from '../../../electron/contract/result'

export type FormField = 'email' | 'phone' | 'code' | 'password' | 'confirm' | 'country' | 'accountType'

export interface ErrorView {
  key: string
  params: Record<string, string | number>
  /** the field the error is about, to mark and focus */
  field?: FormField
  /** after this error the customer needs a new code */
  needsNewCode?: boolean
}

const alreadyRegistered = [
  'LOGIN_REGISTERED',
  'CUSTOMER_API_0000101',
  'CUSTOMER_API_0000106',
  'CUSTOMER_API_0000107',
  'CUSTOMER_API_0000632',
  'CUSTOMER_API_0000141',
  'CUSTOMER_API_0000142',
]
const wrongCode = ['CUSTOMER_API_0000511', 'CUSTOMER_API_0000517', 'CUSTOMER_API_0000518']
const configuration = ['CUSTOMER_API_0000306', ...[310, 311, 312, 313, 314, 315].map((n) => `CUSTOMER_API_0000${n}`)]
const illegal = ['CUSTOMER_API_0000501', 'GATEWAY_CODE_006', 'GATEWAY_CODE_015', 'GATEWAY_CODE_104', 'F999999']

/**
 * Turns a DeskError into an i18n key with params. Known platform codes get our own wording (so they follow a language
 * switch); an unknown code shows the server's already localised message with its code.
 */
export function describeError(error: DeskError, loginField: 'email' | 'phone'): ErrorView {
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
      return view('errors.network')
    case 'http':
      return view('errors.server', {}, { status: error.code.replace('HTTP_', '') })
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
      return view('errors.internal')
    case 'business':
      break
  }
  const code = error.code
  if (alreadyRegistered.includes(code)) return view('errors.alreadyRegistered', { field: loginField })
  if (code === 'LOGIN_DISABLED') return view('errors.loginDisabled', { field: loginField })
  if (wrongCode.includes(code)) {
    const left = error.params?.map(Number).find((n) => Number.isInteger(n) && n >= 0)
    return left === undefined
      ? view('errors.wrongCodeNoCount', { field: 'code' })
      : view('errors.wrongCode', { field: 'code' }, { left })
  }
  if (code === 'CUSTOMER_API_0000512') return view('errors.codeUsedUp', { field: 'code', needsNewCode: true })
  if (code === 'CUSTOMER_API_0000139') return view('errors.passwordWeak', { field: 'password' })
  if (code === 'CUSTOMER_API_0000137') return view('validation.emailInvalid', { field: 'email' })
  if (code === 'CUSTOMER_API_0000136' || /^CUSTOMER_API_00005(0[2-9]|10)$/.test(code)) {
    return view('errors.business', { field: loginField }, { message: error.message })
  }
  if (code === 'CUSTOMER_API_0000007') return view('errors.demoCompany')
  if (configuration.includes(code)) return view('errors.configuration')
  if (code === 'CUSTOMER_API_0000624') return view('errors.enterpriseNotAllowed', { field: 'accountType' })
  if (code === 'CUSTOMER_API_00010002') return view('errors.openingFailed')
  if (illegal.includes(code)) return view('errors.rejected', {}, { message: error.message || code })
  return view('errors.business', {}, { message: error.message || code })
}
