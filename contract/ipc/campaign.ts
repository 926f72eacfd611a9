import * as v from 'valibot'
import { campaignValues } from '../fields'
import type { ActiveCampaign, CampaignValues } from '../types'
import { channel, noArgs, returns, type SpecsFor } from './define'

/** The campaign a registration is attributed to (main/campaign/). */
export const campaignChannels = {
  get: 'desk:campaign:get',
  set: 'desk:campaign:set',
  clear: 'desk:campaign:clear',
  parseLink: 'desk:campaign:parse-link',
  decide: 'desk:campaign:decide',
} as const

/** Pushed by main: a deep link arriving while the app runs. */
export const campaignEvents = { onChanged: 'desk:event:campaign-changed' } as const
export interface CampaignEventPayloads {
  'desk:event:campaign-changed': ActiveCampaign
}

export const campaignSpecs = {
  'desk:campaign:get': channel(noArgs, undefined, returns<ActiveCampaign>()),
  'desk:campaign:set': channel(
    v.strictObject({ values: campaignValues, origin: v.picklist(['manual', 'link']) }),
    { values: { utmSource: 'partner-x' }, origin: 'manual' },
    returns<ActiveCampaign>(),
  ),
  'desk:campaign:clear': channel(noArgs, undefined, returns<ActiveCampaign>()),
  'desk:campaign:parse-link': channel(v.pipe(v.string(), v.maxLength(8192)), 'https://x.example/?utm_source=a', returns<CampaignValues>()),
  /** the clerk's yes (true) or no to a deep link's campaign waiting in staff mode */
  'desk:campaign:decide': channel(v.boolean(), true, returns<ActiveCampaign>()),
} satisfies SpecsFor<typeof campaignChannels>
