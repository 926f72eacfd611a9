import { readFileSync } from 'node:fs'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registrationSpecs } from '@contract/ipc/registration'
import type { DeskConfig } from '../../electron/main/config'
import { emailLogin, platformHarness } from '../support/platform-harness'
import { packagedConfig, packagedRegistration } from '../support/packaged-registration'

/**
 * The broker's per-country rules, from a packaged-style configuration (the installer's office.json, the environment
 * ignored), through main's real registration service and platform client, against the strict sandbox over HTTP.
 */
const shipped = JSON.parse(readFileSync('resources/presets/office-hongkong.json', 'utf8')) as Record<string, unknown>
const withRules = (registration: Record<string, unknown>) => ({ ...shipped, platform: { mode: 'sandbox' }, registration })
// the example's terms are another test's subject (terms.test.ts): here, only its per-country rules
const { terms: _terms, ...hkRegistration } = (shipped as { registration: Record<string, unknown> }).registration

describe('per-country registration rules: main chooses group and trade types from the country', () => {
  let h: Awaited<ReturnType<typeof platformHarness>>
  beforeAll(async () => (h = await platformHarness()))
  afterAll(() => h.close())

  const serviceFor = (config: DeskConfig) => packagedRegistration(h, config)

  /** `codeFor`: the country the code was asked with (a window that changed the country after the code, say) */
  async function register(config: DeskConfig, country: string, openAccountType: 0 | 1 = 0, codeFor = country) {
    const service = serviceFor(config)
    const login = emailLogin()
    const sent = await service.sendCode(login, codeFor)
    if (!sent.ok) throw new Error(JSON.stringify(sent.error))
    const before = h.sandbox.requests.length
    const result = await service.register({ formId: crypto.randomUUID(), login, country, verifyCode: sent.value.sandboxCode!, openAccountType })
    const sentBodies = h.sandbox.requests.slice(before).filter((r) => r.endpoint === 'register').map((r) => r.body)
    return { result, sentBodies }
  }

  it('a listed country registers into its own group with its own trade types', async () => {
    const config = packagedConfig(withRules(hkRegistration))
    const hk = await register(config, 'HK', 1)
    expect(hk.sentBodies).toEqual([expect.objectContaining({ country: 'HK', customerGroupId: 2, openAccountType: 1, tradeTypeCurrencyList: [{ tradeType: '5', allCurrency: 'USDT,USD' }] })])
    expect(hk.result.ok).toBe(true)
    const sg = await register(config, 'SG')
    expect(sg.sentBodies).toEqual([expect.objectContaining({ customerGroupId: 3, tradeTypeCurrencyList: [{ tradeType: '5', allCurrency: 'USD,SGD' }] })])
    expect(sg.result).toMatchObject({ ok: true })
  })

  it('a country no entry names gets the fallback plan, and no enterprise account outside the enterprise list', async () => {
    const config = packagedConfig(withRules(hkRegistration))
    const gb = await register(config, 'GB')
    expect(gb.sentBodies).toHaveLength(1)
    expect(gb.sentBodies[0]).toMatchObject({ country: 'GB', customerGroupId: 1 })
    expect(gb.sentBodies[0]).not.toHaveProperty('tradeTypeCurrencyList')
    expect(gb.result).toMatchObject({ ok: true })
    const enterprise = await register(config, 'CN', 1)
    expect(enterprise.result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'state', code: 'ENTERPRISE_NOT_IN_COUNTRY', params: ['CN'] }) })
    expect(enterprise.sentBodies).toEqual([])
  })

  it('without a fallback, a country the broker does not accept is refused, named, and nothing is sent', async () => {
    const { otherCountries: _none, ...listedOnly } = hkRegistration
    const config = packagedConfig(withRules(listedOnly))
    const refused = await register(config, 'GB', 0, 'HK')
    expect(refused.result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'state', code: 'COUNTRY_NOT_ACCEPTED', params: ['GB'] }) })
    expect(refused.sentBodies).toEqual([])
    // nor is a code sent to them: the platform is not asked at all
    const before = h.sandbox.requests.length
    const noCode = await serviceFor(config).sendCode(emailLogin(), 'GB')
    expect(noCode).toEqual({ ok: false, error: expect.objectContaining({ kind: 'state', code: 'COUNTRY_NOT_ACCEPTED', params: ['GB'] }) })
    expect(h.sandbox.requests.slice(before)).toEqual([])
    // and the window cannot pick a group of its own where the country decides
    const service = serviceFor(config)
    const login = emailLogin()
    const sent = await service.sendCode(login, 'HK')
    const picked = await service.register({ formId: crypto.randomUUID(), login, country: 'HK', verifyCode: sent.ok ? sent.value.sandboxCode! : '', openAccountType: 0, customerGroupId: 1 })
    expect(picked).toMatchObject({ ok: false, error: { code: 'GROUP_NOT_ALLOWED' } })
  })

  it("today's single values still mean every country", async () => {
    const config = packagedConfig(withRules({ customerGroupId: 2, tradeTypes: [{ tradeType: '5', allCurrency: 'ETH' }], accountTypes: [0, 1] }))
    for (const country of ['CN', 'BR']) {
      const { result, sentBodies } = await register(config, country, 1)
      expect(sentBodies).toEqual([expect.objectContaining({ country, customerGroupId: 2, tradeTypeCurrencyList: [{ tradeType: '5', allCurrency: 'ETH' }] })])
      expect(result.ok).toBe(true)
    }
  })

  it('the window never sends trade types: the register channel refuses them', () => {
    const spec = registrationSpecs['desk:registration:submit']
    const form = { ...spec.example, tradeTypes: [{ tradeType: '5', allCurrency: 'BTC' }] }
    expect(v.safeParse(spec.input, form).success).toBe(false)
  })
})
