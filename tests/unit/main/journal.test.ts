import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { JournalEntry } from '@contract/types'
import { csvCell, journalCsv } from '../../../electron/main/journal/csv'
import { csvLabels } from '../../support/csv-labels'
import { createJournal, localDate } from '../../../electron/main/journal/journal'
import { maskLogin } from '@contract/login'

const entry = (over: Partial<JournalEntry> = {}): JournalEntry => ({
  time: new Date(2026, 10, 28, 9, 30).toISOString(),
  customerNo: '8000001',
  login: maskLogin({ method: 'email', email: 'wang.fang@example.cn' }),
  method: 'email',
  openAccountType: 0,
  status: 'registered',
  campaign: { utmSource: '微信', utmCampaign: '春季, 促销' },
  staffId: 'E1024',
  officeCode: 'SH-01',
  trace: '8d1f2c3a-0000-4000-8000-000000000000',
  ...over,
})

describe('journal', () => {
  it('keeps the day by local date and skips a damaged line', () => {
    const folder = mkdtempSync(join(tmpdir(), 'journal-'))
    const day = new Date(2026, 10, 28, 12)
    const journal = createJournal(folder, { now: () => day })
    journal.append(entry())
    journal.append(entry({ customerNo: '8000002', method: 'phone', login: maskLogin({ method: 'phone', phoneArea: '86', phone: '13900001111' }) }))
    writeFileSync(join(folder, `${localDate(day)}.jsonl`), readFileSync(join(folder, `${localDate(day)}.jsonl`), 'utf8') + '{broken\n')
    const read = journal.day()
    expect(read.count).toBe(2)
    expect(read.entries.map((e) => e.customerNo)).toEqual(['8000001', '8000002'])
    expect(createJournal(folder, { now: () => new Date(2026, 10, 29) }).day().count).toBe(0)
  })

  it('exports CSV with a BOM, the right columns, Chinese intact and formulas neutralised', () => {
    const csv = journalCsv([entry({ termsVersion: '2026-03' }), entry({ campaign: { utmSource: '=HYPERLINK("http://evil")' }, status: 'pending-review', openAccountType: 1 })], csvLabels('zh-CN'))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe('时间,客户编号,登录账号（已脱敏）,注册方式,账户类型,状态,utm_source,utm_medium,utm_campaign,utm_content,utm_term,代理,员工编号,网点,已接受的开户须知（版本）,查询编号')
    expect(lines[1]).toContain(',8000001,w***@example.cn,邮箱,个人,已开户,微信,,"春季, 促销",,,,E1024,SH-01,2026-03,')
    expect(lines[2]).toContain(`,"'=HYPERLINK(""http://evil"")",`)
    expect(lines[2]).toContain('企业,待审核')
    expect(csvCell('-1+1')).toBe("'-1+1")
    expect(csvCell('plain')).toBe('plain')
    expect(journalCsv([], csvLabels('en-US')).slice(1).split('\r\n')[0]!.split(',')).toHaveLength(16)
  })
})

describe('journal retention', () => {
  it('keeps the last N days and deletes the older day files at start', () => {
    const folder = mkdtempSync(join(tmpdir(), 'journal-keep-'))
    for (const day of ['2026-08-30', '2026-08-31', '2026-09-01', '2026-11-28']) writeFileSync(join(folder, `${day}.jsonl`), '{}\n')
    writeFileSync(join(folder, 'notes.txt'), 'not a journal day')
    const journal = createJournal(folder, { now: () => new Date(2026, 10, 29, 12) })
    expect(journal.prune(90)).toBe(2)
    expect(readdirSync(folder).sort()).toEqual(['2026-09-01.jsonl', '2026-11-28.jsonl', 'notes.txt'])
  })
})
