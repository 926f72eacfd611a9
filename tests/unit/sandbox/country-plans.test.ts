import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { CountryRules, TradePlan } from '@contract/country-rules'
import { defaultRules } from '../../../sandbox/rules'
import { startSandbox, type Sandbox } from '../../../sandbox/server'
import { takeViolations } from '../../support/violations-guard'

const presetsDir = 'resources/presets'
/** Every plan an example preset can produce: per country, the fallback, and the single "every country" values. */
function plansIn(file: string): { customerGroupId?: number; tradeTypes?: TradePlan[] }[] {
  const registration = (JSON.parse(readFileSync(join(presetsDir, file), 'utf8')) as { registration?: CountryRules & { customerGroupId?: number; tradeTypes?: TradePlan[] } }).registration ?? {}
  return [...(registration.countries ?? []), ...(registration.otherCountries ? [registration.otherCountries] : []), registration]
}

describe('the sandbox knows the groups per-country rules produce', () => {
  let sb: Sandbox | undefined
  afterEach(() => sb?.close())

  it.each(readdirSync(presetsDir).filter((f) => f.endsWith('.json')))('%s: every group and trade type/currency is one the sandbox opens', (file) => {
    for (const plan of plansIn(file)) {
      const group = defaultRules.groups[plan.customerGroupId ?? defaultRules.defaultGroupId]
      expect(group, `${file}: group ${plan.customerGroupId}`).toBeDefined()
      for (const t of plan.tradeTypes ?? []) {
        expect(group![t.tradeType], `${file}: trade type ${t.tradeType}`).toBeDefined()
        for (const currency of t.allCurrency.split(',')) expect(group![t.tradeType]).toContain(currency)
      }
    }
  })

  it('strict mode: a register body naming the terms would be a violation (the platform has no such field)', async () => {
    sb = await startSandbox()
    const headers = { 'content-type': 'application/json', version: '0.0.1', companyId: '1001', trace: randomUUID(), lang: 'en-US', 'X-Forwarded-For': '203.0.113.7' }
    const body = { country: 'HK', loginName: 'a@b.co', type: 1, verifyCode: '123456', sendToken: 'x', registerSource: 7, customerGroupId: 3, termsVersion: '2026-03' }
    await fetch(`${sb.url}/api/register/customer.app.CustomerWebApiService.register`, { method: 'POST', headers, body: JSON.stringify(body) })
    expect(takeViolations().filter((v) => v.rule === 'body.unknown-field').map((v) => v.detail)).toEqual(['termsVersion is not a field of register'])
  })
})
