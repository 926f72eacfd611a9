import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { configFromEnv } from '../../../electron/main/config'
import { resolveConfig } from '../../../electron/main/office/resolve'

/** Problems carry their code from the rule that failed (the settings table's messages), never parsed from English. */
describe('configuration problem codes', () => {
  it.each([
    [{ DESK_API_URL: 'http://broker.example/api', DESK_COMPANY_ID: '1' }, 'HTTPS_REQUIRED'],
    [{ DESK_API_URL: 'nope', DESK_COMPANY_ID: '1' }, 'NOT_A_URL'],
    [{ DESK_API_URL: 'https://b.example/api', DESK_COMPANY_ID: 'acme' }, 'COMPANY_ID'],
    [{ DESK_API_URL: 'https://b.example/api' }, 'REQUIRED'],
    [{ DESK_LANG: 'fr' }, 'LANGUAGE'],
    [{ DESK_DEFAULT_COUNTRY: 'China' }, 'COUNTRY'],
    [{ DESK_TIMEOUT_MS: '5' }, 'NUMBER_RANGE'],
    [{ DESK_RESEND_SECONDS: 'soon' }, 'NUMBER_RANGE'],
    [{ DESK_FORWARDED_FOR: 'my-pc' }, 'INVALID_VALUE'],
  ])('%o → %s', (env, code) => {
    const result = configFromEnv(env, false)
    expect(result).toMatchObject({ ok: false, problem: { code } })
  })

  it.each([
    ['{ not json', 'NOT_JSON'],
    [{ surprise: true }, 'UNKNOWN_SETTING'],
    [{ registration: { surprise: 1 } }, 'UNKNOWN_SETTING'],
    [{ settingsPin: '1234' }, 'PIN_FORMAT'],
    [{ platform: { mode: 'remote', baseUrl: 'http://127.0.0.1:4100/api', companyId: '1' } }, 'HTTPS_REQUIRED'],
    [{ staffMode: { idleMinutes: 500 } }, 'NUMBER_RANGE'],
    [{ defaults: { language: 'fr-FR' } }, 'LANGUAGE'],
  ])('an installer preset %o → %s', (content, code) => {
    const folder = mkdtempSync(join(tmpdir(), 'office-'))
    const shippedFile = join(folder, 'shipped.json')
    writeFileSync(shippedFile, typeof content === 'string' ? content : JSON.stringify(content))
    expect(resolveConfig({ userFile: join(folder, 'none.json'), shippedFile }, {}, true)).toMatchObject({ ok: false, problem: { code } })
  })
})
