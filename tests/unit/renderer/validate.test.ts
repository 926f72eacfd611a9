import { beforeAll, describe, expect, it } from 'vitest'
import { loadPhoneLib } from '../../../renderer/src/logic/phone-lib'
import { describeError } from '../../../renderer/src/wording/registration'
import { filterCountries, countryOptions } from '../../../renderer/src/logic/countries'
import {
  checkCode,
  checkConfirm,
  checkEmail,
  checkPassword,
  checkPhone,
  digitsOnly,
  nationalNumber,
  passwordStrength,
} from '../../../renderer/src/logic/validate'

beforeAll(() => loadPhoneLib())

describe('field checks', () => {
  it('email', () => {
    expect(checkEmail('')).toEqual({ key: 'validation.emailRequired' })
    expect(checkEmail('ann@')).toEqual({ key: 'validation.emailInvalid' })
    expect(checkEmail(' ann@example.com ')).toBeUndefined()
  })

  it('phone numbers per calling code, with trunk prefix and spaces tolerated', () => {
    expect(nationalNumber('86', '139 1234 5678')).toBe('13912345678')
    expect(nationalNumber('44', '07911 123456')).toBe('7911123456')
    expect(nationalNumber('44', '+447911123456')).toBe('7911123456')
    expect(nationalNumber('86', '+447911123456')).toBeUndefined() // another country's number
    expect(nationalNumber('86', '12345')).toBeUndefined()
    expect(checkPhone('86', '', 'China')).toEqual({ key: 'validation.phoneRequired' })
    expect(checkPhone('86', '12345', 'China')).toEqual({ key: 'validation.phoneInvalid', params: { country: 'China' } })
  })

  it('codes: digits only, 4 to 8', () => {
    expect(digitsOnly('Your code: 123 456')).toBe('123456')
    expect(digitsOnly('1234567890')).toBe('12345678')
    expect(checkCode('')).toEqual({ key: 'validation.codeRequired' })
    expect(checkCode('123')).toEqual({ key: 'validation.codeInvalid' })
    expect(checkCode('1234')).toBeUndefined()
  })

  it('password rules, confirmation and strength', () => {
    expect(checkPassword('')).toBeUndefined()
    expect(checkPassword('abc1')).toEqual({ key: 'validation.passwordShort' })
    expect(checkPassword('a1'.repeat(17))).toEqual({ key: 'validation.passwordLong' })
    expect(checkPassword('abcdefgh')).toEqual({ key: 'validation.passwordMix' })
    expect(checkPassword('密码密码密码12')).toBeUndefined()
    expect(checkConfirm('Abc12345', 'Abc1234')).toEqual({ key: 'validation.passwordMismatch' })
    expect(checkConfirm('', '')).toBeUndefined()
    expect(passwordStrength('abc')).toBe('weak')
    expect(passwordStrength('abcdefg1')).toBe('fair')
    expect(passwordStrength('Blue-sky-2026')).toBe('strong')
  })

})

describe('countries', () => {
  it('names regions in the UI language and finds them by name, English name, code or calling code', () => {
    const zh = countryOptions('zh-CN')
    expect(zh.find((c) => c.code === 'CN')).toMatchObject({ name: '中国', callingCode: '86' })
    expect(filterCountries(zh, '+44').map((c) => c.code)).toContain('GB')
    expect(filterCountries(zh, 'germany').map((c) => c.code)).toEqual(['DE'])
    expect(filterCountries(zh, 'jp').map((c) => c.code)).toEqual(['JP'])
    expect(zh.length).toBeGreaterThan(200)
  })
})

