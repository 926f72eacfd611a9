import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { configFromEnv } from '../../../electron/main/config'
import { resolveConfig } from '../../../electron/main/office/resolve'
import { uiLanguages } from '@contract/languages'
import { allMessages } from '../../support/messages'

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

/** What a newcomer gets wrong first: each is a configuration problem naming the setting, worded in every UI language. */
describe('development settings that would otherwise be ignored in silence', () => {
  const missing = join(tmpdir(), 'no-such-folder-desk', 'office.json')
  it.each([
    ['DESK_OFFICE_FILE pointing at no file', { DESK_OFFICE_FILE: missing }, 'DESK_OFFICE_FILE', 'FILE_MISSING'],
    ['DESK_COMPANY_ID without DESK_API_URL', { DESK_COMPANY_ID: '123456' }, 'DESK_COMPANY_ID', 'NEEDS_API_URL'],
    ['an unknown DESK_DEFAULT_COUNTRY', { DESK_DEFAULT_COUNTRY: 'XX' }, 'DESK_DEFAULT_COUNTRY', 'COUNTRY_UNKNOWN'],
    ['an unknown DESK_DEFAULT_COUNTRY in lower case', { DESK_DEFAULT_COUNTRY: 'zz' }, 'DESK_DEFAULT_COUNTRY', 'COUNTRY_UNKNOWN'],
  ] as [string, Record<string, string>, string, 'FILE_MISSING' | 'NEEDS_API_URL' | 'COUNTRY_UNKNOWN'][])('%s', (_name, env, field, code) => {
    const folder = mkdtempSync(join(tmpdir(), 'office-'))
    const result = resolveConfig({ userFile: join(folder, 'none.json'), shippedFile: env.DESK_OFFICE_FILE }, env, false)
    expect(result).toMatchObject({ ok: false, problem: { field, code } })
    for (const language of uiLanguages) {
      const words = allMessages[language].configProblem.codes[code]
      expect(words, `${code} in ${language}`).toMatch(/\S{6,}/)
    }
  })

  it('a packaged app ignores DESK_OFFICE_FILE (its preset is the one inside app.asar)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'office-'))
    expect(resolveConfig({ userFile: join(folder, 'none.json') }, { DESK_OFFICE_FILE: missing }, true)).toMatchObject({ ok: true })
  })

  it('a known country passes, in the preset too; an unknown one there names the field', () => {
    expect(configFromEnv({ DESK_DEFAULT_COUNTRY: 'hk' }, false)).toMatchObject({ ok: true, config: { presets: { defaultCountry: 'HK' } } })
    const folder = mkdtempSync(join(tmpdir(), 'office-'))
    const shippedFile = join(folder, 'shipped.json')
    writeFileSync(shippedFile, JSON.stringify({ defaults: { country: 'ZZ' } }))
    expect(resolveConfig({ userFile: join(folder, 'none.json'), shippedFile }, {}, true)).toMatchObject({
      ok: false,
      problem: { field: 'office.json (installer): defaults.country', code: 'COUNTRY_UNKNOWN' },
    })
  })
})
