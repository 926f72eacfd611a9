import { defineStore } from 'pinia'
import type { OfficeOverrides } from '@contract/config-table'
import type { OfficeValuesView } from '@contract/ipc/office'
import type { Issue } from '../logic/validate'
import { pinIssue, saveIssue } from '../wording/office'
import { useAppStore } from './app'

/** The office settings behind the PIN: main holds the gate and the file; this store asks. */
export const useOfficeStore = defineStore('office', () => {
  /** the PIN opens the gate in main; the values in effect and their sources come back, or the refusal in words */
  async function unlock(pin: string): Promise<{ view: OfficeValuesView | null } | { issue: Issue }> {
    const result = await window.desk.office.unlock(pin)
    if (!result.ok) return { issue: pinIssue(result.error) }
    return { view: await values() }
  }

  async function values(): Promise<OfficeValuesView | null> {
    const view = await window.desk.office.values()
    return view.ok ? view.value : null
  }

  async function save(overrides: OfficeOverrides): Promise<Issue | null> {
    const result = await window.desk.office.save(overrides)
    if (!result.ok) return saveIssue(result.error)
    useAppStore().update(result.value)
    return null
  }

  async function lock(): Promise<void> {
    await window.desk.office.lock()
  }

  return { unlock, values, save, lock }
})
