import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ConnectionReport } from '@contract/types'
import { allMessages } from '../../support/messages'
import { healthyReport as report, showConnectionReport as shown } from './connection-view'

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
