import { describe, expect, it } from 'vitest'
import { languageNames } from '@contract/languages'
import { allMessages } from '../../support/messages'
import { leaves, mainlandWords, simplifiedIn } from '../../support/chinese-scripts'

const hk = new Map(leaves(allMessages['zh-HK']))
const cn = new Map(leaves(allMessages['zh-CN']))
const han = /\p{Script=Han}/u

/**
 * The zh-HK words are Traditional Chinese as Hong Kong writes it, not a zh-CN copy nor a bare character conversion.
 * (That every key is there is proved by the type system: zh-HK's files `satisfies` the English ones.)
 */
describe('the zh-HK words', () => {
  it('hold no Simplified-only character', () => {
    const found = [...hk].map(([key, text]) => [key, simplifiedIn(text).join('')]).filter(([, chars]) => chars)
    expect(found).toEqual([])
  })

  it('differ from zh-CN wherever the two scripts differ: only these few read the same in both', () => {
    const same = [...hk].filter(([key, text]) => han.test(text) && cn.get(key) === text).map(([key]) => key)
    // single characters and phrases written alike in both scripts, each checked by hand
    expect(same.sort()).toEqual(
      [
        'about.version',
        'campaign.agentShort',
        'campaign.cancel',
        'campaign.edit',
        'campaign.fields.utmMedium',
        'campaign.pendingIgnore',
        'connection.ms',
        'connection.notes.noFeedFile',
        'connection.notes.offers',
        'connection.outcome.ok',
        'connection.rows.dns',
        'connection.rows.host',
        'form.strengthFair',
        'form.strengthWeak',
        'form.termsVersion',
        'idle.clearNow',
        'journal.csv.columns.agent',
        'nav.back',
        'officeAdmin.fixedPlatform',
        'journal.to',
        'journal.csv.words.slipPrinted',
        'platforms.other',
        'proxyLogin.cancel',
        'status.connected',
        'updates.label',
      ].sort(),
    )
  })

  it('use Hong Kong wording, not mainland terms in Traditional characters', () => {
    const found = [...hk].flatMap(([key, text]) => mainlandWords.filter((w) => text.includes(w)).map((w) => `${key}: ${w}`))
    expect(found).toEqual([])
  })

  it('keep the key words Hong Kong readers expect', () => {
    expect(hk.get('form.methodEmail')).toBe('電郵')
    expect(hk.get('form.password')).toBe('登入密碼')
    expect(hk.get('form.codeHintPhone')).toContain('短訊')
    expect(hk.get('connection.open')).toBe('檢查網絡連線')
    expect(hk.get('idle.body')).toContain('私隱')
  })

  it('punctuate full-width next to Chinese text, and name themselves in Traditional characters', () => {
    const ascii = /\p{Script=Han}[,;:?!()]|[,;:?!(]\p{Script=Han}/u
    expect([...hk].filter(([, text]) => ascii.test(text)).map(([key]) => key)).toEqual([])
    expect(simplifiedIn(languageNames['zh-HK'])).toEqual([])
  })
})
