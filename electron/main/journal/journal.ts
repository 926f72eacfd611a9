import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import * as v from 'valibot'
import type { JournalDay, JournalEntry, JournalRange, RegistrationOutcome } from '@contract/types'
import type { WriteFaults } from '../local/write-faults'
import { campaignValues } from '@contract/fields'
import type { RegisterForm } from '@contract/ipc/registration'
import type { Logger } from '../log'
import { maskLogin } from '@contract/login'

const entrySchema = v.object({
  time: v.string(),
  customerNo: v.string(),
  login: v.string(),
  method: v.picklist(['email', 'phone']),
  openAccountType: v.picklist([0, 1]),
  status: v.picklist(['registered', 'pending-review']),
  campaign: campaignValues,
  staffId: v.optional(v.string()),
  officeCode: v.optional(v.string()),
  termsVersion: v.optional(v.string()),
  trace: v.string(),
  slipPrinted: v.optional(v.boolean()),
})

/** Local calendar day: the journal is read by a branch, by its own working day. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(new Date(`${text}T12:00:00`).getTime())

/** The oldest day the retention keeps: today and the `days - 1` before it (calendar days, so DST changes count once). */
export function oldestKept(today: Date, days: number): string {
  const at = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1), 12)
  return localDate(at)
}

/** Every local date from `from` to `to`, both included. */
function datesFrom(from: string, to: string): string[] {
  const out: string[] = []
  for (let at = new Date(`${from}T12:00:00`); localDate(at) <= to; at = new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1, 12)) {
    out.push(localDate(at))
  }
  return out
}

export type JournalRangeResult =
  | { ok: true; range: JournalRange }
  | { ok: false; code: 'RANGE_INVALID' | 'RANGE_OUTSIDE_RETENTION'; oldest: string; today: string }

/** What a registration becomes in the journal: the login masked, no password, code or token anywhere. */
export function journalEntry(
  outcome: RegistrationOutcome,
  form: RegisterForm,
  stamp: { staffId?: string; officeCode?: string },
): JournalEntry {
  const login = form.login
  return {
    time: new Date(outcome.registeredAt).toISOString(),
    customerNo: outcome.customerNo,
    login: maskLogin(login),
    method: login.method,
    openAccountType: outcome.openAccountType,
    status: outcome.status,
    campaign: outcome.campaign,
    ...(stamp.staffId ? { staffId: stamp.staffId } : {}),
    ...(stamp.officeCode ? { officeCode: stamp.officeCode } : {}),
    ...(form.acceptedTerms ? { termsVersion: form.acceptedTerms } : {}),
    trace: outcome.trace,
  }
}

export interface JournalOptions {
  log?: Logger
  now?: () => Date
  /** failed writes are reported here (local/write-faults.ts) */
  faults?: WriteFaults
  /** the disk's append (tests put a failing one in) */
  append?: (file: string, text: string) => void
}

const diskAppend = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true })
  appendFileSync(file, text, { encoding: 'utf8', mode: 0o600 })
}

/**
 * The day's registrations on this PC, one JSON line each in `journal/YYYY-MM-DD.jsonl` under the data folder.
 * A damaged line is skipped (and logged), never fatal; a file that cannot be read at all is set aside for support.
 * A line that cannot be written (disk full, folder not writable, file locked) stays in memory, in order, is shown with
 * the day and for copying, and is written at the next append, the next read or `retry()`.
 */
