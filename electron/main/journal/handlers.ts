import type { HandlerSlice } from '@contract/channels'
import type { journalChannels } from '@contract/ipc/journal'
import { ok } from '@contract/result'
import { exportJournal, rangeResult } from './export'
import type { Journal } from './journal'

/** chooseSavePath: the save dialog (main) or a temp path (tests); undefined means cancelled */
/** retentionDays: the office's retention, the days a clerk may see */
export function journalHandlers(
  journal: Journal,
  chooseSavePath: (defaultName: string) => Promise<string | undefined>,
  retentionDays: () => number,
): HandlerSlice<typeof journalChannels> {
  return {
    'desk:journal:today': async () => ok(journal.day()),
    'desk:journal:range': async ({ from, to }) => rangeResult(journal.range(from, to, retentionDays())),
    'desk:journal:export-csv': async (labels) => exportJournal(journal, labels, chooseSavePath, retentionDays()),
  }
}
