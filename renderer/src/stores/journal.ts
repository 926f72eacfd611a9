import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { JournalExport } from '@contract/fields'
import type { JournalRange } from '@contract/types'

export interface JournalNotice {
  key: string
  params?: Record<string, string | number>
  plural?: number
  error?: boolean
}

/**
 * The registrations on this PC over the chosen days (today by default), as main's journal keeps them within the
 * office's retention, and their CSV export.
 */
export const useJournalStore = defineStore('journal', () => {
  const shown = ref<JournalRange | null>(null)
  const exporting = ref(false)
  /** main refused the days asked for: the ones it keeps */
  const refused = ref<{ oldest: string; today: string } | null>(null)

  /** the days from `from` to `to`; without them today (the first view) */
  async function load(from?: string, to?: string): Promise<void> {
    if (!from || !to) {
      const today = await window.desk.journal.today()
      if (!today.ok) return
      from = to = today.value.date
    }
    const result = await window.desk.journal.range({ from, to })
    if (result.ok) {
      shown.value = result.value
      refused.value = null
      return
    }
    const [oldest, today] = (result.error.issues?.[0]?.message ?? '').split('..')
    refused.value = { oldest: oldest ?? shown.value?.oldest ?? '', today: today ?? shown.value?.today ?? '' }
  }

  /** main asks where to save and writes the file; the words in it are the clerk's language (`labels`) */
  async function exportCsv(labels: JournalExport): Promise<JournalNotice> {
    exporting.value = true
    try {
      const range = shown.value ? { from: shown.value.from, to: shown.value.to } : undefined
      const result = await window.desk.journal.exportCsv({ ...labels, ...(range ? { range } : {}) })
      if (!result.ok) return { key: 'journal.exportFailed', error: true }
      if (!result.value.saved) return { key: 'journal.exportCancelled' }
      return { key: 'journal.exported', params: { count: result.value.count, file: result.value.fileName ?? '' }, plural: result.value.count }
    } finally {
      exporting.value = false
    }
  }

  return { shown, refused, exporting, load, exportCsv }
})
