import * as v from 'valibot'
import { campaignText } from '@contract/fields'
import type { Issue } from './validate'

/**
 * The same rule main applies (trimmed, at most 100, printable), as an i18n issue for the field. Its own module: only
 * the campaign panel (loaded when opened) needs it, so the schema library stays out of the first screen's bundle.
 */
export function checkCampaignText(value: string): Issue | undefined {
  const parsed = v.safeParse(campaignText, value)
  if (parsed.success) return undefined
  return { key: parsed.issues[0]?.message === 'TOO_LONG' ? 'campaign.tooLong' : 'campaign.notPrintable' }
}
