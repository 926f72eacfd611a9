import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import type { JournalDay, JournalEntry, RegistrationOutcome } from '@contract/types'
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
})

/** Local calendar day: the journal is read by a branch, by its own working day. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

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

/**
 * The day's registrations on this PC, one JSON line each in `journal/YYYY-MM-DD.jsonl` under the data folder.
 * A damaged line is skipped (and logged), never fatal; a file that cannot be read at all is set aside for support.
 */
export function createJournal(dir: string, log?: Logger, now: () => Date = () => new Date()) {
  const fileFor = (date: string) => join(dir, `${date}.jsonl`)

  return {
    append(entry: JournalEntry): void {
      mkdirSync(dir, { recursive: true })
      appendFileSync(fileFor(localDate(new Date(entry.time))), JSON.stringify(entry) + '\n', { encoding: 'utf8', mode: 0o600 })
    },
    day(date = localDate(now())): JournalDay {
      const file = fileFor(date)
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !existsSync(file)) return { date, count: 0, entries: [] }
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
      return { date, count: entries.length, entries }
    },
    /**
     * Deletes the days older than `days` (the office's retention; 90 by default): the journal holds masked customer
     * data, kept only as long as the office needs it. Run at start. Answers how many day files went.
     */
    prune(days: number): number {
      if (!existsSync(dir)) return 0
      // today and the days - 1 before it stay
      const oldest = localDate(new Date(now().getTime() - (days - 1) * 86_400_000))
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
