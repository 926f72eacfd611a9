import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { JournalEntry } from '@contract/types'
import { createJournal, localDate, oldestKept } from '../../../electron/main/journal/journal'
import { exportJournal, rangeResult } from '../../../electron/main/journal/export'
import { csvLabels } from '../../support/csv-labels'

const at = (y: number, m: number, d: number, h = 10) => new Date(y, m - 1, d, h)
const entry = (when: Date, customerNo: string): JournalEntry => ({
  time: when.toISOString(), customerNo, login: 'w***@example.cn', method: 'email', openAccountType: 0, status: 'registered', campaign: {}, trace: `t-${customerNo}`,
})

/** A journal kept 90 days, "today" 2026-11-29: its oldest kept day is 2026-09-01. */
function seeded() {
  const dir = mkdtempSync(join(tmpdir(), 'journal-history-'))
  const today = at(2026, 11, 29, 15)
  const journal = createJournal(dir, { now: () => today })
  for (const [when, no] of [[at(2026, 8, 31), '8000000'], [at(2026, 9, 1), '8000001'], [at(2026, 10, 15), '8000002'], [at(2026, 11, 28), '8000003'], [at(2026, 11, 29), '8000004']] as const) {
    writeFileSync(join(dir, `${localDate(when)}.jsonl`), JSON.stringify(entry(when, no)) + '\n')
  }
  return { dir, journal }
}

describe('journal history', () => {
  it('knows the retention’s first day: today and the 89 before it', () => {
    expect(oldestKept(at(2026, 11, 29), 90)).toBe('2026-09-01')
    expect(oldestKept(at(2026, 3, 30), 1)).toBe('2026-03-30')
  })

  it('a range within the retention lists its days, oldest first; today alone stays the default view', () => {
    const { journal } = seeded()
    const range = journal.range('2026-09-01', '2026-11-29', 90)
    expect(range.ok && range.range.entries.map((e) => e.customerNo)).toEqual(['8000001', '8000002', '8000003', '8000004'])
    expect(range.ok && range.range).toMatchObject({ oldest: '2026-09-01', today: '2026-11-29', count: 4 })
    expect(journal.day().entries.map((e) => e.customerNo)).toEqual(['8000004'])
    const one = journal.range('2026-11-28', '2026-11-28', 90)
    expect(one.ok && one.range.count).toBe(1)
  })

  it('across the retention boundary: the day before the oldest kept day is refused, even while its file still exists', () => {
    const { journal } = seeded()
    expect(journal.range('2026-08-31', '2026-09-01', 90)).toMatchObject({ ok: false, code: 'RANGE_OUTSIDE_RETENTION', oldest: '2026-09-01' })
    expect(journal.range('2026-11-29', '2026-11-30', 90)).toMatchObject({ ok: false, code: 'RANGE_OUTSIDE_RETENTION' })
    expect(journal.range('2026-11-29', '2026-11-01', 90)).toMatchObject({ ok: false, code: 'RANGE_INVALID' })
    expect(journal.range('2026-02-30', '2026-11-01', 90)).toMatchObject({ ok: false })
    // a shorter retention moves the boundary
    expect(journal.range('2026-10-15', '2026-11-29', 30)).toMatchObject({ ok: false, code: 'RANGE_OUTSIDE_RETENTION', oldest: '2026-10-31' })
    expect(rangeResult(journal.range('2026-08-31', '2026-09-01', 90))).toMatchObject({ ok: false, error: { kind: 'validation', code: 'RANGE_OUTSIDE_RETENTION' } })
  })

  it('the CSV is of the chosen range, named for it; without a range it is today’s', async () => {
    const { dir, journal } = seeded()
    const out = join(dir, 'out.csv')
    const saved = await exportJournal(journal, { ...csvLabels('en-US'), range: { from: '2026-10-01', to: '2026-11-28' } }, async (name) => (name === 'registrations-2026-10-01-to-2026-11-28.csv' ? out : undefined), 90)
    expect(saved).toEqual({ ok: true, value: { saved: true, fileName: 'out.csv', count: 2 } })
    const csv = readFileSync(out, 'utf8')
    expect(csv).toContain('8000002')
    expect(csv).toContain('8000003')
    expect(csv).not.toContain('8000004')
    const today = await exportJournal(journal, csvLabels('en-US'), async (name) => (name === 'registrations-2026-11-29.csv' ? out : undefined), 90)
    expect(today).toMatchObject({ ok: true, value: { saved: true, count: 1 } })
    expect(await exportJournal(journal, { ...csvLabels('en-US'), range: { from: '2026-08-31', to: '2026-09-01' } }, async () => out, 90)).toMatchObject({ ok: false })
  })
})
