import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { displayLogin, maskLogin, normaliseLogin, recipientKey, wireLogin } from '@contract/login'
import { login } from '@contract/login-schema'

describe('the login, in one home', () => {
  it('is normalised where it is validated: email trimmed and lower-cased, area code digits only', () => {
    expect(v.parse(login, { method: 'email', email: '  Ann.Lee@Example.COM ' })).toEqual({ method: 'email', email: 'ann.lee@example.com' })
    expect(v.parse(login, { method: 'phone', phoneArea: '+86', phone: '13800000000' })).toEqual({ method: 'phone', phoneArea: '86', phone: '13800000000' })
    expect(normaliseLogin({ method: 'phone', phoneArea: '+44', phone: '7700900123' })).toEqual({ method: 'phone', phoneArea: '44', phone: '7700900123' })
  })

  it('refuses what is not a login', () => {
    for (const bad of [
      { method: 'email', email: 'not-an-email' },
      { method: 'phone', phoneArea: '+86 ', phone: '138' },
      { method: 'phone', phoneArea: '86', phone: '1380000000x' },
      { method: 'email', email: 'a@b.co', extra: 1 },
    ]) {
      expect(v.safeParse(login, bad).success).toBe(false)
    }
  })

  it('derives the recipient key (the platform toUser), the display form and the masked form from one value', () => {
    const phone = v.parse(login, { method: 'phone', phoneArea: '+86', phone: '13812340000' })
    const email = v.parse(login, { method: 'email', email: 'Wang.Fang@Example.cn' })
    expect(recipientKey(phone)).toBe('86 13812340000')
    expect(recipientKey(email)).toBe('wang.fang@example.cn')
    expect(displayLogin(phone)).toBe('+86 13812340000')
    expect(displayLogin(email)).toBe('wang.fang@example.cn')
    expect(maskLogin(phone)).toBe('+86 138****0000')
    expect(maskLogin({ method: 'phone', phoneArea: '44', phone: '7911123456' })).toBe('+44 791***3456')
    expect(maskLogin(email)).toBe('w***@example.cn')
  })

  it('goes on the wire as type, loginName and phoneArea in the configured format', () => {
    const phone = { method: 'phone', phoneArea: '86', phone: '13800000000' } as const
    expect(wireLogin(phone, 'plus')).toEqual({ type: 2, loginName: '13800000000', phoneArea: '+86' })
    expect(wireLogin(phone, 'digits')).toEqual({ type: 2, loginName: '13800000000', phoneArea: '86' })
    expect(wireLogin({ method: 'email', email: 'a@b.co' }, 'plus')).toEqual({ type: 1, loginName: 'a@b.co' })
  })
})

describe('the email rule', () => {
  it("is valibot's email() rule, written once for main's schema and the form", async () => {
    const { EMAIL_REGEX } = await import('valibot')
    const { emailPattern } = await import('@contract/login')
    expect(emailPattern.source).toBe(EMAIL_REGEX.source)
    expect(emailPattern.flags).toBe(EMAIL_REGEX.flags)
  })
})
