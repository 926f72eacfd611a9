import type { CampaignValues } from '@contract/types'

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
