import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { vi } from 'vitest'
import type { ConnectionReport } from '@contract/types'
import ConnectionCheck from '../../../renderer/src/views/ConnectionCheck.vue'
import { createDeskI18n } from '../../../renderer/src/i18n'
import { allMessages } from '../../support/messages'

/** A healthy connection check's report (updates off); each test changes what it is about. */
export const healthyReport: ConnectionReport = {
  checkedAt: '2026-11-29T20:00:00.000Z',
  platformHost: 'api.broker.example',
  proxy: 'DIRECT',
  dns: { outcome: 'ok', ms: 3 },
  tls: { outcome: 'ok', ms: 20 },
  http: { outcome: 'ok', ms: 40, status: 200, detail: 'platform code 0' },
  trace: 'abc',
  appVersion: '0.1.0',
  registerSource: 7,
  updates: { outcome: 'skipped', detail: 'updates are off' },
}

/** The connection check screen in `locale`, showing `value` as main's answer (callers unstub the global afterwards). */
export async function showConnectionReport(locale: 'zh-CN' | 'en-US' | 'zh-HK', value: ConnectionReport) {
  vi.stubGlobal('desk', { network: { check: async () => ({ ok: true, value }) } })
  setActivePinia(createPinia())
  const wrapper = mount(ConnectionCheck, { global: { plugins: [createPinia(), createDeskI18n(locale, allMessages)] } })
  await flushPromises()
  return wrapper
}
