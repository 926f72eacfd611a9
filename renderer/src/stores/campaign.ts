import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { DeskError } from '@contract/result'
import type { ActiveCampaign, CampaignValues } from '@contract/types'
import type { Issue } from '../logic/validate'
import { linkIssue } from '../wording/campaign'

/** The active campaign as main keeps it; the renderer edits it only through main, which validates and stores it. */
export const useCampaignStore = defineStore('campaign', () => {
  const active = ref<ActiveCampaign>({ values: {}, origin: 'none' })
  /** a deep link changed the campaign while the app was open: the chip says so until the panel is opened */
  const arrivedByLink = ref(false)
  let unsubscribe: (() => void) | undefined

  const hasCampaign = computed(() => Object.keys(active.value.values).length > 0)

  /** main's campaign now (it moves on by itself when a one-customer campaign has served its customer) */
  async function refresh(): Promise<void> {
    const result = await window.desk.campaign.get()
    if (result.ok) active.value = result.value
  }

  async function load(): Promise<void> {
    await refresh()
    unsubscribe ??= window.desk.campaign.onChanged((campaign) => {
      active.value = campaign
      arrivedByLink.value = true
    })
  }

  async function save(values: CampaignValues, origin: 'manual' | 'link'): Promise<DeskError | null> {
    const result = await window.desk.campaign.set({ values, origin })
    if (!result.ok) return result.error
    active.value = result.value
    arrivedByLink.value = false
    return null
  }

  /** main reads a pasted account-opening link (its agent parameter, its rules); a refusal comes back in words */
  async function parseLink(link: string): Promise<{ values: CampaignValues } | { issue: Issue }> {
    const result = await window.desk.campaign.parseLink(link)
    return result.ok ? { values: result.value } : { issue: linkIssue(result.error) }
  }

  /** the clerk's answer to a deep link's campaign waiting in staff mode (main applies it to this customer only) */
  async function decide(accept: boolean): Promise<void> {
    const result = await window.desk.campaign.decide(accept)
    if (result.ok) active.value = result.value
    arrivedByLink.value = false
  }

  async function clear(): Promise<void> {
    const result = await window.desk.campaign.clear()
    if (result.ok) active.value = result.value
    arrivedByLink.value = false
  }

  return { active, arrivedByLink, hasCampaign, load, refresh, save, parseLink, decide, clear }
})
