import { defineStore } from 'pinia'
import type { OfficeOverrides } from '@contract/config-table'
import type { Issue } from '../logic/validate'
import { pinIssue, saveIssue } from '../wording/office'
import { useAppStore } from './app'

/** The office settings behind the PIN: main holds the gate and the file; this store asks. */
export const useOfficeStore = defineStore('office', () => {
  /** the PIN opens the gate in main; the values on this PC come back, or the refusal in words */
  async function unlock(pin: string): Promise<{ values: OfficeOverrides } | { issue: Issue }> {
    const result = await window.desk.office.unlock(pin)
    if (!result.ok) return { issue: pinIssue(result.error) }
    const values = await window.desk.office.values()
    return { values: values.ok ? values.value : {} }
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

  return { unlock, save, lock }
})
