import { describe, expect, it } from 'vitest'
import type { RegistrationOutcome } from '../../../electron/contract/types'
import { fillTemplate, handoffLinks, leadOn } from '../../../electron/main/handoff/links'

const values = { customerNumber: 'C 10/01&x', lang: 'zh-CN', registerSource: '7', companyId: '880012' }
const allow = ['www.broker.example', 'kyc.broker.example']
const templates = {
  continueKyc: 'https://kyc.broker.example/continue?c={customerNumber}&lang={lang}&s={registerSource}',
  setPassword: 'https://www.broker.example/password?c={customerNumber}',
  getApp: 'https://www.broker.example/app?company={companyId}',
}
const outcome = (over: Partial<RegistrationOutcome> = {}): RegistrationOutcome => ({
  status: 'registered',
  customerNo: 'C1001',
  loginName: 'a@example.com',
  method: 'email',
  openAccountType: 0,
  passwordSet: false,
  kycLevels: [],
  message: '',
  trace: 't',
  registeredAt: 0,
  campaign: {},
  ...over,
})

describe('hand-off links, filled by main', () => {
  it('URL-encodes every value into its placeholder', () => {
    expect(fillTemplate(templates.continueKyc, values)).toBe('https://kyc.broker.example/continue?c=C%2010%2F01%26x&lang=zh-CN&s=7')
  })

  it('offers them in order, drops "set password" once it is set, and anything the allow-list would not open', () => {
    expect(handoffLinks(templates, values, allow, false).map((l) => l.kind)).toEqual(['continueKyc', 'setPassword', 'getApp'])
    expect(handoffLinks(templates, values, allow, true).map((l) => l.kind)).toEqual(['continueKyc', 'getApp'])
    expect(handoffLinks({ getApp: 'https://other.example/app' }, values, allow, false)).toEqual([])
    expect(handoffLinks({}, values, allow, false)).toEqual([])
  })

  it('a registration leads on with its links and the login page; a pending one, or one without templates, carries none', () => {
    const options = { templates, values: { lang: 'en-US', registerSource: '8', companyId: '880012' }, allowList: allow, loginUrl: 'https://www.broker.example/login' }
    expect(leadOn(outcome(), options)).toMatchObject({
      handoff: [
        { kind: 'continueKyc', url: 'https://kyc.broker.example/continue?c=C1001&lang=en-US&s=8' },
        { kind: 'setPassword', url: 'https://www.broker.example/password?c=C1001' },
        { kind: 'getApp', url: 'https://www.broker.example/app?company=880012' },
      ],
      loginUrl: 'https://www.broker.example/login',
    })
    const pending = leadOn(outcome({ status: 'pending-review' }), options)
    expect(pending).not.toHaveProperty('handoff')
    expect(pending).not.toHaveProperty('loginUrl')
    const bare = leadOn(outcome(), { ...options, templates: {}, loginUrl: undefined })
    expect(Object.keys(bare)).not.toContain('handoff')
    expect(Object.keys(bare)).not.toContain('loginUrl')
  })
})
