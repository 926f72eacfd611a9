import type { ActiveCampaign, CampaignOrigin, CampaignValues } from '@contract/types'
import type { Logger } from '../log'
import { compact, parseDeepLink, parseOpeningLink, type LinkResult } from './parse'

export interface CampaignServiceOptions {
  /** the office's campaign, used while nothing else was set (read at each use: the settings screen may change it) */
  officeDefaults: () => CampaignValues
  /** the link parameter that carries the agent code */
  agentParam: () => string
  /** the office uses agent codes (preset registration.agentCodeEnabled): otherwise none is kept or sent, from anywhere */
  agentCodesEnabled: () => boolean
  /** staff mode: a deep link's campaign waits for the clerk's yes on screen, then serves one customer only */
  deepLinksNeedConfirmation: () => boolean
  /** tells the window the active campaign changed (a deep link arrived) */
  notify: (campaign: ActiveCampaign) => void
  log?: Logger
}

export type DeepLinkOutcome = 'applied' | 'pending' | 'ignored-explicit' | 'rejected'

interface Current {
  values: CampaignValues
  origin: Exclude<CampaignOrigin, 'office' | 'none'>
  /** a confirmed deep link in staff mode: back to what was before once this customer is done */
  oneCustomer?: { before: Current | undefined }
}

/**
 * The active campaign and its precedence: an entry or link made in this session wins over a deep link, which wins
 * over the office default. It lives in main's memory for the session only: nothing in the (user-writable) data folder
 * can change attribution, and a restart returns to the office default. "Clear" is itself an explicit choice (send no
 * campaign), not a return to the office default.
 */
export function createCampaignService(options: CampaignServiceOptions) {
  let explicitThisSession = false
  let current: Current | undefined
  let pending: CampaignValues | undefined

  /** what the office allows: no agent code where the preset turned agent codes off */
  const allowed = (values: CampaignValues): CampaignValues => {
    const { agentCode, ...rest } = compact(values)
    return agentCode && options.agentCodesEnabled() ? { ...rest, agentCode } : rest
  }

  function active(): ActiveCampaign {
    const extra = {
      ...(pending ? { pending: allowed(pending) } : {}),
      ...(current?.oneCustomer ? { oneCustomer: true } : {}),
    }
    if (current) {
      const values = allowed(current.values)
      return Object.keys(values).length ? { values, origin: current.origin, ...extra } : { values: {}, origin: 'none', ...extra }
    }
    const office = allowed(options.officeDefaults())
    return Object.keys(office).length ? { values: office, origin: 'office', ...extra } : { values: {}, origin: 'none', ...extra }
  }

  return {
    active,
    /** the clerk typed or pasted a campaign in the panel */
    set(values: CampaignValues, origin: 'manual' | 'link'): ActiveCampaign {
      explicitThisSession = true
      pending = undefined
      current = { values: allowed(values), origin }
      return active()
    },
    clear(): ActiveCampaign {
      explicitThisSession = true
      pending = undefined
      current = { values: {}, origin: 'manual' }
      return active()
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
      if (options.deepLinksNeedConfirmation()) {
        pending = allowed(parsed.values)
        options.log?.info('deeplink.pending', { count: Object.keys(pending).length })
        options.notify(active())
        return 'pending'
      }
      current = { values: allowed(parsed.values), origin: 'deep-link' }
      options.log?.info('deeplink.applied', { count: Object.keys(current.values).length })
      options.notify(active())
      return 'applied'
    },
    /** the clerk's answer to a deep link that waits for it: yes applies it to this customer only */
    decide(accept: boolean): ActiveCampaign {
      if (pending && accept) current = { values: pending, origin: 'deep-link', oneCustomer: { before: current } }
      if (pending) options.log?.info('deeplink.decided', { reason: accept ? 'applied for one customer' : 'ignored' })
      pending = undefined
      return active()
    },
    /** this customer is done (registered, or "next customer"): a one-customer campaign goes back to what was before */
    customerDone(): void {
      if (current?.oneCustomer) current = current.oneCustomer.before
    },
  }
}

export type CampaignService = ReturnType<typeof createCampaignService>
