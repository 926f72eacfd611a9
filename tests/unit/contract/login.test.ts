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
    expect(maskLogin(phone)).toBe('+86 138******00')
    expect(maskLogin({ method: 'phone', phoneArea: '44', phone: '7911123456' })).toBe('+44 79******56')
    expect(maskLogin(email)).toBe('w***@example.cn')
  })

  // The platform's check-status is public: a masked line with its day and customer number must leave too many
  // candidates to try (the red team's finding: 3 of 8 digits hidden for Hong Kong, Macau and Singapore left 1,000)
  it('a masked phone leaves at least 10^6 numbers for every length, and a masked e-mail at least 36^5 names', () => {
    const hk = maskLogin({ method: 'phone', phoneArea: '852', phone: '91234567' })
    expect(hk).toBe('+852 ******67')
    expect(maskLogin({ method: 'phone', phoneArea: '853', phone: '66123456' })).toBe('+853 ******56')
    expect(maskLogin({ method: 'phone', phoneArea: '1', phone: '4155550123' })).toBe('+1 41******23')
    for (let length = 4; length <= 15; length++) {
      const phone = '9876543210987654'.slice(0, length)
      const masked = maskLogin({ method: 'phone', phoneArea: '852', phone })
      const hidden = (masked.match(/\*/g) ?? []).length
      // every digit is either shown where it is or hidden: the star count is the number of candidates' digits
      expect(masked.replace('+852 ', '')).toHaveLength(length)
      expect(10 ** hidden, `${masked}: ${10 ** hidden} candidates`).toBeGreaterThanOrEqual(Math.min(1e6, 10 ** length))
      expect(masked.replace(/\D/g, '').length - 3, `${masked} shows at most 5 digits`).toBeLessThanOrEqual(5)
    }
    for (const address of ['a@x.cn', 'ab@x.cn', 'wang@x.cn', 'wangf@x.cn', 'carol.customer@example.com']) {
      const [local = ''] = address.split('@')
      const masked = maskLogin({ method: 'email', email: address })
      const shown = masked.split('***')[0]!
      // a short name is hidden whole; a shown first character leaves at least five hidden behind it
      expect(shown === '' || local.length - shown.length >= 5, masked).toBe(true)
      expect(masked.endsWith(`***@${address.split('@')[1]}`)).toBe(true)
    }
    expect(maskLogin({ method: 'email', email: 'carol.customer@example.com' })).toBe('c***@example.com')
    expect(maskLogin({ method: 'email', email: 'wangf@x.cn' })).toBe('***@x.cn')
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
