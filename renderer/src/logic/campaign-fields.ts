import * as v from 'valibot'
import { campaignText } from '../../../electron/contract/fields'
import type { CampaignValues } from '../../../electron/contract/types'
import type { Issue } from './validate'

export type CampaignField = keyof CampaignValues

/** The panel's fields in screen order, with the link parameter each one comes from. */
export const campaignFields: { key: CampaignField; param: string }[] = [
  { key: 'utmSource', param: 'utm_source' },
  { key: 'utmMedium', param: 'utm_medium' },
  { key: 'utmCampaign', param: 'utm_campaign' },
  { key: 'utmContent', param: 'utm_content' },
  { key: 'utmTerm', param: 'utm_term' },
  { key: 'agentCode', param: 'agent' },
]

/** The same rule main applies (trimmed, at most 100, printable), as an i18n issue for the field. */
export function checkCampaignText(value: string): Issue | undefined {
  const parsed = v.safeParse(campaignText, value)
  if (parsed.success) return undefined
  return { key: parsed.issues[0]?.message === 'TOO_LONG' ? 'campaign.tooLong' : 'campaign.notPrintable' }
}

/** "partner-x / spring-promo · agent AG-7": the summary and the agent, worded by `agentWord`. */
export function campaignAttribution(values: CampaignValues, agentWord: (agent: string) => string): string {
  return [campaignSummary(values), values.agentCode ? agentWord(values.agentCode) : ''].filter(Boolean).join(' · ')
}

/** "via partner-x / spring-promo": source and campaign, or whatever is set. */
export function campaignSummary(values: CampaignValues): string {
  const main = [values.utmSource, values.utmCampaign].filter(Boolean)
  const rest = main.length ? main : [values.utmMedium, values.utmContent, values.utmTerm].filter(Boolean)
  return rest.join(' / ')
}
