import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppInfo } from '../../../electron/contract/types'

/** What main told us about itself; loaded once at start. */
export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null)
  const loadFailed = ref(false)

  async function load(): Promise<AppInfo | null> {
    try {
      const result = await window.desk.app.info()
      if (result.ok) info.value = result.value
      else loadFailed.value = true
    } catch {
      loadFailed.value = true
    }
    return info.value
  }

  return { info, loadFailed, load }
})
