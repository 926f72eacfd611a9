import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { md5Hex } from '../../electron/main/platform/register-body'
import { emailLogin, phoneLogin, platformHarness } from '../support/platform-harness'

describe('registration flows: real client against the real sandbox over HTTP', () => {
  let h: Awaited<ReturnType<typeof platformHarness>>
  beforeAll(async () => {
    h = await platformHarness()
  })
  afterAll(() => h.close())

  it('email: check, send, register → customer number and KYC levels', async () => {
    const login = emailLogin()
    const form = await h.readyForm(login)
    const result = await h.service.register(form)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value).toMatchObject({ status: 'registered', method: 'email', loginName: login.method === 'email' && login.email, passwordSet: false })
    expect(result.value.customerNo).toMatch(/^\d{7,}$/)
    expect(result.value.kycLevels.map((l) => l.levelCode)).toEqual(['L1', 'L2', 'L3'])
    expect(result.value.kycLevels[0]!.elements.length).toBeGreaterThan(0)
    const customer = h.sandbox.platform.state.data.customers.find((c) => c.customerNo === result.value.customerNo)
    expect(customer).toMatchObject({ type: 1, registerSource: 7, country: 'CN' })
  })

  it('phone with a non-+86 area and a password: hashed on the wire, set on the account', async () => {
    const login = phoneLogin('7700900123', '44')
    const form = await h.readyForm(login, { country: 'GB', password: 'Str0ng-Pass' })
    const result = await h.service.register(form)
    expect(result).toMatchObject({ ok: true, value: { status: 'registered', loginName: '+44 7700900123', passwordSet: true } })
    const sent = h.sandbox.requests.filter((r) => r.endpoint === 'register').at(-1)!
    expect(sent.body).toMatchObject({ type: 2, loginName: '7700900123', phoneArea: '+44', pwd: md5Hex('Str0ng-Pass') })
    expect(sent.rawBody).not.toContain('Str0ng-Pass')
    const smsSend = h.sandbox.requests.filter((r) => r.endpoint === 'sendCode').at(-1)!
    expect(smsSend.body).toMatchObject({ bizType: 'SMS_REGISTER_VERIFICATION_CODE', toUser: '44 7700900123', country: 'GB' })
  })

  it('enterprise (openAccountType 1) goes to manual review with the enterprise KYC levels', async () => {
    const form = await h.readyForm(emailLogin(), { openAccountType: 1 })
    const result = await h.service.register(form)
    expect(result).toMatchObject({ ok: true, value: { status: 'pending-review', openAccountType: 1 } })
    if (result.ok) expect(result.value.kycLevels.map((l) => l.levelCode)).toEqual(['E1', 'E2', 'E3'])
  })

  it('carries UTM and agent fields exactly, omitting the empty ones', async () => {
    h.setCampaign({ utmSource: 'partner-x', utmCampaign: 'spring-promo', utmTerm: '', agentCode: 'AG-0042' })
    const form = await h.readyForm(emailLogin())
    const result = await h.service.register(form)
    h.setCampaign({})
    expect(result).toMatchObject({ ok: true, value: { campaign: { utmSource: 'partner-x', utmCampaign: 'spring-promo', agentCode: 'AG-0042' } } })
    const body = h.sandbox.requests.filter((r) => r.endpoint === 'register').at(-1)!.body as Record<string, unknown>
    expect(body).toMatchObject({ utmSource: 'partner-x', utmCampaign: 'spring-promo', thirdServerCode: 'AG-0042', thirdServerSource: 'agent' })
    expect(body).not.toHaveProperty('utmTerm')
    expect(body).not.toHaveProperty('utmMedium')
  })

  it('a wrong code answers the wrong-code code with tries left; the right one then registers', async () => {
    const form = await h.readyForm(emailLogin())
    const wrong = form.verifyCode === '000000' ? '111111' : '000000'
    const first = await h.service.register({ ...form, verifyCode: wrong })
    expect(first).toMatchObject({ ok: false, error: { kind: 'business', code: 'CUSTOMER_API_0000517', message: expect.stringContaining('4') } })
    const second = await h.service.register(form)
    expect(second).toMatchObject({ ok: true, value: { status: 'registered' } })
  })

  it('five wrong codes invalidate the ticket: "send a new code"', async () => {
    const form = await h.readyForm(phoneLogin())
    const wrong = form.verifyCode === '000000' ? '111111' : '000000'
    const codes: string[] = []
    for (let i = 0; i < 5; i++) {
      const r = await h.service.register({ ...form, verifyCode: wrong })
      if (!r.ok) codes.push(r.error.code)
    }
    expect(codes).toEqual([...Array(4).fill('CUSTOMER_API_0000518'), 'CUSTOMER_API_0000512'])
    const after = await h.service.register(form)
    expect(after).toMatchObject({ ok: false, error: { kind: 'state', code: 'NO_CODE_SENT' } })
  })

  it('a used token cannot register again, and an already registered login is stopped before sending', async () => {
    const login = emailLogin()
    const form = await h.readyForm(login)
    expect((await h.service.register(form)).ok).toBe(true)
    // the ticket is gone on our side; on the platform's side the token is used
    const reuse = await h.client.register(
      { country: 'CN', loginName: login.method === 'email' ? login.email : '', type: 1, verifyCode: form.verifyCode, sendToken: 'deadbeef', registerSource: 7 },
      'another-key',
    )
    expect(reuse).toMatchObject({ ok: false, error: { code: 'CUSTOMER_API_0000107' } })
    const again = await h.service.sendCode(login, 'CN')
    expect(again).toMatchObject({ ok: false, error: { kind: 'business', code: 'LOGIN_REGISTERED' } })
  })

  it('a token used up on the platform answers CUSTOMER_API_0000512', async () => {
    const login = emailLogin()
    const sent = await h.client.sendCode({ channel: 'email', toUser: login.method === 'email' ? login.email : '', country: 'CN' })
    expect(sent.ok).toBe(true)
    if (!sent.ok) return
    const body = { country: 'CN', loginName: login.method === 'email' ? login.email : '', type: 1 as const, verifyCode: h.codeFor(login), sendToken: sent.value.sendToken, registerSource: 7 }
    expect((await h.client.register(body, 'k-1')).ok).toBe(true)
    const other = emailLogin()
    const reuse = await h.client.register({ ...body, loginName: other.method === 'email' ? other.email : '' }, 'k-2')
    expect(reuse).toMatchObject({ ok: false, error: { kind: 'business', code: 'CUSTOMER_API_0000512' } })
  })

  it('a duplicate registration without the pre-check gives the documented duplicate codes', async () => {
    const noCheck = await platformHarness({ precheckLogin: false })
    try {
      const email = emailLogin()
      expect((await noCheck.service.register(await noCheck.readyForm(email))).ok).toBe(true)
      const dup = await noCheck.service.register(await noCheck.readyForm(email))
      expect(dup).toMatchObject({ ok: false, error: { code: 'CUSTOMER_API_0000107', message: expect.stringContaining('@example.com') } })
      const phone = phoneLogin()
      expect((await noCheck.service.register(await noCheck.readyForm(phone))).ok).toBe(true)
      const dupPhone = await noCheck.service.register(await noCheck.readyForm(phone))
      expect(dupPhone).toMatchObject({ ok: false, error: { code: 'CUSTOMER_API_0000106' } })
    } finally {
      await noCheck.close()
    }
  })

  it('the server message follows the lang header', async () => {
    h.setLanguage('zh-CN')
    try {
      const form = await h.readyForm(emailLogin())
      const r = await h.service.register({ ...form, verifyCode: form.verifyCode === '000000' ? '111111' : '000000' })
      expect(r).toMatchObject({ ok: false, error: { message: '邮箱验证码错误，还可尝试 4 次' } })
    } finally {
      h.setLanguage('en-US')
    }
  })

  it('a weak password is refused with CUSTOMER_API_0000139', async () => {
    const form = await h.readyForm(emailLogin(), { password: '12345678' })
    expect(await h.service.register(form)).toMatchObject({ ok: false, error: { code: 'CUSTOMER_API_0000139' } })
  })

  it('the office rules are main\'s: an account type or group the preset does not allow are refused before any request', async () => {
    const office = await platformHarness({ presets: { accountTypes: [0], groups: [{ id: 2 }] } })
    try {
      const before = office.sandbox.requests.filter((r) => r.endpoint === 'register').length
      const enterprise = await office.service.register(await office.readyForm(emailLogin(), { openAccountType: 1 }))
      expect(enterprise).toMatchObject({ ok: false, error: { kind: 'state', code: 'ACCOUNT_TYPE_NOT_ALLOWED' } })
      const otherGroup = await office.service.register(await office.readyForm(emailLogin(), { customerGroupId: 1 }))
      expect(otherGroup).toMatchObject({ ok: false, error: { code: 'GROUP_NOT_ALLOWED' } })
      expect(office.sandbox.requests.filter((r) => r.endpoint === 'register')).toHaveLength(before)
      expect(await office.service.register(await office.readyForm(emailLogin(), { customerGroupId: 2 }))).toMatchObject({ ok: true })
    } finally {
      await office.close()
    }
  })
})
