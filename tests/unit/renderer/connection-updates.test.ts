import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ConnectionReport } from '@contract/types'
import { healthyReport, showConnectionReport as shown } from './connection-view'

const report: ConnectionReport = {
  ...healthyReport,
  updates: { outcome: 'ok', ms: 9, status: 200, note: 'offers', noteValue: '0.2.0', feedHost: 'updates.broker.example', lastGoodCheck: '2026-11-20T08:00:00.000Z' },
}
const place = '%USERPROFILE%\\AppData\\Local\\registration-desk-updater\\pending'
const blocked: ConnectionReport = {
  ...report,
  updates: { outcome: 'failed', ms: 9, status: 200, note: 'downloadFailedLocally', noteValue: place, feedHost: 'updates.broker.example', localFailure: { code: 'EEXIST', path: place }, failing: { count: 6, since: '2026-11-21T08:00:00.000Z' }, lastGoodCheck: '2026-11-20T08:00:00.000Z' },
}

const at = (iso: string, locale: string) => new Date(iso).toLocaleString(locale, { hour12: false })

afterEach(() => vi.unstubAllGlobals())

/** The update step beyond one request to the feed (main/updates/health.ts): what failed on this PC, and where; failures in a row; the last good check. */
describe('the connection check says when updates are blocked on this PC, and how long', () => {
  it('a download this PC cannot save: what, where, failures in a row and the last good check, in every language, marked as a fault', async () => {
    const expected = {
      'en-US': `updates.broker.example · Failed · 9 ms · HTTP 200 · not updating: the download cannot be saved on this PC, at ${place} · a file is where the updater’s folder should be (EEXIST) · failed 6 times in a row since ${at('2026-11-21T08:00:00.000Z', 'en-US')}`,
      'zh-CN': `updates.broker.example · 失败 · 9 毫秒 · HTTP 200 · 不会更新：下载内容无法保存到本机，位置：${place} · 更新程序的文件夹位置上有一个同名文件 (EEXIST) · 自 ${at('2026-11-21T08:00:00.000Z', 'zh-CN')} 起连续失败 6 次`,
      'zh-HK': `updates.broker.example · 失敗 · 9 毫秒 · HTTP 200 · 不會更新：下載內容無法儲存到本機，位置：${place} · 更新程式的資料夾位置上有一個同名檔案 (EEXIST) · 自 ${at('2026-11-21T08:00:00.000Z', 'zh-HK')} 起連續失敗 6 次`,
    }
    for (const locale of ['en-US', 'zh-CN', 'zh-HK'] as const) {
      const wrapper = await shown(locale, blocked)
      const row = wrapper.get('[data-testid="connection-updates"]')
      expect(row.text()).toBe(expected[locale])
      expect(row.classes()).toContain('bad')
      expect(wrapper.get('[data-testid="connection-updatesGood"]').text()).toBe(at('2026-11-20T08:00:00.000Z', locale))
    }
  })

  it('an unknown system error says its code; one failure is the step alone; no good check on record is said; updates off shows no such row', async () => {
    const other = { ...blocked, updates: { ...blocked.updates, localFailure: { code: 'EIO', path: place }, failing: { count: 1, since: '2026-11-21T08:00:00.000Z' }, lastGoodCheck: undefined } }
    const wrapper = await shown('en-US', other)
    expect(wrapper.get('[data-testid="connection-updates"]').text()).toMatch(/ · system error EIO \(EIO\)$/)
    expect(wrapper.get('[data-testid="connection-updatesGood"]').text()).toBe('none recorded on this PC')
    const healthy = await shown('zh-HK', report)
    expect(healthy.get('[data-testid="connection-updates"]').classes()).not.toContain('bad')
    const off = await shown('en-US', { ...report, updates: { outcome: 'skipped', note: 'updatesOff' } })
    expect(off.find('[data-testid="connection-updatesGood"]').exists()).toBe(false)
  })
})
