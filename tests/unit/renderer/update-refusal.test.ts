import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { UpdateStatus } from '@contract/types'
import UpdateNotice from '../../../renderer/src/components/UpdateNotice.vue'
import { createDeskI18n } from '../../../renderer/src/i18n'
import { useUpdatesStore } from '../../../renderer/src/stores/updates'
import enSelf from '../../../renderer/src/i18n/messages/en-US/self'
import zhSelf from '../../../renderer/src/i18n/messages/zh-CN/self'
import hkSelf from '../../../renderer/src/i18n/messages/zh-HK/self'
import { allMessages } from '../../support/messages'

/**
 * "Restart now" when the install guard refuses the installer right before install (main answers INSTALLER_REFUSED,
 * updates/service.ts): the clerk is told, in their language, instead of a button that seems to do nothing. Main has
 * already dropped the ready version (the next check downloads it again), so the notice stays to say why.
 */
const ready: UpdateStatus = { policy: 'auto', phase: 'ready', version: '0.2.0', mayPrompt: true }

async function restartRefused(locale: 'zh-CN' | 'en-US' | 'zh-HK', code: string) {
  let push: (s: UpdateStatus) => void = () => {}
  vi.stubGlobal('desk', {
    updates: {
      onStatus: (fn: (s: UpdateStatus) => void) => ((push = fn), () => {}),
      status: async () => ({ ok: true, value: ready }),
      restart: async () => {
        // main's status event (the version dropped) arrives before the answer
        push({ ...ready, phase: 'none', version: undefined })
        return { ok: false, error: { kind: 'state', code, message: 'The downloaded version was not installed: …' } }
      },
    },
  })
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useUpdatesStore()
  await store.load()
  const wrapper = mount(UpdateNotice, { global: { plugins: [pinia, createDeskI18n(locale, allMessages)] } })
  await wrapper.get('[data-testid="update-restart"]').trigger('click')
  await flushPromises()
  return { wrapper, store, push }
}

afterEach(() => vi.unstubAllGlobals())

describe('a refused installer at "Restart now" is said, in every language', () => {
  it('shows the refusal as an alert, with no restart button, in en-US, zh-CN and zh-HK', async () => {
    for (const locale of ['en-US', 'zh-CN', 'zh-HK'] as const) {
      const { wrapper } = await restartRefused(locale, 'INSTALLER_REFUSED')
      const text = wrapper.get('[data-testid="update-text"]')
      expect(text.text()).toBe((allMessages[locale].updates as unknown as { installerRefused: string }).installerRefused)
      expect(text.attributes('role')).toBe('alert')
      expect(wrapper.find('[data-testid="update-restart"]').exists()).toBe(false)
    }
    expect(allMessages['en-US'].updates.installerRefused).toMatch(/not installed: it changed on this PC after it was checked/)
  })

  it('a customer refusal keeps its own words; the installer refusal clears when a version is on offer again', async () => {
    const customer = await restartRefused('en-US', 'CUSTOMER_AT_DESK')
    expect(customer.store.refusal).toBe('customer')
    const installer = await restartRefused('en-US', 'INSTALLER_REFUSED')
    installer.push({ ...ready, phase: 'downloading', percent: 5 })
    expect(installer.store.refusal).toBeNull()
  })

  it('a trader\'s build has words of its own for it', () => {
    for (const words of [enSelf, zhSelf, hkSelf]) expect((words.updates as { installerRefused?: string }).installerRefused).toBeTruthy()
  })
})
