import { defineStore } from 'pinia'
import { useLocalFaultsStore } from './local-faults'
import { ref } from 'vue'
import type { AppInfo, LicenceNotice, RendererErrorReport, UiLanguage } from '@contract/types'

export interface DiagnosticsNotice {
  key: string
  params?: Record<string, string>
  error?: boolean
  code?: string
}
import { useCampaignStore } from './campaign'
import { useNetworkStore } from './network'
import { useRegistrationStore } from './registration'
import { useSessionStore } from './session'
import { useUpdatesStore } from './updates'
import { useDraftStore } from './draft'
import { rememberCountryNames } from '../logic/countries'

/** What main told us about itself; loaded once at start, then the form is prepared from it. */
export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null)
  const loadFailed = ref(false)
  const ready = ref(false)

  /** `beforeReady`: work the first screen needs with main's facts (its language), run with the other start-up questions */
  async function load(options: { beforeReady?: (info: AppInfo) => Promise<void> } = {}): Promise<AppInfo | null> {
    try {
      const result = await window.desk.app.info()
      if (!result.ok) {
        loadFailed.value = true
        return null
      }
      info.value = result.value
      rememberCountryNames(result.value.presets.defaultCountry, result.value.defaultCountryNames ?? {})
      useNetworkStore().listen()
      useSessionStore().listenMenu()
      const local = useLocalFaultsStore()
      local.listen()
      local.set(result.value.localFaults ?? [])
      const registration = useRegistrationStore()
      registration.applyPresets(result.value.presets)
      // independent start-up questions go to main together, not one after another
      const [last, draft] = await Promise.all([
        window.desk.app.lastLogin(),
        useDraftStore().load(),
        useCampaignStore().load(),
        result.value.staffMode.enabled ? useSessionStore().loadStaff() : Promise.resolve(),
        options.beforeReady?.(result.value),
      ])
      await registration.restore(last.ok ? last.value : null, draft)
      ready.value = true
      // a reloaded window (its page crashed or hung): the register on its way, or the result that was on screen
      void registration.resume()
      // after the form is up: nothing about updates is on the way to the first screen
      void useUpdatesStore().load()
    } catch {
      loadFailed.value = true
    }
    return info.value
  }

  /** new facts from main (the settings screen saved): the next empty form uses the new presets */
  function update(next: AppInfo): void {
    info.value = next
    rememberCountryNames(next.presets.defaultCountry, next.defaultCountryNames ?? {})
    useRegistrationStore().presets = next.presets
  }

  /** main puts the UI language on every platform call (the `lang` header) and remembers it */
  async function setLanguage(language: UiLanguage): Promise<void> {
    await window.desk.app.setLanguage(language)
  }

  /** through main's clipboard (the renderer has no clipboard permission) */
  async function copyText(text: string): Promise<boolean> {
    return (await window.desk.app.copyText(text)).ok
  }

  /** the notices of the packages the app ships (About) */
  async function licences(): Promise<LicenceNotice[]> {
    const result = await window.desk.app.licences()
    return result.ok ? result.value : []
  }

  /** main asks where and writes one file for IT; what happened, in words the screen shows */
  async function saveDiagnostics(): Promise<DiagnosticsNotice> {
    const result = await window.desk.app.saveDiagnostics()
    if (!result.ok) return { key: 'diagnostics.failed', error: true, code: result.error.code }
    if (!result.value.saved) return { key: 'diagnostics.cancelled' }
    return { key: 'diagnostics.saved', params: { file: result.value.fileName ?? '' } }
  }

  /** an error the page could not handle goes to main's log: its class and where, never its message */
  function reportError(report: RendererErrorReport): void {
    void window.desk.app.reportError(report).catch(() => {})
  }

  return { info, loadFailed, ready, load, update, setLanguage, copyText, reportError, licences, saveDiagnostics }
})
