import { describe, expect, it } from 'vitest'
import { problemCode } from '../../../electron/main/config-problem'
import { configFromEnv } from '../../../electron/main/config'

describe('configuration problem codes', () => {
  it.each([
    [{ DESK_API_URL: 'http://broker.example/api', DESK_COMPANY_ID: '1' }, 'HTTPS_REQUIRED'],
    [{ DESK_API_URL: 'nope', DESK_COMPANY_ID: '1' }, 'NOT_A_URL'],
    [{ DESK_API_URL: 'https://b.example/api', DESK_COMPANY_ID: 'acme' }, 'COMPANY_ID'],
    [{ DESK_API_URL: 'https://b.example/api' }, 'REQUIRED'],
    [{ DESK_LANG: 'fr' }, 'LANGUAGE'],
    [{ DESK_DEFAULT_COUNTRY: 'China' }, 'COUNTRY'],
    [{ DESK_TIMEOUT_MS: '5' }, 'NUMBER_RANGE'],
  ])('%o → %s', (env, code) => {
    const result = configFromEnv(env, false)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(problemCode(result.problem.message)).toBe(code)
  })

  it('knows the file problems and falls back to a generic kind', () => {
    expect(problemCode('is not valid JSON (Unexpected token)')).toBe('NOT_JSON')
    expect(problemCode('is not a known setting')).toBe('UNKNOWN_SETTING')
    expect(problemCode('something new')).toBe('INVALID_VALUE')
  })
})
