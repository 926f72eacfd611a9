import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deskOnlyWords, selfModeWords } from '../../../renderer/src/i18n/audience'
import type { Words } from '../../../renderer/src/i18n/merge-words'
import enSelf from '../../../renderer/src/i18n/messages/en-US/self'
import zhSelf from '../../../renderer/src/i18n/messages/zh-CN/self'
import hkSelf from '../../../renderer/src/i18n/messages/zh-HK/self'
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
    registered: [/account is open\b/i, /account (has been|was) opened/i],
    callingCode: [/Area code/i],
  },
  'zh-CN': {
    journal: [/今日开户登记/],
    nextCustomer: [/为下一位客户开户/],
    reference: [/客服查询编号/, /追踪/],
    campaign: [/归属推广/],
    practiceMode: [/沙盒/],
    registered: [/开户成功/, /已开户/, /提交开户/, /笔开户/, /账户已开立/, /开户记录/],
    callingCode: [/(?<!国际)区号/],
  },
  'zh-HK': {
    journal: [/今日開戶登記/],
    nextCustomer: [/為下一位客戶開戶/],
    reference: [/客戶服務參考編號/, /查詢編號/],
    campaign: [/歸屬推廣/],
    practiceMode: [/沙盒(?!模式)/],
    registered: [/開戶成功/, /已開戶/, /提交開戶/, /宗開戶/, /帳戶已開立/, /開戶記錄/],
    callingCode: [/(?<!國際)區號/],
  },
}

/** every string of a language's tables with its path, the glossary itself left out */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]]
  if (!node || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([key, value]) => (path === '' && key === 'glossary' ? [] : strings(value, path ? `${path}.${key}` : key)))
}

const selfTables = { 'en-US': enSelf, 'zh-CN': zhSelf, 'zh-HK': hkSelf } as const
/** the words a build shows: a clerk's desk, or a trader registering themselves (the desk-only words gone) */
const audiences = {
  desk: (language: keyof typeof allMessages) => allMessages[language] as unknown as Words,
  self: (language: keyof typeof allMessages) => selfModeWords(allMessages[language] as unknown as Words, selfTables[language] as Words),
}
/** a glossary term whose thing only a shared desk has (deskOnlyWords): a trader's words never name it */
const deskOnlyTerm = (term: string) => (deskOnlyWords as readonly string[]).includes(`glossary.${term}`)

describe('one word for one thing', () => {
  for (const [audience, wordsOf] of Object.entries(audiences))
    for (const [language, terms] of Object.entries(synonyms)) {
      const messages = wordsOf(language as keyof typeof allMessages)
      // a trader's build has its own word where the self table says so (the campaign is their "Referral")
      const glossary = messages.glossary as Record<string, string>
      it(`${audience}, ${language}: no string uses a synonym where the glossary has a word`, () => {
        const found = strings(messages).flatMap(([path, text]) =>
          Object.entries(terms).flatMap(([term, avoid]) => avoid.filter((re) => re.test(text)).map((re) => `${path}: "${text}" says ${re} instead of "${glossary[term]}"`)),
        )
        expect(found).toEqual([])
      })

      it(`${audience}, ${language}: every glossary term is used where its thing is named`, () => {
        // "You are registered" uses "Registered": a term is found whatever its case
        const all = strings(messages).map(([, text]) => text.toLowerCase())
        const named = Object.keys(terms).filter((term) => audience === 'desk' || !deskOnlyTerm(term))
        for (const term of named) expect(all.some((text) => text.includes(glossary[term]!.toLowerCase())), term).toBe(true)
      })
    }

  it.each(['zh-CN', 'zh-HK'] as const)('%s: punctuation beside Chinese text is full-width (，：；（）！？), not half-width', (language) => {
    const han = '[\\u3400-\\u9fff]'
    const halfWidth = new RegExp(`${han}\\s*[(),:;!?]|[(),:;!?]\\s*${han}`)
    const found = strings(allMessages[language]).filter(([, text]) => halfWidth.test(text)).map(([path, text]) => `${path}: ${text}`)
    expect(found).toEqual([])
  })

  it('docs/glossary.md, the one glossary, has each term of the wording tables in its three languages on one row', () => {
    const rows = readFileSync('docs/glossary.md', 'utf8').split('\n').filter((line) => line.startsWith('| '))
    const cells = rows.map((row) => row.split('|').map((cell) => cell.trim()))
    const missing = Object.keys(allMessages['en-US'].glossary).filter((term) => {
      const [en, cn, hk] = (['en-US', 'zh-CN', 'zh-HK'] as const).map((l) => (allMessages[l].glossary as Record<string, string>)[term]!)
      return !cells.some((c) => c[1]?.includes(en!) && c[2]?.includes(cn!) && c[3]?.includes(hk!))
    })
    expect(missing).toEqual([])
  })

  it('the test catches a synonym (a table with one planted fails)', () => {
    const planted = strings({ nav: { journal: 'Journal' } })
    expect(planted.some(([, text]) => synonyms['en-US']!.journal!.some((re) => re.test(text)))).toBe(true)
  })
})
