import { describe, expect, it } from 'vitest'
import type { SingleRules } from '@contract/country-rules'
import { checkCountry } from '../../../renderer/src/logic/validate'
import { describeError } from '../../../renderer/src/wording/registration'

const rules: SingleRules = { accountTypes: [0, 1], countries: [{ countries: ['HK', 'MO'], customerGroupId: 2 }] }

describe('per-country rules in the form', () => {
  it('the form names a refused country at once, and main\'s refusal in the UI language', () => {
    expect(checkCountry(rules, 'GB', 'United Kingdom')).toEqual({ key: 'validation.countryNotAccepted', params: { country: 'United Kingdom' } })
    expect(checkCountry(rules, 'HK', 'Hong Kong')).toBeUndefined()
    expect(checkCountry(undefined, 'GB', 'United Kingdom')).toBeUndefined()
    const view = describeError({ kind: 'state', code: 'COUNTRY_NOT_ACCEPTED', message: '', params: ['GB'] }, 'email', (c) => (c === 'GB' ? '英國' : c))
    expect(view).toMatchObject({ key: 'validation.countryNotAccepted', field: 'country', params: { country: '英國' } })
  })

})
