import Conf from 'conf'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
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

describe('campaign service precedence and memory', () => {
  const make = (dir = mkdtempSync(join(tmpdir(), 'camp-')), office = { utmSource: 'branch-12' }) => {
    const notify = vi.fn()
    const store = new Conf({ cwd: dir, projectName: 'desk-test' })
    return { dir, notify, store, service: createCampaignService({ store, officeDefaults: () => office, agentParam: () => 'agent', notify, log: createMemoryLogger() }) }
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

  it('persists across a restart; a deep link in the new session may then replace it', () => {
    const first = make()
    first.service.set({ utmCampaign: 'spring' }, 'link')
    const second = make(first.dir)
    expect(second.service.active()).toEqual({ values: { utmCampaign: 'spring' }, origin: 'link' })
    expect(second.service.applyDeepLink('regdesk://register?utm_campaign=autumn')).toBe('applied')
  })

  it('clearing sends none, even with an office default, and is remembered', () => {
    const first = make()
    first.service.clear()
    expect(first.service.active()).toEqual({ values: {}, origin: 'none' })
    expect(make(first.dir).service.active()).toEqual({ values: {}, origin: 'none' })
  })

  it('drops a tampered stored campaign and rejects foreign deep links', () => {
    const { service, store } = make()
    store.set('campaign', { values: { utmSource: 'x'.repeat(500) }, origin: 'manual' })
    expect(service.active().origin).toBe('office')
    expect(service.applyDeepLink('https://evil.example/?utm_source=x')).toBe('rejected')
  })
})
