import type { JournalExport } from '@contract/fields'
import type { UiLanguage } from '@contract/types'
import { allMessages } from './messages'

/** The journal CSV's words exactly as the renderer sends them (its own messages), for tests that call main directly. */
export function csvLabels(language: UiLanguage): JournalExport {
  const { columns, words } = allMessages[language].journal.csv
  return { language, columns, words }
}
