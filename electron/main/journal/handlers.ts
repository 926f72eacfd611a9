import type { HandlerSlice } from '@contract/channels'
import type { journalChannels } from '@contract/ipc/journal'
import { ok } from '@contract/result'
import { exportJournal } from './export'
import type { Journal } from './journal'

/** chooseSavePath: the save dialog (main) or a temp path (tests); undefined means cancelled */
export function journalHandlers(journal: Journal, chooseSavePath: (defaultName: string) => Promise<string | undefined>): HandlerSlice<typeof journalChannels> {
  return {
    'desk:journal:today': async () => ok(journal.day()),
    'desk:journal:export-csv': async (labels) => exportJournal(journal, labels, chooseSavePath),
  }
}
