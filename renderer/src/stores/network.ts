import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { DeskError } from '../../../electron/contract/result'
import type { ConnectionReport } from '../../../electron/contract/types'

/** The connection check: main runs it (read-only); this store asks and keeps the last report. */
export const useNetworkStore = defineStore('network', () => {
  const report = ref<ConnectionReport | null>(null)
  const failure = ref<DeskError | null>(null)
  const checking = ref(false)

  async function check(): Promise<void> {
    checking.value = true
    failure.value = null
    try {
      const result = await window.desk.network.check()
      if (result.ok) report.value = result.value
      else failure.value = result.error
    } finally {
      checking.value = false
    }
  }

  return { report, failure, checking, check }
})
