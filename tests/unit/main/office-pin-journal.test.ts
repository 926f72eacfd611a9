import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { JournalEntry } from '../../../electron/contract/types'
import { csvCell, journalCsv } from '../../../electron/main/journal/csv'
import { csvLabels } from '../../support/csv-labels'
import { createJournal, localDate } from '../../../electron/main/journal/journal'
import { maskLogin } from '../../../electron/contract/login'
import { createPinGate, hashPin, verifyPin } from '../../../electron/main/office/pin'
import { createOfficeService } from '../../../electron/main/office/service'
import { resolveConfig } from '../../../electron/main/office/resolve'

describe('office PIN', () => {
  it('stores only a salted scrypt hash and verifies it', () => {
    const stored = hashPin('482913')
    expect(stored).toMatch(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{128}$/)
    expect(stored).not.toContain('482913')
    expect(verifyPin('482913', stored)).toBe(true)
    expect(verifyPin('482914', stored)).toBe(false)
    expect(hashPin('482913')).not.toBe(stored) // a fresh salt each time
  })

  it('locks for 5 minutes after 5 wrong PINs, and opens for 10 minutes on the right one', () => {
    let now = 0
    const gate = createPinGate(() => hashPin('1234'), () => now)
    expect(gate.unlock('0000')).toEqual({ ok: false, reason: 'wrong', attemptsLeft: 4 })
    for (let i = 0; i < 3; i++) gate.unlock('0000')
    expect(gate.unlock('0000')).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: 300 })
    expect(gate.unlock('1234')).toMatchObject({ ok: false, reason: 'locked' })
    now += 301_000
    expect(gate.unlock('1234')).toEqual({ ok: true })
    expect(gate.isOpen()).toBe(true)
    now += 601_000
    expect(gate.isOpen()).toBe(false)
    expect(createPinGate(() => undefined).unlock('1234')).toEqual({ ok: false, reason: 'no-pin' })
  })
})

describe('office settings save', () => {
  const setup = () => {
    const folder = mkdtempSync(join(tmpdir(), 'office-svc-'))
    const shippedFile = join(folder, 'shipped.json')
    writeFileSync(shippedFile, JSON.stringify({ settingsPin: hashPin('2468'), staffMode: { enabled: true } }))
    const userFile = join(folder, 'office.json')
    const seen: unknown[] = []
    const office = createOfficeService({
      userFile,
      gate: createPinGate(() => hashPin('2468')),
      resolve: () => resolveConfig({ userFile, shippedFile }, {}, true),
      onConfig: (c) => seen.push(c),
    })
    return { office, userFile, seen }
  }

  it('refuses to read or write while locked', () => {
    const { office, userFile } = setup()
    expect(office.values()).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(office.save({ defaultCountry: 'JP' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(existsSync(userFile)).toBe(false)
  })

  it('after the PIN, saves the overrides and hands the new configuration over', () => {
    const { office, userFile, seen } = setup()
    expect(office.unlock('1111')).toMatchObject({ ok: false, error: { code: 'WRONG_PIN', params: ['4'] } })
    expect(office.unlock('2468')).toEqual({ ok: true, value: null })
    expect(office.save({ defaultCountry: 'JP', idleMinutes: 7 })).toEqual({ ok: true, value: null })
    expect(JSON.parse(readFileSync(userFile, 'utf8'))).toEqual({ defaults: { country: 'JP' }, staffMode: { idleMinutes: 7 } })
    expect(seen.at(-1)).toMatchObject({ ok: true, config: { presets: { defaultCountry: 'JP' }, staff: { idleMinutes: 7 } } })
    expect(office.values()).toEqual({ ok: true, value: { defaultCountry: 'JP', idleMinutes: 7 } })
  })
})

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
    const journal = createJournal(folder, undefined, () => day)
    journal.append(entry())
    journal.append(entry({ customerNo: '8000002', method: 'phone', login: maskLogin({ method: 'phone', phoneArea: '86', phone: '13900001111' }) }))
    writeFileSync(join(folder, `${localDate(day)}.jsonl`), readFileSync(join(folder, `${localDate(day)}.jsonl`), 'utf8') + '{broken\n')
    const read = journal.day()
    expect(read.count).toBe(2)
    expect(read.entries.map((e) => e.customerNo)).toEqual(['8000001', '8000002'])
    expect(createJournal(folder, undefined, () => new Date(2026, 10, 29)).day().count).toBe(0)
  })

  it('exports CSV with a BOM, the right columns, Chinese intact and formulas neutralised', () => {
    const csv = journalCsv([entry(), entry({ campaign: { utmSource: '=HYPERLINK("http://evil")' }, status: 'pending-review', openAccountType: 1 })], csvLabels('zh-CN'))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe('时间,客户编号,登录账号（已脱敏）,注册方式,账户类型,状态,utm_source,utm_medium,utm_campaign,utm_content,utm_term,代理,员工编号,网点,查询编号')
    expect(lines[1]).toContain(',8000001,w***@example.cn,邮箱,个人,已开户,微信,,"春季, 促销",,,,E1024,SH-01,')
    expect(lines[2]).toContain(`,"'=HYPERLINK(""http://evil"")",`)
    expect(lines[2]).toContain('企业,待审核')
    expect(csvCell('-1+1')).toBe("'-1+1")
    expect(csvCell('plain')).toBe('plain')
    expect(journalCsv([], csvLabels('en-US')).slice(1).split('\r\n')[0]!.split(',')).toHaveLength(15)
  })
})
