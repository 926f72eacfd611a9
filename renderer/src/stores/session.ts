import { defineStore } from 'pinia'
import { ref } from 'vue'
import { useCampaignStore } from './campaign'
import { useNetworkStore } from './network'
import { useRegistrationStore } from './registration'

export type View = 'register' | 'journal' | 'office-admin' | 'connection' | 'about'

/** Which screen is showing, who is at the desk, and "next customer": the shared-PC side of the app. */
export const useSessionStore = defineStore('session', () => {
  const view = ref<View>('register')
  const staffId = ref<string | null>(null)
  /** bumped on every clear, so open dialogs and panels can close themselves */
  const clears = ref(0)
  /** About was opened at its licences (Help → Third-party licences) */
  const showLicences = ref(false)
  let unsubscribe: (() => void) | undefined

  /** the application menu's Help items open the window's own About screen */
  function listenMenu(): void {
    unsubscribe ??= window.desk.app.onOpenView((which) => {
      showLicences.value = which === 'licences'
      view.value = 'about'
    })
  }

  async function loadStaff(): Promise<void> {
    const result = await window.desk.staff.current()
    if (result.ok) staffId.value = result.value.staffId
  }

  async function startShift(id: string): Promise<boolean> {
    const result = await window.desk.staff.start(id)
    if (result.ok) staffId.value = result.value.staffId
    return result.ok
  }

  /** the shift's customer goes, then main forgets what was the clerk's (their proxy login, a link's campaign) */
  async function endShift(): Promise<void> {
    await nextCustomer()
    await window.desk.staff.end()
    staffId.value = null
    // a proxy prompt still open was the last clerk's: main cancelled it
    useNetworkStore().proxyChallenge = null
    await useCampaignStore().refresh()
  }

  /**
   * Everything personal goes: the form, the result on screen, the draft kept for reloads, and main's send tickets.
   * Office, campaign and group presets stay.
   */
  async function nextCustomer(): Promise<void> {
    useRegistrationStore().reset()
    view.value = 'register'
    clears.value += 1
    await window.desk.registration.nextCustomer()
    await useCampaignStore().refresh()
  }

  return { view, staffId, clears, showLicences, listenMenu, loadStaff, startShift, endShift, nextCustomer }
})
