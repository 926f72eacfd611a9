import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DeskResult } from '@contract/result'
import type { RegistrationOutcome } from '@contract/types'
import { useRegistrationStore } from '../../../renderer/src/stores/registration'

const still = (retryAfterSeconds?: number): DeskResult<RegistrationOutcome> => ({
  ok: false,
  error: { kind: 'state', code: 'STILL_PROCESSING', message: 'still', trace: 't-1', ...(retryAfterSeconds ? { retryAfterSeconds } : {}) },
})
const registered = { ok: true, value: { status: 'registered', customerNo: '8000042' } } as unknown as DeskResult<RegistrationOutcome>

/** The store with a filled form whose code was sent; `submit` answers from the given list, in order. */
function storeWith(answers: DeskResult<RegistrationOutcome>[]) {
  const submit = vi.fn(async () => answers.shift()!)
  ;(globalThis as { window?: unknown }).window = Object.assign(globalThis.window ?? {}, {
    desk: {
      registration: { submit, presence: vi.fn(async () => ({ ok: true, value: null })), saveDraft: vi.fn(async () => ({ ok: true, value: null })) },
      campaign: { get: vi.fn(async () => ({ ok: true, value: { values: {}, origin: 'none' } })) },
    },
  })
  setActivePinia(createPinia())
  const store = useRegistrationStore()
  Object.assign(store.fields, { method: 'email', email: 'ann@example.com', code: '123456' })
  store.codeSentTo = 'ann@example.com'
  return { store, submit }
}

describe('"still processing": the same submission again after main\'s wait', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('waits visibly, then submits the same form again, and shows the result', async () => {
    const { store, submit } = storeWith([still(3), registered])
    await store.submit()
    expect(store.waitingOnPlatform).toBe(true)
    expect(store.error).toMatchObject({ key: 'errors.stillProcessing', calm: true })
    expect(store.retrySeconds).toBe(3)
    await vi.advanceTimersByTimeAsync(3000)
    expect(submit).toHaveBeenCalledTimes(2)
    const [first, second] = submit.mock.calls.map((c) => (c as unknown[])[0] as { formId: string })
    expect(second!.formId).toBe(first!.formId) // same form id: main derives the same idempotency key
    expect(store.outcome).toMatchObject({ customerNo: '8000042' })
    expect(store.waitingOnPlatform).toBe(false)
  })

  it('"Stop waiting" cancels the automatic retry and says how to ask again', async () => {
    const { store, submit } = storeWith([still(3)])
    await store.submit()
    store.stopWaiting()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(submit).toHaveBeenCalledTimes(1)
    expect(store.waitingOnPlatform).toBe(false)
    expect(store.error).toMatchObject({ key: 'errors.stillProcessingStopped', calm: true })
  })

  it('when main stops offering a wait, nothing more is automatic', async () => {
    const { store, submit } = storeWith([still()])
    await store.submit()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(submit).toHaveBeenCalledTimes(1)
    expect(store.error).toMatchObject({ key: 'errors.stillProcessingGaveUp' })
  })
})
