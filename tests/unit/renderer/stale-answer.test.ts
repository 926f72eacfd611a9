import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { DeskResult } from '@contract/result'
import type { RegistrationOutcome, SendCodeResult } from '@contract/types'
import { useRegistrationStore } from '../../../renderer/src/stores/registration'

/**
 * "Next customer" / "End shift" / the idle clear (session.nextCustomer -> registration.reset()) while a register or a
 * code is still on its way: the answer is the previous customer's. The red team: submit() showed it after the wait
 * (full login, customer number, set-password link and QR) in front of the next customer, without any reload.
 */
let answerSubmit!: (r: DeskResult<RegistrationOutcome>) => void
let answerSend!: (r: DeskResult<SendCodeResult>) => void
const submit = vi.fn(() => new Promise<DeskResult<RegistrationOutcome>>((r) => (answerSubmit = r)))
const sendCode = vi.fn(() => new Promise<DeskResult<SendCodeResult>>((r) => (answerSend = r)))

beforeEach(() => {
  ;(globalThis as { window?: unknown }).window = Object.assign(globalThis.window ?? {}, {
    desk: {
      registration: { submit, sendCode, presence: vi.fn(async () => ({ ok: true, value: null })), saveDraft: vi.fn(async () => ({ ok: true, value: null })) },
      campaign: { get: vi.fn(async () => ({ ok: true, value: { values: {}, origin: 'none' } })) },
    },
  })
  setActivePinia(createPinia())
})

function firstCustomerSubmitting() {
  const store = useRegistrationStore()
  Object.assign(store.fields, { method: 'email', email: 'first.customer@example.com', code: '123456' })
  store.codeSentTo = 'first.customer@example.com'
  return { store, submitting: store.submit() }
}

const registered = { status: 'registered', customerNo: '8000042', loginName: 'first.customer@example.com', handoff: {} } as unknown as RegistrationOutcome

describe('an answer for a form the desk already cleared', () => {
  it('a result is not shown on the next customer\'s screen, and the next customer can be registered meanwhile', async () => {
    const { store, submitting } = firstCustomerSubmitting()
    await vi.waitFor(() => expect(submit).toHaveBeenCalled())
    store.reset()
    expect(store.submitting).toBe(false)
    answerSubmit({ ok: true, value: registered })
    expect(await submitting).toBe(false)
    expect(store.outcome).toBeNull()
    expect(store.error).toBeNull()
  })

  it('main\'s word that the previous customer was registered shows calm, with only the customer number', async () => {
    const { store, submitting } = firstCustomerSubmitting()
    await vi.waitFor(() => expect(submit).toHaveBeenCalled())
    store.reset()
    answerSubmit({ ok: false, error: { kind: 'state', code: 'PREVIOUS_CUSTOMER_REGISTERED', message: 'registered late', params: ['8000042'] } })
    await submitting
    expect(store.outcome).toBeNull()
    expect(store.error).toMatchObject({ key: 'errors.previousRegistered', calm: true, params: { customerNo: '8000042' } })
    // across a shift main names nothing: the words say only that a registration finished
    const next = firstCustomerSubmitting()
    await vi.waitFor(() => expect(submit).toHaveBeenCalledTimes(3))
    next.store.reset()
    answerSubmit({ ok: false, error: { kind: 'state', code: 'PREVIOUS_CUSTOMER_REGISTERED', message: 'registered late', params: [] } })
    await next.submitting
    expect(next.store.error).toMatchObject({ key: 'errors.previousShiftRegistered', calm: true })
  })

  it('another failure of the previous customer\'s form is not said on the next one\'s', async () => {
    const { store, submitting } = firstCustomerSubmitting()
    await vi.waitFor(() => expect(submit).toHaveBeenCalled())
    store.reset()
    answerSubmit({ ok: false, error: { kind: 'business', code: '10013', message: 'wrong code' } })
    await submitting
    expect(store.error).toBeNull()
    expect(store.issues).toEqual({})
  })

  it('a code sent for the previous customer does not mark the next one\'s form as "code sent"', async () => {
    const store = useRegistrationStore()
    Object.assign(store.fields, { method: 'email', email: 'first.customer@example.com' })
    const sending = store.sendCode()
    await vi.waitFor(() => expect(sendCode).toHaveBeenCalled())
    store.reset()
    expect(store.sending).toBe(false)
    answerSend({ ok: true, value: { resendAfterSeconds: 60, sandboxCode: '123456' } })
    expect(await sending).toBe(false)
    expect(store.codeSentTo).toBeNull()
    expect(store.sandboxCode).toBeNull()
    expect(store.resendSeconds).toBe(0)
  })
})
