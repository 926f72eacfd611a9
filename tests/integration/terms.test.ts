import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RegisterForm } from '@contract/ipc/registration'
import { createJournal, journalEntry } from '../../electron/main/journal/journal'
import { emailLogin, platformHarness } from '../support/platform-harness'
import { packagedConfig, packagedRegistration } from '../support/packaged-registration'

/**
 * The broker's account-opening terms, from a packaged-style preset, through main's real registration service against
 * the strict sandbox: acceptance is required, recorded in the journal with its version, and never sent to the platform.
 */
const terms = {
  version: '2026-03',
  'zh-CN': { text: '开户须知……', url: 'https://help.broker.example/terms/zh-CN' },
  'en-US': { text: 'Account-opening terms…' },
  'zh-HK': { url: 'https://help.broker.example/terms/zh-HK' },
}
const preset = (registration: object) => ({ platform: { mode: 'sandbox' }, links: { allowList: ['help.broker.example'] }, registration })

describe('account-opening terms', () => {
  let h: Awaited<ReturnType<typeof platformHarness>>
  beforeAll(async () => (h = await platformHarness()))
  afterAll(() => h.close())

  async function attempt(registration: object, acceptedTerms?: string) {
    const journal = createJournal(mkdtempSync(join(tmpdir(), 'desk-journal-')))
    const service = packagedRegistration(h, packagedConfig(preset(registration)), (outcome, form) => journal.append(journalEntry(outcome, form, {})))
    const login = emailLogin()
    const sent = await service.sendCode(login, 'HK')
    if (!sent.ok) throw new Error(JSON.stringify(sent.error))
    const before = h.sandbox.requests.length
    const form: RegisterForm = { formId: crypto.randomUUID(), login, country: 'HK', verifyCode: sent.value.sandboxCode!, openAccountType: 0, ...(acceptedTerms ? { acceptedTerms } : {}) }
    const result = await service.register(form)
    const bodies = h.sandbox.requests.slice(before).filter((r) => r.endpoint === 'register').map((r) => r.body)
    return { result, bodies, entries: journal.day().entries }
  }

  it('with terms in the preset, a registration without their acceptance is refused before any request', async () => {
    const { result, bodies } = await attempt({ terms })
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'state', code: 'TERMS_NOT_ACCEPTED', params: ['2026-03'] }) })
    expect(bodies).toEqual([])
    // a version other than the preset's is no acceptance of these terms
    expect((await attempt({ terms }, '2025-01')).result).toMatchObject({ ok: false, error: { code: 'TERMS_NOT_ACCEPTED' } })
  })

  it('accepted: registered, the journal records the version, and nothing about terms reaches the platform', async () => {
    const { result, bodies, entries } = await attempt({ terms }, '2026-03')
    expect(result.ok).toBe(true)
    expect(entries).toEqual([expect.objectContaining({ termsVersion: '2026-03' })])
    expect(bodies).toHaveLength(1)
    expect(Object.keys(bodies[0]!).filter((key) => /term|accept/i.test(key))).toEqual([])
    expect(JSON.stringify(bodies[0])).not.toContain('2026-03')
  })

  it('no terms in the preset: nothing to accept, and no version recorded even if the window names one', async () => {
    const { result, entries } = await attempt({}, '2026-03')
    expect(result.ok).toBe(true)
    expect(entries[0]).not.toHaveProperty('termsVersion')
  })

  it('a terms link that is not https on links.allowList is a configuration problem naming the field', () => {
    const elsewhere = { ...terms, 'en-US': { url: 'https://elsewhere.example/terms' } }
    expect(() => packagedConfig(preset({ terms: elsewhere }))).toThrow(/registration\.terms\.en-US\.url.*LINK_NOT_ALLOWED/)
    expect(() => packagedConfig(preset({ terms: { ...terms, 'en-US': { url: 'http://help.broker.example/t' } } }))).toThrow(/LINK_NOT_ALLOWED/)
    expect(() => packagedConfig(preset({ terms: { version: '1' } }))).toThrow(/TERMS_EMPTY/)
  })
})
