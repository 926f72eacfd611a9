import { defineStore } from 'pinia'
import type { Draft } from '@contract/fields'

/**
 * The form in progress, kept in main's memory so it survives a reload of the window: never the password or the code,
 * and nothing in the renderer's storage, which Chromium may write to the data folder.
 */
export const useDraftStore = defineStore('draft', () => ({
  save: (draft: Draft) => void window.desk.registration.saveDraft(draft),
  clear: () => void window.desk.registration.saveDraft(null),
  /** main's copy (a reloaded window), or null */
  load: async (): Promise<Draft | null> => {
    const loaded = await window.desk.registration.loadDraft()
    return loaded.ok ? loaded.value : null
  },
}))
