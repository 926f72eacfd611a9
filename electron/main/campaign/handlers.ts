import type { HandlerSlice } from '@contract/channels'
import type { campaignChannels } from '@contract/ipc/campaign'
import { ok } from '@contract/result'
import type { CampaignService } from './service'

export function campaignHandlers(campaign: CampaignService): HandlerSlice<typeof campaignChannels> {
  return {
    'desk:campaign:get': async () => ok(campaign.active()),
    'desk:campaign:set': async ({ values, origin }) => ok(campaign.set(values, origin)),
    'desk:campaign:clear': async () => ok(campaign.clear()),
    'desk:campaign:decide': async (accept) => ok(campaign.decide(accept)),
    'desk:campaign:parse-link': async (text) => {
      const parsed = campaign.parseLink(text)
      if (parsed.ok) return ok(parsed.values)
      const { problem } = parsed
      return {
        ok: false,
        error: {
          kind: 'validation',
          code: problem.code,
          message: 'The link could not be used',
          ...('field' in problem ? { issues: [{ path: problem.field, message: problem.reason }] } : {}),
        },
      }
    },
  }
}
