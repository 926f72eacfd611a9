import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { accountTypesFor, planFor, type SingleRules } from '@contract/country-rules'
import { resolveConfig } from '../../../electron/main/office/resolve'

const rules: SingleRules = {
  accountTypes: [0, 1],
  countries: [
    { countries: ['HK', 'MO'], customerGroupId: 2, tradeTypes: [{ tradeType: '5', allCurrency: 'USD' }] },
    { countries: ['CN'], customerGroupId: 1 },
  ],
  enterpriseCountries: ['HK'],
}

describe('per-country rules (contract/country-rules.ts)', () => {
  it('a listed country has its plan; without a fallback any other is refused; with one it gets the fallback', () => {
    expect(planFor(rules, 'MO')).toEqual({ customerGroupId: 2, tradeTypes: [{ tradeType: '5', allCurrency: 'USD' }] })
    expect(planFor(rules, 'GB')).toBeUndefined()
    expect(planFor({ ...rules, otherCountries: { customerGroupId: 9 } }, 'GB')).toEqual({ customerGroupId: 9 })
    // the single values of an older preset mean every country
    expect(planFor({ accountTypes: [0], customerGroupId: 4 }, 'BR')).toEqual({ customerGroupId: 4, tradeTypes: undefined })
  })

  it('enterprise only where the list allows it, and nothing for a refused country', () => {
    expect(accountTypesFor(rules, 'HK')).toEqual([0, 1])
    expect(accountTypesFor(rules, 'CN')).toEqual([0])
    expect(accountTypesFor(rules, 'GB')).toEqual([])
    expect(accountTypesFor({ accountTypes: [0, 1] }, 'GB')).toEqual([0, 1])
  })

  it('a preset naming a country twice is a configuration problem naming the field', () => {
    const folder = mkdtempSync(join(tmpdir(), 'office-'))
    const shippedFile = join(folder, 'office.json')
    const countries = [
      { countries: ['HK'], customerGroupId: 2 },
      { countries: ['CN', 'HK'], customerGroupId: 1 },
    ]
    writeFileSync(shippedFile, JSON.stringify({ registration: { countries } }))
    expect(resolveConfig({ userFile: join(folder, 'none.json'), shippedFile }, {}, true)).toMatchObject({
      ok: false,
      problem: { field: 'office.json (installer): registration.countries', code: 'COUNTRY_TWICE' },
    })
  })
})