describe('describeError', () => {
  const trace = '8d1f2c3a-0000-4000-8000-000000000000'
  it.each([
    [{ kind: 'business', code: 'LOGIN_REGISTERED', message: '' }, 'errors.alreadyRegistered', 'email'],
    [{ kind: 'business', code: 'CUSTOMER_API_0000107', message: '' }, 'errors.alreadyRegistered', 'email'],
    [{ kind: 'business', code: 'CUSTOMER_API_0000517', message: '', params: ['3'] }, 'errors.wrongCode', 'code'],
    [{ kind: 'business', code: 'CUSTOMER_API_0000511', message: '' }, 'errors.wrongCodeNoCount', 'code'],
    [{ kind: 'business', code: 'CUSTOMER_API_0000512', message: '' }, 'errors.codeUsedUp', 'code'],
    [{ kind: 'business', code: 'CUSTOMER_API_0000139', message: '' }, 'errors.passwordWeak', 'password'],
    [{ kind: 'business', code: 'CUSTOMER_API_0000624', message: '' }, 'errors.enterpriseNotAllowed', 'accountType'],
    [{ kind: 'business', code: 'CUSTOMER_API_0000312', message: '' }, 'errors.configuration', undefined],
    [{ kind: 'business', code: 'SOMETHING_NEW', message: 'Server says no' }, 'errors.business', undefined],
    [{ kind: 'timeout', code: 'TIMEOUT', message: '', trace }, 'errors.timeout', undefined],
    [{ kind: 'network', code: 'NETWORK_RESET', message: '', trace }, 'errors.network', undefined],
    [{ kind: 'http', code: 'HTTP_502', message: '', trace }, 'errors.server', undefined],
    [{ kind: 'bad-response', code: 'NOT_JSON', message: '', trace }, 'errors.badResponse', undefined],
    [{ kind: 'rate-limited', code: 'HTTP_429', message: '', retryAfterSeconds: 9 }, 'errors.rateLimited', undefined],
    [{ kind: 'state', code: 'NO_CODE_SENT', message: '' }, 'errors.noCodeSent', 'code'],
  ] as const)('%o → %s', (error, key, field) => {
    const view = describeError(error as never, 'email')
    expect(view.key).toBe(key)
    expect(view.field).toBe(field)
  })

  it('carries the trace, the wait and the tries left as params', () => {
    expect(describeError({ kind: 'timeout', code: 'TIMEOUT', message: '', trace }, 'email').params.trace).toBe(trace)
    expect(describeError({ kind: 'rate-limited', code: 'HTTP_429', message: '', retryAfterSeconds: 9 }, 'email').params.seconds).toBe(9)
    expect(describeError({ kind: 'business', code: 'CUSTOMER_API_0000518', message: '', params: ['2'] }, 'phone').params.left).toBe(2)
    expect(describeError({ kind: 'business', code: 'LOGIN_REGISTERED', message: '' }, 'phone').field).toBe('phone')
  })
})

describe('office network failures, in words, in every language', () => {
  it('names the untrusted host, and tells proxy, DNS and offline apart', async () => {
    const { createDeskI18n } = await import('../../../renderer/src/i18n')
    const { allMessages } = await import('../../support/messages')
    const error = { kind: 'network' as const, code: 'NETWORK_CERT_UNTRUSTED', message: 'x', trace: 't', params: ['api.broker.example'] }
    const view = describeError(error, 'email')
    for (const [locale, words] of [['en-US', 'The certificate of api.broker.example is not trusted'], ['zh-CN', '本机不信任 api.broker.example 的证书'], ['zh-HK', '本機不信任 api.broker.example 的證書']] as const) {
      const { t } = createDeskI18n(locale, allMessages).global
      expect(t(view.key, view.params)).toContain(words)
    }
    expect(describeError({ ...error, code: 'NETWORK_PROXY_REFUSED' }, 'email').key).toBe('errors.proxyRefused')
    expect(describeError({ ...error, code: 'NETWORK_PROXY_AUTH' }, 'email').key).toBe('errors.proxyAuth')
    expect(describeError({ ...error, code: 'NETWORK_DNS' }, 'email').key).toBe('errors.dns')
    expect(describeError({ ...error, code: 'NETWORK_OFFLINE' }, 'email').key).toBe('errors.offline')
    expect(describeError({ ...error, code: 'NETWORK_REFUSED' }, 'email').key).toBe('errors.network')
  })
})
