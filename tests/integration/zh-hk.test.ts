import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emailLogin, phoneLogin, platformHarness } from '../support/platform-harness'
import { simplifiedIn } from '../support/chinese-scripts'

/**
 * zh-HK end to end through main's real client and registration service against the strict sandbox (which fails the
 * test on any contract violation, an unknown `lang` included): the header and the body carry zh-HK, and what the
 * platform says comes back in Traditional Chinese.
 */
describe('Traditional Chinese (zh-HK) on the wire', () => {
  let h: Awaited<ReturnType<typeof platformHarness>>
  beforeAll(async () => {
    h = await platformHarness({ language: 'zh-HK' })
  })
  afterAll(() => h.close())

  const lastRequest = (endpoint: string) => h.sandbox.requests.filter((r) => r.endpoint === endpoint).at(-1)!

  it('by e-mail: lang zh-HK in the headers and the body, the KYC steps named in Traditional Chinese', async () => {
    const result = await h.service.register(await h.readyForm(emailLogin()))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(lastRequest('sendCode').headers['lang']).toBe('zh-HK')
    expect(lastRequest('register').headers['lang']).toBe('zh-HK')
    expect(lastRequest('register').body).toMatchObject({ lang: 'zh-HK' })
    const names = result.value.kycLevels.flatMap((l) => [l.levelName, l.pathName, ...l.elements.map((e) => e.name)])
    expect(names).toContain('基本資料')
    expect(names.flatMap(simplifiedIn)).toEqual([])
  })

  it('by a Hong Kong mobile number (+852): registered, and the pending-review message of an enterprise in Traditional', async () => {
    const form = await h.readyForm(phoneLogin('91234567', '852'), { country: 'HK' })
    expect(await h.service.register(form)).toMatchObject({ ok: true, value: { loginName: '+852 91234567' } })
    const enterprise = await h.service.register(await h.readyForm(emailLogin(), { openAccountType: 1 }))
    expect(enterprise).toMatchObject({ ok: true, value: { status: 'pending-review', message: '已收到您的申請，正等候人手審批' } })
  })

  it("the platform's errors come back in Traditional Chinese, with their parameters filled", async () => {
    const form = await h.readyForm(emailLogin())
    const wrong = await h.service.register({ ...form, verifyCode: form.verifyCode === '000000' ? '111111' : '000000' })
    expect(wrong).toMatchObject({ ok: false, error: { message: '電郵驗證碼錯誤，尚餘 4 次機會' } })
    // a number already registered, with main's own pre-check off so the platform answers it
    const noCheck = await platformHarness({ language: 'zh-HK', precheckLogin: false })
    try {
      const login = phoneLogin('61234567', '852')
      expect(await noCheck.service.register(await noCheck.readyForm(login, { country: 'HK' }))).toMatchObject({ ok: true })
      const again = await noCheck.service.register(await noCheck.readyForm(login, { country: 'HK' }))
      expect(again).toMatchObject({ ok: false, error: { code: 'CUSTOMER_API_0000106', message: '手機號碼 +852 61234567 已註冊' } })
    } finally {
      await noCheck.close()
    }
  })
})
