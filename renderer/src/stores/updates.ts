import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { UpdateStatus } from '@contract/types'
import { otherScreensReady } from '../i18n'

/**
 * New versions as main reports them. Main decides everything (policy, download, whether a customer is at the desk);
 * this store shows what it is told and passes on the clerk's choice, which main may still refuse.
 */
export const useUpdatesStore = defineStore('updates', () => {
  const status = ref<UpdateStatus | null>(null)
  /** main refused "restart now" (a customer arrived meanwhile) */
  const refused = ref(false)
  let unsubscribe: (() => void) | undefined

  async function load(): Promise<void> {
    await otherScreensReady() // the notice's and the status line's words
    unsubscribe ??= window.desk.updates.onStatus((next) => {
      status.value = next
      if (next.mayPrompt) refused.value = false
    })
    const result = await window.desk.updates.status()
    if (result.ok) status.value = result.value
  }

  /** what the header shows: an offer (notify), its download, or a version ready; nothing while a customer is there */
  const notice = computed(() => {
    const s = status.value
    if (!s || s.policy === 'off' || !s.mayPrompt || !s.version) return null
    if (s.phase === 'ready') return { kind: 'ready' as const, version: s.version }
    if (s.policy === 'notify' && s.phase === 'available') return { kind: 'available' as const, version: s.version }
    if (s.policy === 'notify' && s.phase === 'downloading') return { kind: 'downloading' as const, version: s.version, percent: s.percent ?? 0 }
    return null
  })

  async function download(): Promise<void> {
    const result = await window.desk.updates.download()
    if (result.ok) status.value = result.value
  }

  async function restart(): Promise<void> {
    const result = await window.desk.updates.restart()
    refused.value = !result.ok
  }

  return { status, notice, refused, load, download, restart }
})
