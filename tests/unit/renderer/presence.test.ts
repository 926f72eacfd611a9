import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import { useRegistrationStore } from '../../../renderer/src/stores/registration'

describe('the form tells main when a customer is on screen (no update prompt or restart meanwhile)', () => {
  it('says so when something is typed, and again when the form is cleared', async () => {
    const presence = vi.fn(async (_onScreen: boolean) => ({ ok: true, value: null }))
    ;(globalThis as { window?: unknown }).window = Object.assign(globalThis.window ?? {}, {
      desk: { registration: { presence, saveDraft: vi.fn(async () => ({ ok: true, value: null })) } },
    })
    setActivePinia(createPinia())
    const store = useRegistrationStore()
    expect(presence.mock.calls).toEqual([[false]]) // at start: nobody (a reloaded window resets main's word)
    store.fields.email = 'a'
    await nextTick()
    store.fields.email = 'ann@example.com' // no news while it stays true
    await nextTick()
    store.reset()
    await nextTick()
    expect(presence.mock.calls).toEqual([[false], [true], [false]])
  })
})
