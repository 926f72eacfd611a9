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
  /**
   * main refused "restart now": a customer arrived meanwhile, or the downloaded installer failed its check right before
   * install (changed on disk, or its publisher): the next check downloads it again
   */
  const refusal = ref<'customer' | 'installer' | null>(null)
  const refused = computed(() => refusal.value !== null)
  let unsubscribe: (() => void) | undefined

  async function load(): Promise<void> {
    await otherScreensReady() // the notice's and the status line's words
    unsubscribe ??= window.desk.updates.onStatus((next) => {
      status.value = next
      // a customer refusal lasts until the desk is free; an installer refusal until a version is on offer again
      if (refusal.value === 'customer' && next.mayPrompt) refusal.value = null
      if (refusal.value === 'installer' && next.phase !== 'none') refusal.value = null
    })
    const result = await window.desk.updates.status()
    if (result.ok) status.value = result.value
  }

  /** what the header shows: an offer (notify), its download, or a version ready; nothing while a customer is there */
  const notice = computed(() => {
    const s = status.value
    // the refused installer is said even though main no longer has a version ready
    if (refusal.value === 'installer' && s?.mayPrompt) return { kind: 'installerRefused' as const, version: s.version ?? '' }
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
    refusal.value = result.ok ? null : result.error.code === 'INSTALLER_REFUSED' ? 'installer' : 'customer'
  }

  return { status, notice, refused, refusal, load, download, restart }
})
