import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
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

  it("a customer the platform replays (the same number and login again that day) is one line, not a second customer", () => {
    const folder = mkdtempSync(join(tmpdir(), 'journal-'))
    const lines: string[] = []
    const log = { info: (event: string) => lines.push(event), warn: () => {}, error: () => {} }
    const journal = createJournal(folder, { now: () => new Date(2026, 10, 28, 12), log: log as never })
    expect(journal.append(entry())).toBe(true)
    // the same customer, replayed to a repeated key a minute later (its own trace)
    expect(journal.append(entry({ time: new Date(2026, 10, 28, 9, 31).toISOString(), trace: '9e2a0000-0000-4000-8000-000000000001' }))).toBe(false)
    expect(journal.append(entry({ customerNo: '8000002' }))).toBe(true)
    // the practice sandbox, started again, gives its first number to another customer: that is a new line
    expect(journal.append(entry({ login: maskLogin({ method: 'email', email: 'li.lei@example.cn' }) }))).toBe(true)
    expect(journal.day().entries.map((e) => e.customerNo)).toEqual(['8000001', '8000002', '8000001'])
    expect(lines).toContain('journal.replayed')
  })

  it('exports CSV with a BOM, the right columns, Chinese intact and formulas neutralised', () => {
    const csv = journalCsv([entry({ termsVersion: '2026-03' }), entry({ campaign: { utmSource: '=HYPERLINK("http://evil")' }, status: 'pending-review', openAccountType: 1 })], csvLabels('zh-CN'))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe('时间,客户编号,登录账号（已脱敏）,注册方式,账户类型,状态,utm_source,utm_medium,utm_campaign,utm_content,utm_term,代理,员工编号,网点,已接受的开户须知（版本）,查询编号,已打印凭条')
    expect(lines[1]).toContain(',8000001,w***@example.cn,邮箱,个人,注册成功,微信,,"春季, 促销",,,,E1024,SH-01,2026-03,')
    expect(lines[2]).toContain(`,"'=HYPERLINK(""http://evil"")",`)
    expect(lines[2]).toContain('企业,待审核')
    expect(csvCell('-1+1')).toBe("'-1+1")
    expect(csvCell('plain')).toBe('plain')
    expect(journalCsv([], csvLabels('en-US')).slice(1).split('\r\n')[0]!.split(',')).toHaveLength(17)
  })
})

describe('a printed slip on the journal entry', () => {
  it('is noted on that registration only, by time and trace, nothing else changes; CSV says so', () => {
    const folder = mkdtempSync(join(tmpdir(), 'journal-'))
    const journal = createJournal(folder, { now: () => new Date(2026, 10, 28, 12) })
    const first = entry()
    const second = entry({ customerNo: '8000002', trace: '8d1f2c3a-0000-4000-8000-000000000002' })
    journal.append(first)
    journal.append(second)
    expect(journal.markSlipPrinted(second.time, second.trace)).toBe(true)
    const [a, b] = journal.day().entries
    expect(a).toEqual(first)
    expect(b).toEqual({ ...second, slipPrinted: true })
    expect(journal.markSlipPrinted(second.time, 'unknown-trace')).toBe(false)
    expect(journal.markSlipPrinted(new Date(2026, 0, 1).toISOString(), second.trace)).toBe(false) // no file that day
    expect(readdirSync(folder)).toEqual(['2026-11-28.jsonl']) // no temporary file left behind
    const lines = journalCsv(journal.day().entries, csvLabels('en-US')).slice(1).trimEnd().split('\r\n')
    expect(lines[1]!.endsWith(',')).toBe(true)
    expect(lines[2]!.endsWith(',Yes')).toBe(true)
  })

  it('a journal that cannot be written: false and a warning, never a throw', () => {
    const folder = mkdtempSync(join(tmpdir(), 'journal-'))
    const warnings: string[] = []
    const journal = createJournal(folder, { log: { warn: (event: string) => warnings.push(event) } as never, now: () => new Date(2026, 10, 28, 12) })
    journal.append(entry())
    // the temporary file's name is taken by a folder: the write fails
    mkdirSync(join(folder, '2026-11-28.jsonl.tmp'))
    expect(journal.markSlipPrinted(entry().time, entry().trace)).toBe(false)
    expect(warnings).toEqual(['journal.slip-not-recorded'])
    expect(journal.day().entries[0]).not.toHaveProperty('slipPrinted')
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
