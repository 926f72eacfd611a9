import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LocalFault } from '@contract/types'

/**
 * What main could not write on this PC (journal, settings file, log) and keeps in memory meanwhile. Main pushes the
 * list when it changes; a registration's answer carries it too, so the result and the notice arrive together.
 */
export const useLocalFaultsStore = defineStore('local-faults', () => {
  const faults = ref<LocalFault[]>([])
  let unsubscribe: (() => void) | undefined

  function listen(): void {
    unsubscribe ??= window.desk.app.onLocalFaults((next) => (faults.value = next))
  }

  return { faults, listen, set: (next: LocalFault[]) => (faults.value = next) }
})
