import { describe, expect, it } from 'vitest'
import { configFromEnv, defaultConfig, platformHost } from '../../../electron/main/config'

describe('configFromEnv', () => {
  it('defaults to the sandbox', () => {
    expect(configFromEnv({}, false)).toEqual({ ok: true, config: defaultConfig })
  })

  it('reads a remote platform and the optional settings', () => {
    const result = configFromEnv(
      {
        DESK_API_URL: 'https://api.broker.example/api/',
        DESK_COMPANY_ID: '123456',
        DESK_LANG: 'en-US',
        DESK_TIMEOUT_MS: '8000',
        DESK_FORWARDED_FOR: '203.0.113.5',
        DESK_COUNTRY_FORMAT: 'dictionary',
        DESK_PHONE_AREA_FORMAT: 'digits',
        DESK_DEFAULT_COUNTRY: 'gb',
        DESK_RESEND_SECONDS: '30',
      },
      false,
    )
    expect(result).toMatchObject({
      ok: true,
      config: {
        platform: { mode: 'remote', baseUrl: 'https://api.broker.example/api', companyId: '123456' },
        language: 'en-US',
        timeoutMs: 8000,
        forwardedFor: '203.0.113.5',
        formats: { country: 'dictionary', phoneArea: 'digits' },
        presets: { defaultCountry: 'GB', resendSeconds: 30 },
      },
    })
  })

  it.each([
    [{ DESK_API_URL: 'http://broker.example/api', DESK_COMPANY_ID: '1' }, 'DESK_API_URL', 'https'],
    [{ DESK_API_URL: 'not a url', DESK_COMPANY_ID: '1' }, 'DESK_API_URL', 'full URL'],
    [{ DESK_API_URL: 'https://b.example/api' }, 'DESK_COMPANY_ID', 'required'],
    [{ DESK_API_URL: 'https://b.example/api', DESK_COMPANY_ID: 'acme' }, 'DESK_COMPANY_ID', 'number'],
    [{ DESK_TIMEOUT_MS: '5' }, 'DESK_TIMEOUT_MS', '1000'],
    [{ DESK_LANG: 'fr-FR' }, 'DESK_LANG', 'zh-CN, zh-HK or en-US'],
    [{ DESK_FORWARDED_FOR: 'my-pc' }, 'DESK_FORWARDED_FOR', 'IPv4'],
  ])('names the bad setting: %o', (env, field, words) => {
    const result = configFromEnv(env, false)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problem.field).toBe(field)
      expect(result.problem.message).toContain(words)
    }
  })

  it('allows plain http only on loopback, for a local sandbox', () => {
    expect(configFromEnv({ DESK_API_URL: 'http://127.0.0.1:4100/api', DESK_COMPANY_ID: '1001' }, false).ok).toBe(true)
  })

  it('ignores the environment entirely when packaged', () => {
    expect(configFromEnv({ DESK_API_URL: 'https://evil.example/api', DESK_COMPANY_ID: '6' }, true)).toEqual({
      ok: true,
      config: defaultConfig,
    })
  })

  it('shows a host, never the company id or a path', () => {
    expect(platformHost({ mode: 'remote', baseUrl: 'https://api.broker.example:8443/api', companyId: '42' })).toBe('api.broker.example:8443')
    expect(platformHost({ mode: 'sandbox' }, 'http://127.0.0.1:4100')).toBe('127.0.0.1:4100')
  })
})
