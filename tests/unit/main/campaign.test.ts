import { createDeepLinkInbox } from '../../../electron/main/campaign/deep-link-inbox'
import { describe, expect, it, vi } from 'vitest'
import type { CampaignValues } from '@contract/types'
import { deepLinkIn, parseDeepLink, parseOpeningLink } from '../../../electron/main/campaign/parse'
import { createCampaignService } from '../../../electron/main/campaign/service'
import { createMemoryLogger } from '../../../electron/main/log'

describe('parseOpeningLink', () => {
  it('reads the five UTM fields and the configured agent parameter, ignoring the rest', () => {
    const result = parseOpeningLink(
      'https://open.broker.example/register?utm_source=partner-x&utm_medium=cpc&utm_campaign=spring-promo&utm_content=banner&utm_term=fx&ref=AG-1&gclid=zzz',
      'ref',
    )
    expect(result).toEqual({
      ok: true,
      values: { utmSource: 'partner-x', utmMedium: 'cpc', utmCampaign: 'spring-promo', utmContent: 'banner', utmTerm: 'fx', agentCode: 'AG-1' },
    })
  })

  it('decodes encoded values and trims, and omits the missing and empty ones', () => {
    const result = parseOpeningLink('  https://x.example/?utm_source=%E5%BE%AE%E4%BF%A1%20%E5%B9%BF%E5%91%8A&utm_campaign=+spring+&utm_term=  ', 'agent')
    expect(result).toEqual({ ok: true, values: { utmSource: '微信 广告', utmCampaign: 'spring' } })
  })

  it.each([
    ['not a link', 'LINK_MALFORMED'],
    ['', 'LINK_MALFORMED'],
    ['http://x.example/?utm_source=a', 'LINK_NOT_HTTPS'],
    ['ftp://x.example/?utm_source=a', 'LINK_NOT_HTTPS'],
    ['javascript:alert(1)//?utm_source=a', 'LINK_NOT_HTTPS'],
    ['https://x.example/?q=1', 'LINK_NO_CAMPAIGN'],
    [`https://x.example/?utm_source=${'a'.repeat(5000)}`, 'LINK_TOO_LONG'],
  ])('%s → %s', (link, code) => {
    expect(parseOpeningLink(link, 'agent')).toEqual({ ok: false, problem: { code } })
  })

  it('names the field that is too long or not printable', () => {
    expect(parseOpeningLink(`https://x.example/?utm_campaign=${'a'.repeat(101)}`, 'agent')).toEqual({
      ok: false,
      problem: { code: 'LINK_FIELD_INVALID', field: 'utmCampaign', reason: 'TOO_LONG' },
    })
    expect(parseOpeningLink('https://x.example/?agent=AG%0A7', 'agent')).toEqual({
      ok: false,
      problem: { code: 'LINK_FIELD_INVALID', field: 'agentCode', reason: 'NOT_PRINTABLE' },
    })
    expect(parseOpeningLink('https://x.example/?utm_source=a%E2%80%8Bb', 'agent')).toMatchObject({ ok: false }) // zero-width space
  })
})

describe('parseDeepLink', () => {
  it('accepts regdesk://register with a campaign', () => {
    expect(parseDeepLink('regdesk://register?utm_source=sms&utm_campaign=autumn', 'agent')).toEqual({
      ok: true,
      values: { utmSource: 'sms', utmCampaign: 'autumn' },
    })
    expect(parseDeepLink('REGDESK://register/?agent=A1', 'agent')).toEqual({ ok: true, values: { agentCode: 'A1' } })
  })

  it.each([
    ['https://register?utm_source=a', 'DEEP_LINK_FOREIGN'],
    ['regdesk://settings?utm_source=a', 'DEEP_LINK_FOREIGN'],
    ['regdesk://register/admin?utm_source=a', 'DEEP_LINK_FOREIGN'],
    ['regdesk://user:pw@register?utm_source=a', 'DEEP_LINK_FOREIGN'],
    ['regdesk://register:8080?utm_source=a', 'DEEP_LINK_FOREIGN'],
    [`regdesk://register?utm_source=${'a'.repeat(2100)}`, 'LINK_TOO_LONG'],
    ['regdesk://register', 'LINK_NO_CAMPAIGN'],
    ['regdesk:%%%', 'DEEP_LINK_FOREIGN'],
    ['::not a url::', 'LINK_MALFORMED'],
  ])('%s → %s', (link, code) => {
    expect(parseDeepLink(link, 'agent')).toMatchObject({ ok: false, problem: { code } })
  })

  it('finds the link among process arguments', () => {
    expect(deepLinkIn(['app.exe', '--flag', 'regdesk://register?utm_source=a'])).toBe('regdesk://register?utm_source=a')
    expect(deepLinkIn(['app.exe'])).toBeUndefined()
  })
})

