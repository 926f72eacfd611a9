import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fillTemplate, templateProblem, unknownPlaceholders } from '@contract/handoff'
import { handoffLinks } from '../../../electron/main/handoff/links'
import { resolveConfig } from '../../../electron/main/office/resolve'

const facts = { lang: 'zh-CN', registerSource: 9, companyId: '880012' }
const registered = { status: 'registered' as const, passwordSet: false, customerNo: '8000123' }
const templates = {
  continue: 'https://kyc.broker.example/continue?c={customerNumber}&lang={lang}&src={registerSource}&co={companyId}',
  setPassword: 'https://kyc.broker.example/password?c={customerNumber}',
  tradingApp: 'https://broker.example/app?lang={lang}',
  help: 'https://help.broker.example/{lang}/open-account',
}
const allowList = ['kyc.broker.example', 'broker.example', '.help.broker.example', 'help.broker.example']

/** An installer's office.json, read as a packaged app reads it (the environment ignored). */
function resolveShipped(preset: Record<string, unknown>) {
  const folder = mkdtempSync(join(tmpdir(), 'handoff-'))
  const shippedFile = join(folder, 'office.json')
  writeFileSync(shippedFile, JSON.stringify(preset))
  return resolveConfig({ userFile: join(folder, 'office-settings.json'), shippedFile }, { DESK_API_URL: 'https://evil.example/api', DESK_COMPANY_ID: '1' }, true)
}

describe('hand-off templates: the closed placeholder list', () => {
  it('an unknown placeholder is refused, by name, and so is a lone brace', () => {
    expect(unknownPlaceholders('https://k.example/?l={loginName}&c={customerNumber}')).toEqual(['{loginName}'])
    expect(templateProblem('https://k.example/?l={loginName}')).toBe('PLACEHOLDER_UNKNOWN')
    for (const secret of ['{verifyCode}', '{sendToken}', '{password}', '{email}', '{}', '{customerNumber']) {
      expect(templateProblem(`https://k.example/?x=${secret}`), secret).toBe('PLACEHOLDER_UNKNOWN')
    }
    expect(templateProblem(templates.continue)).toBeUndefined()
  })

  it('a template must be https with a literal host (no placeholder or credentials before the path)', () => {
    expect(templateProblem('http://kyc.broker.example/?c={customerNumber}')).toBe('LINK_HTTPS')
    expect(templateProblem('javascript:alert(1)')).toBe('LINK_HTTPS')
    expect(templateProblem('https://{companyId}.broker.example/')).toBe('NOT_A_URL')
    expect(templateProblem('https://user@kyc.broker.example/')).toBe('NOT_A_URL')
    expect(templateProblem(`https://kyc.broker.example/${'a'.repeat(600)}`)).toBe('NOT_A_URL')
  })

  it('values are URL-encoded: none can add a parameter, a path or a fragment', () => {
    const url = fillTemplate('https://k.example/p/{lang}?c={customerNumber}', { lang: 'zh-CN/../x', customerNumber: '8000 1&admin=1#frag' })
    expect(url).toBe('https://k.example/p/zh-CN%2F..%2Fx?c=8000%201%26admin%3D1%23frag')
    expect(new URL(url!).searchParams.get('c')).toBe('8000 1&admin=1#frag')
    expect([...new URL(url!).searchParams.keys()]).toEqual(['c'])
  })

  it('a value a template needs is missing: no link (never one without the customer number)', () => {
    expect(fillTemplate('https://k.example/?c={customerNumber}', { customerNumber: '' })).toBeUndefined()
    expect(handoffLinks(templates, { ...registered, customerNo: '' }, facts)).toEqual({ tradingApp: 'https://broker.example/app?lang=zh-CN', help: 'https://help.broker.example/zh-CN/open-account' })
  })
})

