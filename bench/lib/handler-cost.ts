import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { createDispatcher } from '../../electron/main/dispatch'
import { buildHeaders } from '../../electron/main/platform/headers'
import { buildRegisterBody } from '../../electron/main/platform/register-body'
import { testServices } from '../../tests/support/services'
import { median } from './stats'

/**
 * The register call through main (dispatcher: sender check and schema; service: body, MD5, idempotency key, axios,
 * envelope, journal and settings writes) against the very same request sent with a bare fetch, same sandbox.
 * The send-code step before each is not timed.
 */
export async function handlerCost(iterations = 200) {
  const { services } = await testServices()
  const sandbox = services.sandbox!
  const dispatch = createDispatcher(services.handlers, () => true)
  const sender = { url: 'app://desk/index.html', isMainFrame: true, fromOurWindow: true }
  const handlerTimes: number[] = []
  const fetchTimes: number[] = []

  for (let i = 0; i < iterations + 10; i++) {
    // through main
    const email = `h${i}-${randomUUID().slice(0, 8)}@example.com`
    const login = { method: 'email' as const, email }
    const sent = await dispatch('desk:registration:send-code', sender, { login, country: 'CN' })
    if (!(sent as { ok: boolean }).ok) throw new Error('send code failed')
    const form = { formId: randomUUID(), login, country: 'CN', verifyCode: sandbox.latestCode(email)!, openAccountType: 0, password: 'Bench-pass-1' }
    let t = performance.now()
    const done = (await dispatch('desk:registration:submit', sender, form)) as { ok: boolean }
    const handlerMs = performance.now() - t
    if (!done.ok) throw new Error('register through main failed')

    // the same request, bare
    const raw = `r${i}-${randomUUID().slice(0, 8)}@example.com`
    const common = { companyId: '1001', lang: 'zh-CN' }
    const sendRes = await fetch(`${sandbox.apiUrl}/global/message.app.VerificationApiService.verifyCodeSend`, {
      method: 'POST',
      headers: buildHeaders({ ...common, trace: randomUUID() }),
      body: JSON.stringify({ bizType: 'EMAIL_REGISTER_VERIFICATION_CODE', toUser: raw, country: 'CN', companyId: 1001 }),
    })
    const token = ((await sendRes.json()) as { data: { token: string } }).data.token
    const body = buildRegisterBody(
      { login: { method: 'email', email: raw }, country: 'CN', verifyCode: sandbox.latestCode(raw)!, openAccountType: 0, password: 'Bench-pass-1' },
      { sendToken: token, registerSource: 9, registerDevice: 'Linux bench x64', lang: 'zh-CN', formats: { country: 'alpha2', phoneArea: 'plus' } },
    )
    t = performance.now()
    const res = await fetch(`${sandbox.apiUrl}/register/customer.app.CustomerWebApiService.register`, {
      method: 'POST',
      headers: buildHeaders({ ...common, trace: randomUUID(), forwardedFor: '127.0.0.1', idempotencyKey: randomUUID() }),
      body: JSON.stringify(body),
    })
    const json = (await res.json()) as { code: string }
    const fetchMs = performance.now() - t
    if (json.code !== '0') throw new Error(`bare register failed: ${json.code}`)
    if (i >= 10) {
      handlerTimes.push(handlerMs)
      fetchTimes.push(fetchMs)
    }
  }
  await services.close()
  return { handler: median(handlerTimes), fetch: median(fetchTimes), iterations }
}
