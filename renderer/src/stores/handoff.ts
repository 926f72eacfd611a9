import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface SlipNotice {
  key: string
  params?: Record<string, string>
  error?: boolean
}

/**
 * The result screen's way forward: "Print slip" asks main to print the page with the system dialog (main records it
 * on the registration's journal entry). The links themselves come finished with the outcome: nothing is built here.
 */
export const useHandoffStore = defineStore('handoff', () => {
  const printing = ref(false)
  const notice = ref<SlipNotice | null>(null)

  async function printSlip(trace: string): Promise<boolean> {
    if (printing.value) return false
    printing.value = true
    notice.value = null
    try {
      const result = await window.desk.registration.printSlip({ trace })
      if (!result.ok) {
        notice.value =
          result.error.code === 'NO_RESULT'
            ? { key: 'handoff.noResult', error: true }
            : { key: 'handoff.printFailed', params: { reason: result.error.message }, error: true }
        return false
      }
      const { printed, recorded } = result.value
      notice.value = !printed ? { key: 'handoff.printCancelled' } : recorded !== false ? { key: 'handoff.printed' } : { key: 'handoff.printedNotRecorded', error: true }
      return printed
    } finally {
      printing.value = false
    }
  }

  return { printing, notice, printSlip, clear: () => void (notice.value = null) }
})
