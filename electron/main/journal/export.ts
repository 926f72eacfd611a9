import { writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { DeskResult } from '@contract/result'
import type { JournalExport } from '@contract/fields'
import type { JournalRange } from '@contract/types'
import { journalCsv } from './csv'
import type { Journal, JournalRangeResult } from './journal'

/** A range the journal refused, as the window's error value (a validation error naming the days it may choose). */
export function rangeResult(result: JournalRangeResult): DeskResult<JournalRange> {
  if (result.ok) return { ok: true, value: result.range }
  return {
    ok: false,
    error: { kind: 'validation', code: result.code, message: `Choose days from ${result.oldest} to ${result.today}`, issues: [{ path: 'from', message: `${result.oldest}..${result.today}` }] },
  }
}

/** Asks where to save (main's save dialog; a temp path in tests) and writes the chosen days (default today) as CSV. */
export async function exportJournal(
  journal: Journal,
  labels: JournalExport,
  chooseSavePath: (defaultName: string) => Promise<string | undefined>,
  retentionDays: number,
): Promise<DeskResult<{ saved: boolean; fileName?: string; count: number }>> {
  const today = journal.day().date
  const chosen = rangeResult(journal.range(labels.range?.from ?? today, labels.range?.to ?? today, retentionDays))
  if (!chosen.ok) return chosen
  const { from, to, entries } = chosen.value
  const path = await chooseSavePath(from === to ? `registrations-${from}.csv` : `registrations-${from}-to-${to}.csv`)
  if (!path) return { ok: true, value: { saved: false, count: entries.length } }
  try {
    writeFileSync(path, journalCsv(entries, labels), 'utf8')
  } catch {
    return { ok: false, error: { kind: 'internal', code: 'EXPORT_FAILED', message: 'The file could not be written' } }
  }
  return { ok: true, value: { saved: true, fileName: basename(path), count: entries.length } }
}
