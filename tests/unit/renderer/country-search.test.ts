import { beforeAll, describe, expect, it } from 'vitest'
import { countryOptions, filterCountries } from '../../../renderer/src/logic/countries'
import { loadPhoneLib } from '../../../renderer/src/logic/phone-lib'
import { defaultPresets } from '@contract/defaults'

const frequent = defaultPresets.frequentCountries
const first = (locale: string, query: string) => filterCountries(countryOptions(locale), query, frequent)[0]?.code

describe('the country search', () => {
  beforeAll(async () => {
    await loadPhoneLib()
  })

  it.each([
    ['uk', 'GB'],
    ['UK', 'GB'],
    ['usa', 'US'],
    ['us', 'US'],
    ['america', 'US'],
    ['macau', 'MO'],
    ['Macao', 'MO'],
    ['hong kong', 'HK'],
    ['hongkong', 'HK'],
    ['kong', 'HK'],
    ['xianggang', 'HK'],
    ['aomen', 'MO'],
    ['zhongguo', 'CN'],
    ['riben', 'JP'],
    ['hanguo', 'KR'],
    ['xinjiapo', 'SG'],
    ['japan', 'JP'],
    ['jap', 'JP'],
    ['+44', 'GB'],
    ['86', 'CN'],
    ['de', 'DE'],
  ])('in English, "%s" puts %s first', (query, code) => {
    expect(first('en-US', query)).toBe(code)
  })

  it.each([
    ['日本', 'JP'],
    ['英国', 'GB'],
    ['美国', 'US'],
    ['香港', 'HK'],
    ['澳門', 'MO'],
    ['澳门', 'MO'],
    ['台湾', 'TW'],
    ['japan', 'JP'],
    ['uk', 'GB'],
    ['meiguo', 'US'],
    ['Côte', 'CI'],
  ])('in Chinese, "%s" puts %s first (Chinese names, English names, aliases and pinyin all count)', (query, code) => {
    expect(first('zh-CN', query)).toBe(code)
  })

  it('finds Chinese names from the English screen and English names from the Chinese one', () => {
    expect(first('en-US', '日本')).toBe('JP')
    expect(first('en-US', '澳洲')).toBe('AU')
    expect(first('zh-CN', 'germany')).toBe('DE')
  })

  it('opens with the office\'s frequent countries first, in its order, then every other country once', () => {
    for (const locale of ['zh-CN', 'en-US']) {
      const all = countryOptions(locale)
      const list = filterCountries(all, '', frequent)
      expect(list.slice(0, frequent.length).map((o) => o.code)).toEqual(frequent)
      expect(list).toHaveLength(all.length)
      expect(new Set(list.map((o) => o.code)).size).toBe(all.length)
      expect(all.length).toBeGreaterThan(240)
    }
    const hk = filterCountries(countryOptions('zh-CN'), '', ['HK', 'CN'])
    expect(hk.slice(0, 2).map((o) => o.code)).toEqual(['HK', 'CN'])
  })

  it('finds nothing for nonsense, and ignores case, accents, spaces and punctuation', () => {
    expect(filterCountries(countryOptions('en-US'), 'zzzz', frequent)).toEqual([])
    expect(first('en-US', 'HONG-KONG')).toBe('HK')
    expect(first('en-US', 'cote d ivoire')).toBe('CI')
  })
})