describe('hand-off links for an outcome (main fills them)', () => {
  it('every template filled for a registered customer without a password', () => {
    expect(handoffLinks(templates, registered, facts)).toEqual({
      continue: 'https://kyc.broker.example/continue?c=8000123&lang=zh-CN&src=9&co=880012',
      setPassword: 'https://kyc.broker.example/password?c=8000123',
      tradingApp: 'https://broker.example/app?lang=zh-CN',
      help: 'https://help.broker.example/zh-CN/open-account',
    })
  })

  it('a missing template: no link of that kind (no button, no QR, no line on the slip)', () => {
    expect(handoffLinks({}, registered, facts)).toEqual({})
    expect(handoffLinks({ help: templates.help }, registered, facts)).toEqual({ help: 'https://help.broker.example/zh-CN/open-account' })
  })

  it('no password link once one is set; only help while the account waits for review', () => {
    expect(handoffLinks(templates, { ...registered, passwordSet: true }, facts)).not.toHaveProperty('setPassword')
    expect(handoffLinks(templates, { ...registered, status: 'pending-review' }, facts)).toEqual({ help: 'https://help.broker.example/zh-CN/open-account' })
  })
})

describe('hand-off in the installer preset (packaged: the environment ignored)', () => {
  const base = { platform: { mode: 'remote', baseUrl: 'https://api.broker.example/api', companyId: '880012' }, links: { allowList } }

  it('valid templates reach the configuration', () => {
    const result = resolveShipped({ ...base, handoff: templates })
    expect(result).toMatchObject({ ok: true, config: { handoff: templates, platform: { baseUrl: 'https://api.broker.example/api' } } })
  })

  it('a host not on links.allowList is a configuration problem naming the field', () => {
    const result = resolveShipped({ ...base, handoff: { ...templates, tradingApp: 'https://apps.elsewhere.example/get?lang={lang}' } })
    expect(result).toEqual({
      ok: false,
      problem: { field: 'office.json (installer): handoff.tradingApp', code: 'HOST_NOT_ALLOWED', message: 'goes to apps.elsewhere.example, which is not on links.allowList' },
    })
    // a subdomain entry vouches for subdomains only, never for a look-alike
    expect(resolveShipped({ ...base, links: { allowList: ['.broker.example'] }, handoff: { help: 'https://help.broker.example.evil.example/' } })).toMatchObject({
      ok: false,
      problem: { field: 'office.json (installer): handoff.help', code: 'HOST_NOT_ALLOWED' },
    })
    expect(resolveShipped({ platform: base.platform, handoff: { help: templates.help } })).toMatchObject({ ok: false, problem: { code: 'HOST_NOT_ALLOWED' } })
  })

  it('an unknown placeholder, plain http or an unknown kind: a problem naming the field', () => {
    expect(resolveShipped({ ...base, handoff: { continue: 'https://kyc.broker.example/?u={loginName}' } })).toMatchObject({
      ok: false,
      problem: { field: 'office.json (installer): handoff.continue', code: 'PLACEHOLDER_UNKNOWN' },
    })
    expect(resolveShipped({ ...base, handoff: { setPassword: 'http://kyc.broker.example/' } })).toMatchObject({
      ok: false,
      problem: { field: 'office.json (installer): handoff.setPassword', code: 'LINK_HTTPS' },
    })
    expect(resolveShipped({ ...base, handoff: { survey: 'https://kyc.broker.example/' } })).toMatchObject({
      ok: false,
      problem: { field: 'office.json (installer): handoff.survey', code: 'UNKNOWN_SETTING' },
    })
  })
})

describe('the configuration table\'s words for the hand-off', () => {
  it('name exactly the closed list of placeholders (written out, so the preload can drop the table)', async () => {
    const { problemText, settingsTable } = await import('@contract/config-table')
    const { handoffPlaceholders } = await import('@contract/handoff')
    for (const name of handoffPlaceholders) {
      expect(problemText.PLACEHOLDER_UNKNOWN).toContain(`{${name}}`)
      expect(settingsTable.handoff.hint).toContain(`{${name}}`)
    }
  })
})
