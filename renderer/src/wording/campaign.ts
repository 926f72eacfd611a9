import type { DeskError } from '@contract/result'
import { campaignFields } from '../logic/campaign-fields'
import type { Issue } from '../logic/validate'

/** A pasted account-opening link main refused (campaign/parse.ts), in words. */
const linkKeys: Record<string, string> = {
  LINK_MALFORMED: 'campaign.linkMalformed',
  LINK_NOT_HTTPS: 'campaign.linkNotHttps',
  LINK_TOO_LONG: 'campaign.linkTooLong',
  LINK_NO_CAMPAIGN: 'campaign.linkNoCampaign',
  LINK_FIELD_INVALID: 'campaign.linkFieldInvalid',
}

export function linkIssue(error: DeskError): Issue {
  const field = campaignFields.find((f) => f.key === error.issues?.[0]?.path)
  return { key: linkKeys[error.code] ?? 'campaign.linkMalformed', params: { param: field?.param ?? '' } }
}
