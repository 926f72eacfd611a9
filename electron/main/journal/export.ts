import { writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { DeskResult } from '@contract/result'
import type { JournalExport } from '@contract/fields'
import { journalCsv } from './csv'
import type { Journal } from './journal'

/** Asks where to save (main's save dialog; a temp path in tests) and writes today's journal as CSV. */
export async function exportJournal(
  journal: Journal,
  labels: JournalExport,
  chooseSavePath: (defaultName: string) => Promise<string | undefined>,
): Promise<DeskResult<{ saved: boolean; fileName?: string; count: number }>> {
  const day = journal.day()
  const path = await chooseSavePath(`registrations-${day.date}.csv`)
  if (!path) return { ok: true, value: { saved: false, count: day.count } }
  try {
    writeFileSync(path, journalCsv(day.entries, labels), 'utf8')
  } catch {
    return { ok: false, error: { kind: 'internal', code: 'EXPORT_FAILED', message: 'The file could not be written' } }
  }
  return { ok: true, value: { saved: true, fileName: basename(path), count: day.count } }
}
