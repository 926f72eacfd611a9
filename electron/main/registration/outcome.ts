import type { KycLevelView, RegistrationOutcome } from '@contract/types'
import type { RegisterForm } from '@contract/ipc/registration'
import { displayLogin, maskLogin } from '@contract/login'

const text = (value: unknown, max = 200): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, max) : ''

/**
 * What the renderer may see of the platform's answer: the customer number, the login, and the KYC steps, each field
 * picked and bounded. Anything else the server sends (a session token among it) stays out.
 */
export function toOutcome(
  status: RegistrationOutcome['status'],
  data: Record<string, unknown>,
  form: RegisterForm,
  message: string,
  trace: string,
  now: number,
): Omit<RegistrationOutcome, 'campaign' | 'handoff'> {
  const list = Array.isArray(data.list) ? data.list.slice(0, 20) : []
  const kycLevels: KycLevelView[] = list
    .filter((level): level is Record<string, unknown> => !!level && typeof level === 'object')
    .map((level) => ({
      levelCode: text(level.levelCode, 40),
      levelName: text(level.levelName),
      pathName: text(level.pathName),
      elements: (Array.isArray(level.elementList) ? level.elementList.slice(0, 50) : [])
        .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
        .map((e) => ({ code: text(e.elementCode, 60), name: text(e.elementName), showType: text(e.showType, 30) })),
    }))
  const login = form.login
  return {
    status,
    customerNo: text(data.customerNo, 40),
    loginName: displayLogin(login),
    loginMasked: maskLogin(login),
    method: login.method,
    openAccountType: form.openAccountType,
    passwordSet: text(data.loginPassStatus) === '2',
    kycLevels,
    message: text(message, 300),
    trace,
    registeredAt: now,
  }
}
