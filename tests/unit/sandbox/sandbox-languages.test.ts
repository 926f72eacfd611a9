import { describe, expect, it } from 'vitest'
import { Codes } from '@contract/platform'
import { kycLevels } from '../../../sandbox/kyc'
import { messageFor, scriptOf } from '../../../sandbox/messages'
import { simplifiedIn } from '../../support/chinese-scripts'

describe("the sandbox's languages, as the platform's `lang` header selects them", () => {
  it('reads zh-HK, zh-TW and zh-Hant-… as Traditional, other Chinese as Simplified, the rest as English', () => {
    expect(['zh-HK', 'zh-hk', 'zh-TW', 'zh-MO', 'zh-Hant-HK'].map(scriptOf)).toEqual(['hant', 'hant', 'hant', 'hant', 'hant'])
    expect(['zh-CN', 'zh', 'zh-SG', 'zh-Hans-HK'].map(scriptOf)).toEqual(['hans', 'hans', 'hans', 'hans'])
    expect(['en-US', 'fr', '', undefined].map(scriptOf)).toEqual(['en', 'en', 'en', 'en'])
  })

  it('words every code in Traditional Chinese for zh-HK, with no Simplified-only character', () => {
    const codes = Object.values(Codes).filter((code) => messageFor(code, 'en-US') !== code)
    expect(codes.length).toBeGreaterThan(15)
    for (const code of codes) {
      const hk = messageFor(code, 'zh-HK')
      expect(hk, code).not.toBe(messageFor(code, 'en-US'))
      expect(simplifiedIn(hk), code).toEqual([])
    }
    expect(messageFor(Codes.wrongSmsCode, 'zh-HK')).toBe('短訊驗證碼錯誤，尚餘 %s 次機會')
  })

  it('names the KYC steps in Traditional Chinese for zh-HK, individual and enterprise', () => {
    for (const type of [0, 1]) {
      const names = kycLevels(type, 'zh-HK').flatMap((l) => [l.levelName, l.pathName, ...l.elementList.map((e) => e.elementName)])
      expect(names.flatMap(simplifiedIn)).toEqual([])
      expect(names).not.toEqual(kycLevels(type, 'zh-CN').flatMap((l) => [l.levelName, l.pathName, ...l.elementList.map((e) => e.elementName)]))
    }
    expect(kycLevels(1, 'zh-HK')[0]!.elementList.map((e) => e.elementName)).toEqual(['公司註冊名稱', '商業登記號碼', '註冊成立地點'])
  })
})
