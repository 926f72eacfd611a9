import { describe, expect, it } from 'vitest'
import { deskOnlyWords, selfModeWords } from '../../../renderer/src/i18n/audience'
import type { Words } from '../../../renderer/src/i18n/merge-words'
import enSelf from '../../../renderer/src/i18n/messages/en-US/self'
import zhSelf from '../../../renderer/src/i18n/messages/zh-CN/self'
import hkSelf from '../../../renderer/src/i18n/messages/zh-HK/self'
import { allMessages } from '../../support/messages'

/** every string of a words tree, with its key */
function* leaves(words: unknown, path = ''): Generator<[string, string]> {
  if (typeof words === 'string') yield [path, words]
  else if (words && typeof words === 'object') for (const [k, v] of Object.entries(words)) yield* leaves(v, path ? `${path}.${k}` : k)
}

const tables = { 'en-US': enSelf, 'zh-CN': zhSelf, 'zh-HK': hkSelf } as const
const customer = /customer|客户|客戶/i

describe('the words for a trader registering themselves (audience "self")', () => {
  for (const [language, self] of Object.entries(tables) as [keyof typeof tables, Words][]) {
    const words = selfModeWords(allMessages[language] as Words, self)

    it(`${language}: no self-mode string speaks of "the customer"`, () => {
      const all = [...leaves(words)]
      expect(all.length).toBeGreaterThan(200)
      expect(all.filter(([, text]) => customer.test(text))).toEqual([])
    })

    it(`${language}: every key of the table replaces a word that exists, and the desk-only words are gone`, () => {
      const known = new Set([...leaves(allMessages[language])].map(([key]) => key))
      expect([...leaves(self)].filter(([key]) => !known.has(key))).toEqual([])
      const keys = [...leaves(words)].map(([key]) => key)
      for (const gone of deskOnlyWords) expect(keys.filter((k) => k === gone || k.startsWith(`${gone}.`))).toEqual([])
      const title = { 'en-US': 'You are registered', 'zh-CN': '您已注册成功', 'zh-HK': '您已註冊成功' }[language]
      expect([...leaves(words)].find(([key]) => key === 'result.title')?.[1]).toBe(title)
    })
  }
})

describe('applying a self-mode table to compiled words', () => {
  it('replaces a compiled message whole (the build turns each into an AST object), never merges two into one', () => {
    const ast = (text: string) => ({ t: 0, b: { t: 2, i: [{ t: 3, v: text }], s: text } })
    const withParam = { t: 0, b: { t: 2, i: [{ t: 3, v: 'Your number is ' }, { t: 4, k: 'number' }] } }
    const words = { result: { title: ast('Customer registered'), another: ast('Register another customer') }, handoff: { keepNumber: ast('The customer’s number') } }
    const out = selfModeWords(words, { result: { title: ast('Your account is open') }, handoff: { keepNumber: withParam } })
    expect(out).toEqual({ result: { title: ast('Your account is open') }, handoff: { keepNumber: withParam } })
  })
})
