import { describe, expect, it } from 'vitest'
import { allMessages } from '../../support/messages'

/**
 * One word for one thing. Each glossary term (messages' `glossary`) with the synonyms the app once used for it: a
 * string that says one of them instead of the term fails. New synonyms found in review go here.
 */
const synonyms: Record<string, Record<string, RegExp[]>> = {
  'en-US': {
    journal: [/\bJournal\b/],
    nextCustomer: [/Register another customer/i],
    reference: [/\bTrace\b/, /Reference for support/i],
    campaign: [/Attributed to/i, /\bAttribution\b(?! )/],
    practiceMode: [/\bSandbox\b/],
    callingCode: [/Area code/i],
  },
  'zh-CN': {
    journal: [/今日开户登记/],
    nextCustomer: [/为下一位客户开户/],
    reference: [/客服查询编号/, /追踪/],
    campaign: [/归属推广/],
    practiceMode: [/沙盒/],
    registered: [/开户成功/, /已开户/, /提交开户/, /笔开户/],
    callingCode: [/(?<!国际)区号/],
  },
  'zh-HK': {
    journal: [/今日開戶登記/],
    nextCustomer: [/為下一位客戶開戶/],
    reference: [/客戶服務參考編號/, /查詢編號/],
    campaign: [/歸屬推廣/],
    practiceMode: [/沙盒(?!模式)/],
    registered: [/開戶成功/, /已開戶/, /提交開戶/, /宗開戶/],
    callingCode: [/(?<!國際)區號/],
  },
}

/** every string of a language's tables with its path, the glossary itself left out */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]]
  if (!node || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([key, value]) => (path === '' && key === 'glossary' ? [] : strings(value, path ? `${path}.${key}` : key)))
}

describe('one word for one thing', () => {
  for (const [language, terms] of Object.entries(synonyms)) {
    const messages = allMessages[language as keyof typeof allMessages]
    it(`${language}: no string uses a synonym where the glossary has a word`, () => {
      const found = strings(messages).flatMap(([path, text]) =>
        Object.entries(terms).flatMap(([term, avoid]) => avoid.filter((re) => re.test(text)).map((re) => `${path}: "${text}" says ${re} instead of "${(messages.glossary as Record<string, string>)[term]}"`)),
      )
      expect(found).toEqual([])
    })

    it(`${language}: every glossary term is used where its thing is named`, () => {
      const glossary = messages.glossary as Record<string, string>
      const all = strings(messages).map(([, text]) => text)
      for (const term of Object.keys(terms)) expect(all.some((text) => text.includes(glossary[term]!)), term).toBe(true)
    })
  }

  it.each(['zh-CN', 'zh-HK'] as const)('%s: punctuation beside Chinese text is full-width (，：；（）！？), not half-width', (language) => {
    const han = '[\\u3400-\\u9fff]'
    const halfWidth = new RegExp(`${han}\\s*[(),:;!?]|[(),:;!?]\\s*${han}`)
    const found = strings(allMessages[language]).filter(([, text]) => halfWidth.test(text)).map(([path, text]) => `${path}: ${text}`)
    expect(found).toEqual([])
  })

  it('the test catches a synonym (a table with one planted fails)', () => {
    const planted = strings({ nav: { journal: 'Journal' } })
    expect(planted.some(([, text]) => synonyms['en-US']!.journal!.some((re) => re.test(text)))).toBe(true)
  })
})
