import * as v from 'valibot'
import type { ActiveCampaign, CampaignValues } from '../../contract/types'
import type { Logger } from '../log'
import type { KeyValueStore } from '../settings'
import { campaignValues } from '../../contract/fields'
import { compact, parseDeepLink, parseOpeningLink, type LinkResult } from './parse'

const stored = v.strictObject({
  values: campaignValues,
  origin: v.picklist(['manual', 'link', 'deep-link']),
})

export interface CampaignServiceOptions {
  store: KeyValueStore
  /** the office's campaign, used while nothing else was set (read at each use: the settings screen may change it) */
  officeDefaults: () => CampaignValues
  /** the link parameter that carries the agent code */
  agentParam: () => string
  /** tells the window the active campaign changed (a deep link arrived) */
  notify: (campaign: ActiveCampaign) => void
  log?: Logger
}

export type DeepLinkOutcome = 'applied' | 'ignored-explicit' | 'rejected'

/**
 * The active campaign and its precedence: an entry or link made in this session wins over a deep link, which wins
 * over the office default. It is kept in the store until cleared, so it survives a restart; "clear" is itself an
 * explicit choice (send no campaign), not a return to the office default.
 */
export function createCampaignService(options: CampaignServiceOptions) {
  let explicitThisSession = false

  function read(): ActiveCampaign | undefined {
    const raw = options.store.get('campaign')
    if (raw === undefined) return undefined
    const parsed = v.safeParse(stored, raw)
    if (parsed.success) return { values: compact(parsed.output.values), origin: parsed.output.origin }
    options.log?.warn('campaign.invalid-stored', { reason: 'schema' })
    options.store.delete('campaign')
    return undefined
  }

  function active(): ActiveCampaign {
    const current = read()
    if (current) return Object.keys(current.values).length ? current : { values: {}, origin: 'none' }
    const office = compact(options.officeDefaults())
    return Object.keys(office).length ? { values: office, origin: 'office' } : { values: {}, origin: 'none' }
  }

  function save(values: CampaignValues, origin: 'manual' | 'link' | 'deep-link'): ActiveCampaign {
    options.store.set('campaign', { values: compact(values), origin })
    return active()
  }

  return {
    active,
    /** the clerk typed or pasted a campaign in the panel */
    set(values: CampaignValues, origin: 'manual' | 'link'): ActiveCampaign {
      explicitThisSession = true
      return save(values, origin)
    },
    clear(): ActiveCampaign {
      explicitThisSession = true
      return save({}, 'manual')
    },
    parseLink: (text: string): LinkResult => parseOpeningLink(text, options.agentParam()),
    /** a `regdesk://register?…` URL from the OS, validated here before anything reaches the window */
    applyDeepLink(url: string): DeepLinkOutcome {
      const parsed = parseDeepLink(url, options.agentParam())
      if (!parsed.ok) {
        options.log?.warn('deeplink.rejected', { reason: parsed.problem.code })
        return 'rejected'
      }
      if (explicitThisSession) {
        options.log?.info('deeplink.ignored', { reason: 'explicit campaign this session' })
        return 'ignored-explicit'
      }
      const campaign = save(parsed.values, 'deep-link')
      options.log?.info('deeplink.applied', { count: Object.keys(campaign.values).length })
      options.notify(campaign)
      return 'applied'
    },
  }
}

export type CampaignService = ReturnType<typeof createCampaignService>
