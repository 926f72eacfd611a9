import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ConnectionReport } from '@contract/types'
import ConnectionCheck from '../../../renderer/src/views/ConnectionCheck.vue'
import { createDeskI18n } from '../../../renderer/src/i18n'
import { allMessages } from '../../support/messages'

const report: ConnectionReport = {
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

async function shown(locale: 'zh-CN' | 'en-US' | 'zh-HK', value: ConnectionReport) {
  vi.stubGlobal('desk', { network: { check: async () => ({ ok: true, value }) } })
  setActivePinia(createPinia())
  const wrapper = mount(ConnectionCheck, { global: { plugins: [createPinia(), createDeskI18n(locale, allMessages)] } })
  await flushPromises()
  return wrapper
}

afterEach(() => vi.unstubAllGlobals())

describe('the connection check says when a user of this PC could read platform traffic', () => {
  it('a packaged office build without pins or on the system proxy: said in every language, marked as a fault', async () => {
    const exposed = { ...report, exposure: { gaps: ['noPins', 'proxyNotFixed'] as const, accepted: false } } as ConnectionReport
    for (const locale of ['en-US', 'zh-CN', 'zh-HK'] as const) {
      const words = allMessages[locale].connection as unknown as { rows: { traffic: string }; exposure: Record<string, string> }
      const row = (await shown(locale, exposed)).get('[data-testid="connection-traffic"]')
      expect(row.text()).toBe(`${words.exposure.noPins} · ${words.exposure.proxyNotFixed}`)
      expect(row.classes()).toContain('bad')
    }
    const accepted = (await shown('en-US', { ...report, exposure: { gaps: ['noPins'], accepted: true } })).get('[data-testid="connection-traffic"]')
    expect(accepted.text()).toBe('Not pinned: a proxy and a certificate this PC trusts can read and change customers’ data · IT accepted this in the installer')
  })

  it('says nothing of it when the build is pinned with a fixed proxy (no exposure in the report)', async () => {
    expect((await shown('en-US', report)).find('[data-testid="connection-traffic"]').exists()).toBe(false)
  })
})
