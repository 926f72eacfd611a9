import type { JournalExport } from '../../electron/contract/fields'
import type { UiLanguage } from '../../electron/contract/types'
import enUS from '../../renderer/src/i18n/messages/en-US'
import zhCN from '../../renderer/src/i18n/messages/zh-CN'

/** The journal CSV's words exactly as the renderer sends them (its own messages), for tests that call main directly. */
export function csvLabels(language: UiLanguage): JournalExport {
  const { columns, words } = (language === 'zh-CN' ? zhCN : enUS).journal.csv
  return { language, columns, words }
}
