import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { JournalExport } from '@contract/fields'
import type { JournalDay } from '@contract/types'

export interface JournalNotice {
  key: string
  params?: Record<string, string | number>
  plural?: number
  error?: boolean
}

/** Today's registrations on this PC, as main's journal keeps them, and the CSV export. */
export const useJournalStore = defineStore('journal', () => {
  const day = ref<JournalDay | null>(null)
  const exporting = ref(false)

  async function load(): Promise<void> {
    const result = await window.desk.journal.today()
    if (result.ok) day.value = result.value
  }

  /** main asks where to save and writes the file; the words in it are the clerk's language (`labels`) */
  async function exportCsv(labels: JournalExport): Promise<JournalNotice> {
    exporting.value = true
    try {
      const result = await window.desk.journal.exportCsv(labels)
      if (!result.ok) return { key: 'journal.exportFailed', error: true }
      if (!result.value.saved) return { key: 'journal.exportCancelled' }
      return { key: 'journal.exported', params: { count: result.value.count, file: result.value.fileName ?? '' }, plural: result.value.count }
    } finally {
      exporting.value = false
    }
  }

  return { day, exporting, load, exportCsv }
})