export function createJournal(dir: string, options: JournalOptions = {}) {
  const { log, faults } = options
  const now = options.now ?? (() => new Date())
  const write = options.append ?? diskAppend
  const fileFor = (date: string) => join(dir, `${date}.jsonl`)
  let unwritten: JournalEntry[] = []

  /** writes what waits, oldest first; stops at the first failure so the order on disk stays the order of events */
  function flush(): void {
    while (unwritten.length) {
      const entry = unwritten[0]!
      try {
        write(fileFor(localDate(new Date(entry.time))), JSON.stringify(entry) + '\n')
      } catch (error) {
        faults?.failed('journal', error, unwritten.length, unwritten.map((e) => JSON.stringify(e)).join('\n'))
        return
      }
      unwritten.shift()
    }
    faults?.recovered('journal')
  }

  const waiting = (date: string) => unwritten.filter((e) => localDate(new Date(e.time)) === date)

  return {
    /**
     * Adds a registration. The platform replays a customer it already created to a repeated key (a Register pressed
     * again, an answer that was late here): the same customer number for the same login on the same day is that
     * replay, not a second customer, and is not written twice (the practice sandbox numbers afresh at each start: the
     * number alone is not enough). Answers whether a line was added.
     */
    append(entry: JournalEntry): boolean {
      const replayed = (e: JournalEntry) => e.customerNo === entry.customerNo && e.login === entry.login
      if (entry.customerNo && this.day(localDate(new Date(entry.time))).entries.some(replayed)) {
        log?.info('journal.replayed', {})
        return false
      }
      unwritten = [...unwritten, entry]
      flush()
      return true
    },
    /** entries kept in memory because the disk refused them */
    unwritten: (): readonly JournalEntry[] => unwritten,
    retry: (): void => (unwritten.length ? flush() : undefined),
    day(date = localDate(now())): JournalDay {
      if (unwritten.length) flush()
      const file = fileFor(date)
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { date, count: 0, entries: [] }
      const inMemory = waiting(date)
      if (!existsSync(file)) return { date, count: inMemory.length, entries: inMemory }
      let text: string
      try {
        text = readFileSync(file, 'utf8')
      } catch {
        renameSync(file, `${file}.unreadable-${Date.now()}`)
        log?.warn('journal.unreadable', { file: date })
        return { date, count: 0, entries: [] }
      }
      const entries: JournalEntry[] = []
      for (const line of text.split('\n')) {
        if (!line.trim()) continue
        try {
          const parsed = v.safeParse(entrySchema, JSON.parse(line))
          if (parsed.success) entries.push(parsed.output)
          else log?.warn('journal.bad-line', { file: date })
        } catch {
          log?.warn('journal.bad-line', { file: date })
        }
      }
      entries.push(...inMemory)
      return { date, count: entries.length, entries }
    },
    /**
     * The registrations from `from` to `to` (local dates, both included), oldest first, within the retention: a range
     * reaching before the oldest kept day, after today, backwards or longer than the retention is refused, so what the
     * clerk sees is what the office keeps (a day file left from before a shorter retention is not read).
     */
    range(from: string, to: string, retentionDays: number): JournalRangeResult {
      const today = localDate(now())
      const oldest = oldestKept(now(), retentionDays)
      if (!isDate(from) || !isDate(to) || from > to) return { ok: false, code: 'RANGE_INVALID', oldest, today }
      if (from < oldest || to > today) return { ok: false, code: 'RANGE_OUTSIDE_RETENTION', oldest, today }
      const entries: JournalEntry[] = []
      for (const date of datesFrom(from, to)) entries.push(...this.day(date).entries)
      return { ok: true, range: { from, to, oldest, today, count: entries.length, entries } }
    },
    /**
     * Notes on a registration's entry that its slip was printed (the entry found by its time and trace; nothing else
     * changes, nothing personal is added). The day's file is rewritten whole through a temporary file, so a failure
     * leaves the old one. Answers false when the entry is not there or the file cannot be written (logged).
     */
    markSlipPrinted(time: string, trace: string): boolean {
      const file = fileFor(localDate(new Date(time)))
      try {
        if (!existsSync(file)) return false
        let found = false
        const lines = readFileSync(file, 'utf8')
          .split('\n')
          .map((line) => {
            if (found || !line.trim()) return line
            try {
              const entry = JSON.parse(line) as JournalEntry
              if (entry.time !== time || entry.trace !== trace) return line
              found = true
              return JSON.stringify({ ...entry, slipPrinted: true })
            } catch {
              return line
            }
          })
        if (!found) return false
        writeFileSync(`${file}.tmp`, lines.join('\n'), { encoding: 'utf8', mode: 0o600 })
        renameSync(`${file}.tmp`, file)
        return true
      } catch (error) {
        log?.warn('journal.slip-not-recorded', { reason: (error as NodeJS.ErrnoException).code ?? 'write failed' })
        return false
      }
    },
    /**
     * Deletes the days older than `days` (the office's retention; 90 by default): the journal holds masked customer
     * data, kept only as long as the office needs it. Run at start. Answers how many day files went.
     */
    prune(days: number): number {
      if (!existsSync(dir)) return 0
      const oldest = oldestKept(now(), days)
      let removed = 0
      for (const name of readdirSync(dir)) {
        const day = /^(\d{4}-\d{2}-\d{2})\.jsonl/.exec(name)?.[1]
        if (day && day < oldest) {
          rmSync(join(dir, name), { force: true })
          removed += 1
        }
      }
      if (removed) log?.info('journal.pruned', { count: removed })
      return removed
    },
  }
}

export type Journal = ReturnType<typeof createJournal>
