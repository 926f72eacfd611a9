import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useRegistrationStore } from '../../../renderer/src/stores/registration'

/** The store with a desk whose sendCode always succeeds with a 60 s resend wait. */
function store() {
  const sendCode = vi.fn(async () => ({ ok: true, value: { resendAfterSeconds: 60 } }))
  ;(globalThis as { window?: unknown }).window = Object.assign(globalThis.window ?? {}, {
    desk: {
      registration: { sendCode, presence: vi.fn(async () => ({ ok: true, value: null })), saveDraft: vi.fn(async () => ({ ok: true, value: null })) },
    },
  })
  setActivePinia(createPinia())
  return { store: useRegistrationStore(), sendCode }
}

describe('the resend wait belongs to the login the code went to', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('another e-mail address, or switching to the phone, does not wait on it; coming back does', async () => {
    const { store: s, sendCode } = store()
    Object.assign(s.fields, { method: 'email', email: 'ann@example.com' })
    expect(await s.sendCode()).toBe(true)
    expect(s.resendSeconds).toBe(60)
    expect(await s.sendCode()).toBe(false) // the same login waits
    expect(sendCode).toHaveBeenCalledTimes(1)

    s.fields.email = 'bob@example.com'
    expect(s.resendSeconds).toBe(0)
    s.fields.method = 'phone'
    expect(s.resendSeconds).toBe(0)

    s.fields.method = 'email'
    s.fields.email = 'ann@example.com'
    await vi.advanceTimersByTimeAsync(5000)
    expect(s.resendSeconds).toBe(55)
  })

  it('a code sent to a second address starts that address\'s wait', async () => {
    const { store: s, sendCode } = store()
    Object.assign(s.fields, { method: 'email', email: 'ann@example.com' })
    await s.sendCode()
    s.fields.email = 'bob@example.com'
    expect(await s.sendCode()).toBe(true)
    expect(sendCode).toHaveBeenCalledTimes(2)
    expect(s.resendSeconds).toBe(60)
    expect(s.codeIsForCurrentLogin).toBe(true)
  })
})
