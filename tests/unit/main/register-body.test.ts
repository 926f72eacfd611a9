import { describe, expect, it } from 'vitest'
import { buildHeaders } from '../../../electron/main/platform/headers'
import * as v from 'valibot'
import { login } from '@contract/login-schema'
import { formatCountry, formatPhoneArea } from '@contract/platform'
import { buildRegisterBody, md5Hex, type RegisterContext, type RegisterFacts } from '../../../electron/main/platform/register-body'
import { idempotencyKey } from '../../../electron/main/registration/service'

const ctx: RegisterContext = {
  sendToken: 'tok',
  registerSource: 7,
  registerDevice: 'Windows 10.0.22631 x64',
  lang: 'zh-CN',
  formats: { country: 'alpha2', phoneArea: 'plus' },
}
// the login as main's schema hands it on: validated and normalised (login.test.ts)
const email: RegisterFacts = { login: v.parse(login, { method: 'email', email: ' Ann@Example.COM ' }), country: 'cn', verifyCode: '123456', openAccountType: 0 }

describe('md5Hex', () => {
  it('is lowercase hex MD5 of the UTF-8 text', () => {
    expect(md5Hex('password')).toBe('5f4dcc3b5aa765d61d8327deb882cf99')
    expect(md5Hex('密码Pass1')).toMatch(/^[0-9a-f]{32}$/)
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e')
  })
})

describe('buildRegisterBody', () => {
  it('builds the minimal email body with integers as numbers and no empty optionals', () => {
    const body = buildRegisterBody(email, ctx)
    expect(body).toEqual({
      country: 'CN',
      loginName: 'ann@example.com',
      type: 1,
      verifyCode: '123456',
      sendToken: 'tok',
      registerSource: 7,
      lang: 'zh-CN',
      openAccountType: 0,
      registerDevice: 'Windows 10.0.22631 x64',
    })
    expect(body).not.toHaveProperty('phoneArea')
    expect(body).not.toHaveProperty('pwd')
  })

  it('builds a phone body with +area, hashed password, campaign, agent and group', () => {
    const body = buildRegisterBody(
      {
        login: { method: 'phone', phoneArea: '44', phone: '7700900123' },
        country: 'GB',
        verifyCode: '000111',
        password: 'S3cure-pass',
        openAccountType: 1,
        customerGroupId: 2,
        tradeTypes: [{ tradeType: '5', allCurrency: 'USDT,USD' }],
        campaign: { utmSource: ' partner-x ', utmMedium: '', utmCampaign: 'spring' },
        agent: { code: 'AG-7', source: 'agent' },
      },
      ctx,
    )
    expect(body).toMatchObject({
      loginName: '7700900123',
      type: 2,
      phoneArea: '+44',
      pwd: md5Hex('S3cure-pass'),
      openAccountType: 1,
      customerGroupId: 2,
      tradeTypeCurrencyList: [{ tradeType: '5', allCurrency: 'USDT,USD' }],
      utmSource: 'partner-x',
      utmCampaign: 'spring',
      thirdServerCode: 'AG-7',
      thirdServerSource: 'agent',
    })
    expect(body).not.toHaveProperty('utmMedium')
    expect(JSON.stringify(body)).not.toContain('S3cure-pass')
  })

  it('writes country and area in the configured wire formats', () => {
    expect(formatCountry('cn', 'alpha2')).toBe('CN')
    expect(formatCountry('CN', 'dictionary')).toBe('ISO_3166_156')
    expect(formatCountry('US', 'dictionary')).toBe('ISO_3166_840')
    expect(formatPhoneArea('+86', 'digits')).toBe('86')
    expect(formatPhoneArea('86', 'plus')).toBe('+86')
  })
})

describe('buildHeaders', () => {
  it('has the common headers and the register-only ones only when given', () => {
    const common = buildHeaders({ companyId: '42', lang: 'en-US', trace: 'tr' })
    expect(common).toEqual({
      'Content-Type': 'application/json',
      Accept: 'application/json',
      version: '0.0.1',
      companyId: '42',
      trace: 'tr',
      lang: 'en-US',
    })
    const register = buildHeaders({ companyId: '42', lang: 'en-US', trace: 'tr', forwardedFor: '10.1.2.3', idempotencyKey: 'k' })
    expect(register['X-Forwarded-For']).toBe('10.1.2.3')
    expect(register['idempotency-key']).toBe('k')
  })
})

describe('idempotencyKey', () => {
  const body = buildRegisterBody(email, ctx)
  it('is stable for a retry of the same submission and changes with the form or its content', () => {
    const form = '2f1c7a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b'
    expect(idempotencyKey(form, body)).toBe(idempotencyKey(form, { ...body }))
    expect(idempotencyKey(form, body)).not.toBe(idempotencyKey(form, { ...body, verifyCode: '654321' }))
    expect(idempotencyKey(form, body)).not.toBe(idempotencyKey('9f1c7a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b', body))
    expect(idempotencyKey(form, body)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  })
})