describe('campaign service: precedence, memory and the office rules, enforced in main', () => {
  const make = (opts: { office?: CampaignValues; agents?: boolean; confirm?: boolean; links?: boolean; staff?: boolean } = {}) => {
    const notify = vi.fn()
    const log = createMemoryLogger()
    let staffId: string | undefined = 'S-017'
    const service = createCampaignService({
      officeDefaults: () => opts.office ?? { utmSource: 'branch-12' },
      agentParam: () => 'agent',
      agentCodesEnabled: () => opts.agents ?? true,
      deepLinksNeedConfirmation: () => opts.confirm ?? false,
      deepLinksEnabled: () => opts.links ?? true,
      staffMode: () => opts.staff ?? opts.confirm ?? false,
      staffId: () => staffId,
      notify,
      log,
    })
    const events = (event: string) => log.lines.map((l) => JSON.parse(l)).filter((l) => l.event === event)
    return { notify, service, events, endShift: () => void (staffId = undefined) }
  }

  it('falls back to the office default, and a deep link beats it', () => {
    const { service, notify } = make()
    expect(service.active()).toEqual({ values: { utmSource: 'branch-12' }, origin: 'office' })
    expect(service.applyDeepLink('regdesk://register?utm_source=sms')).toBe('applied')
    expect(service.active()).toEqual({ values: { utmSource: 'sms' }, origin: 'deep-link' })
    expect(notify).toHaveBeenCalledWith({ values: { utmSource: 'sms' }, origin: 'deep-link' })
  })

  it('an entry made this session beats a later deep link', () => {
    const { service, notify } = make()
    service.set({ utmSource: 'walk-in', utmCampaign: '' }, 'manual')
    expect(service.applyDeepLink('regdesk://register?utm_source=sms')).toBe('ignored-explicit')
    expect(service.active()).toEqual({ values: { utmSource: 'walk-in' }, origin: 'manual' })
    expect(notify).not.toHaveBeenCalled()
  })

  it('lives for the session only: a new service (a restart) starts from the office default, nothing read from disk', () => {
    const first = make()
    first.service.set({ utmCampaign: 'spring' }, 'link')
    expect(make().service.active()).toEqual({ values: { utmSource: 'branch-12' }, origin: 'office' })
  })

  it('clearing sends none, even with an office default', () => {
    const { service } = make()
    service.clear()
    expect(service.active()).toEqual({ values: {}, origin: 'none' })
  })

  it('rejects foreign deep links', () => {
    expect(make().service.applyDeepLink('https://evil.example/?utm_source=x')).toBe('rejected')
  })

  it('where the preset turned agent codes off, none is kept or sent: not from a deep link, an entry, or the office', () => {
    const { service } = make({ agents: false, office: { utmSource: 'branch-12', agentCode: 'AG-OFFICE' } })
    expect(service.active().values).toEqual({ utmSource: 'branch-12' })
    service.applyDeepLink('regdesk://register?utm_source=sms&agent=AG-7')
    expect(service.active().values).toEqual({ utmSource: 'sms' })
    service.set({ utmSource: 'walk-in', agentCode: 'AG-9' }, 'manual')
    expect(service.active().values).toEqual({ utmSource: 'walk-in' })
  })

  it('staff mode: a deep link waits for the clerk, then serves one customer only', () => {
    const { service, notify } = make({ confirm: true })
    expect(service.applyDeepLink('regdesk://register?utm_source=sms&agent=AG-7')).toBe('pending')
    expect(service.active()).toEqual({ values: { utmSource: 'branch-12' }, origin: 'office', pending: { utmSource: 'sms', agentCode: 'AG-7' } })
    expect(notify).toHaveBeenCalledTimes(1)
    expect(service.decide(true)).toEqual({ values: { utmSource: 'sms', agentCode: 'AG-7' }, origin: 'deep-link', oneCustomer: true })
    service.customerDone()
    expect(service.active()).toEqual({ values: { utmSource: 'branch-12' }, origin: 'office' })
    service.applyDeepLink('regdesk://register?utm_source=sms')
    expect(service.decide(false)).toEqual({ values: { utmSource: 'branch-12' }, origin: 'office' })
  })

  it('staff mode: an agent code typed in the panel serves one customer, logged with the staff id', () => {
    const { service, events } = make({ staff: true, office: { utmSource: 'branch-12', agentCode: 'OFFICE-1' } })
    expect(service.set({ utmSource: 'walk-in', agentCode: 'AG-9' }, 'manual')).toEqual({ values: { utmSource: 'walk-in', agentCode: 'AG-9' }, origin: 'manual', oneCustomer: true })
    expect(events('campaign.agent-set')).toEqual([expect.objectContaining({ agent: 'AG-9', staff: 'S-017', reason: 'one customer' })])
    service.customerDone()
    expect(service.active()).toEqual({ values: { utmSource: 'branch-12', agentCode: 'OFFICE-1' }, origin: 'office' })
    // without an agent code the clerk's entry stays for the shift, as before
    expect(service.set({ utmSource: 'walk-in' }, 'manual')).toEqual({ values: { utmSource: 'walk-in' }, origin: 'manual' })
    service.customerDone()
    expect(service.active().values).toEqual({ utmSource: 'walk-in' })
  })

  // the red team: with `deepLinkCampaign: "apply"` a clicked link's agent code stayed for every later walk-in
  it('staff mode with links applied at once: a link serves one customer, then what was before returns', () => {
    const { service, notify, events } = make({ staff: true, confirm: false, office: { utmSource: 'branch-sh01' } })
    expect(service.applyDeepLink('regdesk://register?utm_source=promo&agent=EVIL01')).toBe('applied')
    expect(service.active()).toEqual({ values: { utmSource: 'promo', agentCode: 'EVIL01' }, origin: 'deep-link', oneCustomer: true })
    expect(notify).toHaveBeenLastCalledWith(expect.objectContaining({ oneCustomer: true }))
    expect(events('deeplink.applied')).toEqual([expect.objectContaining({ reason: 'one customer' })])
    service.customerDone() // registered, or "next customer" / F9
    expect(service.active()).toEqual({ values: { utmSource: 'branch-sh01' }, origin: 'office' })
    expect(service.active().values.agentCode).toBeUndefined()
    // a second link on top of the first goes back to the lasting campaign, never to the first link
    const other = make({ staff: true, confirm: false, office: { utmSource: 'branch-sh01' } })
    other.service.applyDeepLink('regdesk://register?agent=AG-1')
    other.service.applyDeepLink('regdesk://register?agent=AG-2')
    other.service.customerDone()
    expect(other.service.active()).toEqual({ values: { utmSource: 'branch-sh01' }, origin: 'office' })
  })

  // the red team, round three: a link opened while one customer sat at the desk was offered again to the next one
  it('a link still waiting for the clerk\'s yes goes with the customer it came for ("next customer", or registered)', () => {
    const { service, events } = make({ staff: true, confirm: true })
    expect(service.applyDeepLink('regdesk://register?utm_source=evil&agent=EVIL-1')).toBe('pending')
    service.customerDone()
    expect(service.active().pending).toBeUndefined()
    expect(service.active().values).toEqual({ utmSource: 'branch-12' })
    expect(events('deeplink.decided').at(-1)).toMatchObject({ reason: 'dropped: the customer was done' })
  })

  it('the end of a shift drops a one-customer campaign and a link still waiting for the clerk\'s yes', () => {
    for (const confirm of [false, true]) {
      const { service, notify } = make({ staff: true, confirm, office: { utmSource: 'branch-sh01' } })
      service.applyDeepLink('regdesk://register?agent=AG-7')
      notify.mockClear()
      service.shiftEnded()
      expect(service.active()).toEqual({ values: { utmSource: 'branch-sh01' }, origin: 'office' })
      expect(notify).toHaveBeenCalledWith({ values: { utmSource: 'branch-sh01' }, origin: 'office' })
    }
    const typed = make({ staff: true, office: { utmSource: 'branch-sh01' } })
    typed.service.set({ agentCode: 'AG-9' }, 'manual')
    typed.service.shiftEnded()
    expect(typed.service.active().values).toEqual({ utmSource: 'branch-sh01' })
  })

  // the red team: one clerk's "Clear" (or a typed UTM-only entry) dropped the office's agent code for every later shift
  it('what a clerk set or cleared lasts for their shift: the end of it restores the office campaign and link handling', () => {
    const office = { utmSource: 'branch-sh01', agentCode: 'OFFICE-1' }
    for (const change of ['clear', 'utm-only'] as const) {
      const { service, notify, events } = make({ staff: true, confirm: true, office })
      if (change === 'clear') service.clear()
      else service.set({ utmSource: 'walk-in' }, 'manual')
      service.customerDone() // "next customer": still the clerk's choice within the shift
      expect(service.active().values).toEqual(change === 'clear' ? {} : { utmSource: 'walk-in' })
      expect(service.applyDeepLink('regdesk://register?agent=AG-7')).toBe('ignored-explicit')
      notify.mockClear()
      service.shiftEnded()
      expect(service.active()).toEqual({ values: office, origin: 'office' })
      expect(notify).toHaveBeenCalledWith({ values: office, origin: 'office' })
      expect(events('campaign.shift-ended')).toHaveLength(1)
      // the next clerk's links are handled as the preset says again: waiting for their yes
      expect(service.applyDeepLink('regdesk://register?agent=AG-7')).toBe('pending')
    }
  })

  it('without staff mode a link stays for the session, as the README says (one PC, one clerk, no shifts)', () => {
    const { service } = make({ staff: false })
    service.applyDeepLink('regdesk://register?agent=AG-7')
    service.customerDone()
    expect(service.active()).toEqual({ values: { agentCode: 'AG-7' }, origin: 'deep-link' })
  })

  it('a preset switch turns deep-link campaigns off in every mode: nothing applied, nothing pending, logged', () => {
    for (const confirm of [false, true]) {
      const { service, notify, events } = make({ links: false, confirm })
      expect(service.applyDeepLink('regdesk://register?utm_source=sms&agent=AG-7')).toBe('off')
      expect(service.active()).toEqual({ values: { utmSource: 'branch-12' }, origin: 'office' })
      expect(notify).not.toHaveBeenCalled()
      expect(events('deeplink.off')).toHaveLength(1)
    }
  })

  it('a deep link that changes the agent code is logged with the code, applied at once or after the clerk\'s yes', () => {
    const { service, events } = make({ office: { agentCode: 'OFFICE-1' } })
    service.applyDeepLink('regdesk://register?utm_source=sms&agent=AG-7')
    expect(events('deeplink.agent-changed')).toEqual([expect.objectContaining({ level: 'warn', agent: 'AG-7', reason: 'was OFFICE-1' })])
    const staffed = make({ confirm: true, office: { agentCode: 'OFFICE-1' } })
    staffed.service.applyDeepLink('regdesk://register?agent=AG-8')
    expect(staffed.events('deeplink.agent-changed')).toEqual([])
    staffed.service.decide(true)
    expect(staffed.events('deeplink.agent-changed')).toEqual([expect.objectContaining({ agent: 'AG-8', reason: 'was OFFICE-1' })])
    // a link that keeps the code says nothing of it
    const same = make({ office: { agentCode: 'AG-7' } })
    same.service.applyDeepLink('regdesk://register?utm_source=sms&agent=AG-7')
    expect(same.events('deeplink.agent-changed')).toEqual([])
  })
})

describe('deep links that arrive before the services', () => {
  it('wait in the inbox (the latest wins), are handed over when it opens, and later ones go straight through', () => {
    const inbox = createDeepLinkInbox('regdesk://campaign?utm_source=first')
    inbox.arrive(undefined)
    inbox.arrive('regdesk://campaign?utm_source=second')
    const applied: string[] = []
    inbox.open((url) => applied.push(url))
    expect(applied).toEqual(['regdesk://campaign?utm_source=second'])
    inbox.arrive('regdesk://campaign?utm_source=third')
    expect(applied).toEqual(['regdesk://campaign?utm_source=second', 'regdesk://campaign?utm_source=third'])
  })

  it('an empty inbox hands nothing over', () => {
    const applied: string[] = []
    createDeepLinkInbox(undefined).open((url) => applied.push(url))
    expect(applied).toEqual([])
  })
})
