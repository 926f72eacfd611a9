import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { officeSettingKeys, type OfficeOverrides } from '@contract/config-table'
import { configFromEnv } from '../../../electron/main/config'
import { createConfigSource } from '../../../electron/main/config-source'
import { createMemoryLogger } from '../../../electron/main/log'
import { OFFICE_SETTINGS_FILE, resolveConfig } from '../../../electron/main/office/resolve'
import { TEST_PIN, TEST_SETTINGS_PIN } from '../../support/office-pin'
import { testServices } from '../../support/services'

/** A packaged-style installation (environment ignored) whose preset lets the office change its settings behind a PIN. */
async function officeInstallation() {
  const folder = mkdtempSync(join(tmpdir(), 'desk-config-source-'))
  const shippedFile = join(folder, 'office.json')
  writeFileSync(shippedFile, JSON.stringify({ settingsPin: TEST_SETTINGS_PIN, staffMode: { enabled: true }, campaign: { utmSource: 'branch' } }))
  const log = createMemoryLogger()
  const resolve = () => resolveConfig({ userFile: join(folder, 'data', OFFICE_SETTINGS_FILE), shippedFile }, { DESK_DEFAULT_COUNTRY: 'FR' }, true, log)
  return testServices({ userDataDir: join(folder, 'data'), config: resolve(), reloadConfig: resolve })
}

describe('the configuration is one current value', () => {
  it('a save on the office screen reaches every reader of a changed value without a restart', async () => {
    const { services } = await officeInstallation()
    try {
      const h = services.handlers
      const before = await h['desk:app:info'](undefined)
      expect(before).toMatchObject({ ok: true, value: { defaultLanguage: 'zh-CN', presets: { defaultCountry: 'CN' }, staffMode: { idleMinutes: 3 } } })
      expect(await h['desk:campaign:get'](undefined)).toEqual({ ok: true, value: { values: { utmSource: 'branch' }, origin: 'office' } })

      // every setting an office may change (a new one fails to compile here until this test covers it)
      const changes: Required<OfficeOverrides> = { language: 'en-US', defaultCountry: 'JP', defaultPhoneArea: '81', campaign: { utmSource: 'spring' }, idleMinutes: 7 }
      expect(Object.keys(changes).sort()).toEqual([...officeSettingKeys].sort())
      expect(await h['desk:office:unlock'](TEST_PIN)).toEqual({ ok: true, value: null })
      const saved = await h['desk:office:save'](changes)

      const now = { defaultLanguage: 'en-US', presets: { defaultCountry: 'JP', defaultPhoneArea: '81' }, staffMode: { enabled: true, idleMinutes: 7 } }
      // the answer to the save, and the app info the window asks again (language, presets, the idle timeout)
      expect(saved).toMatchObject({ ok: true, value: now })
      expect(await h['desk:app:info'](undefined)).toMatchObject({ ok: true, value: now })
      // the platform calls' language (the client reads it per request)
      expect(services.app.language()).toBe('en-US')
      // the campaign a registration is attributed to
      expect(await h['desk:campaign:get'](undefined)).toEqual({ ok: true, value: { values: { utmSource: 'spring' }, origin: 'office' } })
      // the source every service reads
      expect(services.config.current()).toMatchObject({ language: 'en-US', presets: { defaultCountry: 'JP', defaultPhoneArea: '81' }, staff: { idleMinutes: 7 }, officeCampaign: { utmSource: 'spring' } })
      // the user's own language choice still wins over the office's default
      await h['desk:app:set-language']('zh-CN')
      expect(await h['desk:app:info'](undefined)).toMatchObject({ ok: true, value: { defaultLanguage: 'zh-CN' } })
      expect(services.app.language()).toBe('zh-CN')
    } finally {
      await services.close()
    }
  })

  it('trying a new resolution does not change the current value; only the office service hands one over', async () => {
    const good = configFromEnv({}, false)
    const problem = configFromEnv({ DESK_API_URL: 'ftp://nowhere' }, false)
    expect(problem.ok).toBe(false)
    const source = createConfigSource(good, () => problem)
    expect(source.resolve()).toBe(problem)
    expect(source.result()).toBe(good)
    expect(source.current()).toBe(good.ok ? good.config : undefined)
    source.replace(problem)
    expect(source.current()).toBeUndefined()

    // a save refused (no PIN given) changes nothing either
    const { services } = await officeInstallation()
    try {
      const before = services.config.result()
      expect(await services.handlers['desk:office:save']({ defaultCountry: 'JP' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
      expect(services.config.result()).toBe(before)
    } finally {
      await services.close()
    }
  })
})
