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
  /** the preset lets regdesk:// links set a campaign at all (off by default in an office's build) */
  deepLinksEnabled: () => boolean
  /** staff mode: an agent code typed in the panel serves one customer, and is logged with the staff id */
  staffMode: () => boolean
  staffId: () => string | undefined
  /** tells the window the active campaign changed (a deep link arrived) */
  notify: (campaign: ActiveCampaign) => void
  log?: Logger
}

export type DeepLinkOutcome = 'applied' | 'pending' | 'ignored-explicit' | 'rejected' | 'off'

interface Current {
  values: CampaignValues
  origin: Exclude<CampaignOrigin, 'office' | 'none'>
  /** a confirmed deep link in staff mode: back to what was before once this customer is done */
  oneCustomer?: { before: Current | undefined }
}

/**
 * The active campaign and its precedence: an entry or link made in this session wins over a deep link, which wins
 * over the office default. It lives in main's memory for the session only (in staff mode for the shift only: the end
 * of a shift returns to the office's campaign): nothing in the (user-writable) data folder can change attribution, and
 * a restart returns to the office default. "Clear" is itself an explicit choice (send no campaign), not a return to the
 * office default.
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

  const agentNow = () => active().values.agentCode
  /** what a one-customer campaign goes back to: never another one-customer campaign (a link after a typed code) */
  const lasting = (): Current | undefined => (current?.oneCustomer ? current.oneCustomer.before : current)
  /** a link that changed the agent code: the log says to which code, from which */
  function agentChanged(before: string | undefined): void {
    const after = agentNow()
    if (after !== before) options.log?.warn('deeplink.agent-changed', { agent: after ?? 'none', reason: `was ${before ?? 'none'}` })
  }

  return {
    active,
    /** the clerk typed or pasted a campaign in the panel */
    set(values: CampaignValues, origin: 'manual' | 'link'): ActiveCampaign {
      explicitThisSession = true
      pending = undefined
      const next = allowed(values)
      const before = agentNow()
      // staff mode: a typed agent code is this customer's, never the desk's for the rest of the shift
      const oneCustomer = options.staffMode() && next.agentCode ? { before: lasting() } : undefined
      current = { values: next, origin, ...(oneCustomer ? { oneCustomer } : {}) }
      if (next.agentCode && next.agentCode !== before) {
        options.log?.info('campaign.agent-set', { agent: next.agentCode, staff: options.staffMode() ? (options.staffId() ?? 'none') : undefined, reason: oneCustomer ? 'one customer' : 'this session' })
      }
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
      if (!options.deepLinksEnabled()) {
        options.log?.info('deeplink.off', { reason: 'the preset turned deep-link campaigns off' })
        return 'off'
      }
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
      const before = agentNow()
      // staff mode with `deepLinkCampaign: "apply"`: no yes on screen, but still this one customer's (the chip says so)
      const oneCustomer = options.staffMode() ? { oneCustomer: { before: lasting() } } : {}
      current = { values: allowed(parsed.values), origin: 'deep-link', ...oneCustomer }
      options.log?.info('deeplink.applied', { count: Object.keys(current.values).length, reason: options.staffMode() ? 'one customer' : 'this session' })
      agentChanged(before)
      options.notify(active())
      return 'applied'
    },
    /** the clerk's answer to a deep link that waits for it: yes applies it to this customer only */
    decide(accept: boolean): ActiveCampaign {
      if (pending && accept) {
        const before = agentNow()
        current = { values: pending, origin: 'deep-link', oneCustomer: { before: lasting() } }
        agentChanged(before)
      }
      if (pending) options.log?.info('deeplink.decided', { reason: accept ? 'applied for one customer' : 'ignored' })
      pending = undefined
      return active()
    },
    /**
     * This customer is done (registered, or "next customer"): a one-customer campaign goes back to what was before, and
     * a link still waiting for the clerk's yes goes too (it came while this customer was at the desk: never offered to
     * the next one).
     */
    customerDone(): void {
      if (current?.oneCustomer) current = current.oneCustomer.before
      if (pending) options.log?.info('deeplink.decided', { reason: 'dropped: the customer was done' })
      pending = undefined
    },
    /**
     * The shift ended (staff mode only): what the clerk set or cleared in the panel was theirs, never the next clerk's.
     * The office's campaign (the preset's) comes back, a link still waiting for the clerk's yes is dropped, and
     * deep links are handled again as the preset says (a "Clear" made them ignored for the rest of the shift).
     */
    shiftEnded(): void {
      const had = current !== undefined || pending !== undefined
      if (current) options.log?.info('campaign.shift-ended', { reason: 'back to the office campaign' })
      pending = undefined
      current = undefined
      explicitThisSession = false
      if (had) options.notify(active())
    },
  }
}

export type CampaignService = ReturnType<typeof createCampaignService>
