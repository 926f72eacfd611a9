import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exampleSettingsPins } from '@contract/config-table'
import { makeSettingsPin, openPin, PIN_KDF, verifierFor, verifySigned } from '../../../electron/main/office/pin'
import { EXAMPLE_PIN } from '../../../electron/main/office/pin-strength'
import { createPinGate } from '../../../electron/main/office/pin-gate'
import { presetHashOf, readUserOverrides, resolveConfig, signedOverrides, type SettingsTrust } from '../../../electron/main/office/resolve'
import { createOfficeService } from '../../../electron/main/office/service'
import { createMemoryLogger } from '../../../electron/main/log'
import type { KeyValueStore } from '../../../electron/main/app/preferences'
import { TEST_PIN, TEST_SETTINGS_PIN } from '../../support/office-pin'

const memoryStore = (): KeyValueStore & { data: Record<string, unknown> } => {
  const data: Record<string, unknown> = {}
  return { data, get: (k) => data[k], set: (k, v) => void (data[k] = v), delete: (k) => void delete data[k], path: 'memory' }
}

describe('office PIN', () => {
  it('needs a strong PIN (pin-strength.test.ts); stores only a public verifier (scrypt 2^17 → Ed25519), never the PIN', async () => {
    await expect(makeSettingsPin('12345678')).rejects.toThrow(/at least 10/)
    await expect(makeSettingsPin(EXAMPLE_PIN)).rejects.toThrow(/example/)
    const stored = await makeSettingsPin('Lujiazui-01')
    expect(stored).toMatch(/^scrypt-ed25519\$17\$[0-9a-f]{32}\$[0-9a-f]{64}$/)
    expect(PIN_KDF.log2N).toBe(17)
    expect(stored).not.toContain('Lujiazui')
    expect(await openPin('Lujiazui-01', stored)).toBeDefined()
    expect(await openPin('Lujiazui-02', stored)).toBeUndefined()
    expect(await makeSettingsPin('Lujiazui-01')).not.toBe(stored) // a fresh salt each time
  })

  it('the example PIN of the documentation is the one the presets refuse', async () => {
    expect(exampleSettingsPins).toContain(await verifierFor(EXAMPLE_PIN, Buffer.from('example-salt-001')))
  })

  it('the opened PIN signs; only its verifier accepts the signature, and any change breaks it', async () => {
    const signer = (await openPin(TEST_PIN, TEST_SETTINGS_PIN))!
    const text = '{"campaign":{"utmSource":"branch"}}'
    const signature = signer.sign(text)
    expect(verifySigned(text, signature, TEST_SETTINGS_PIN)).toBe(true)
    expect(verifySigned(text.replace('branch', 'agent-x'), signature, TEST_SETTINGS_PIN)).toBe(false)
    const other = await makeSettingsPin('Another-PIN-9', undefined, 14)
    expect(verifySigned(text, signature, other)).toBe(false)
    expect(verifySigned(text, 'not a signature', TEST_SETTINGS_PIN)).toBe(false)
  })

  it('locks after 5 wrong PINs, doubles the lock with every further one, and the count survives a restart', async () => {
    let now = 0
    const store = memoryStore()
    const gate = () => createPinGate({ stored: () => TEST_SETTINGS_PIN, store, now: () => now })
    expect(await gate().unlock('wrong-pin-1')).toEqual({ ok: false, reason: 'wrong', attemptsLeft: 4 })
    for (let i = 0; i < 3; i++) await gate().unlock('wrong-pin-1') // a new gate each time: a restart
    expect(await gate().unlock('wrong-pin-1')).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: 60 })
    expect(await gate().unlock(TEST_PIN)).toMatchObject({ ok: false, reason: 'locked' })
    now += 61_000
    expect(await gate().unlock('wrong-pin-1')).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: 120 })
    now += 121_000
    const g = gate()
    expect(await g.unlock(TEST_PIN)).toEqual({ ok: true })
    expect(g.isOpen()).toBe(true)
    expect(store.data.pinLockout).toEqual({ failures: 0, lockedUntil: 0 })
    now += 601_000
    expect(g.isOpen()).toBe(false)
    expect(g.signer()).toBeUndefined()
    expect(await createPinGate({ stored: () => undefined, store }).unlock(TEST_PIN)).toEqual({ ok: false, reason: 'no-pin' })
  })
})

const trust = (shippedFile: string): SettingsTrust => ({ settingsPin: TEST_SETTINGS_PIN, office: 'SH-01', presetHash: presetHashOf(shippedFile) })

describe('office settings on this PC: signed with the PIN, ignored when anyone else wrote them', () => {
  const setup = () => {
    const folder = mkdtempSync(join(tmpdir(), 'office-svc-'))
    const shippedFile = join(folder, 'shipped.json')
    writeFileSync(shippedFile, JSON.stringify({ settingsPin: TEST_SETTINGS_PIN, office: { code: 'SH-01', name: 'Lujiazui' }, staffMode: { enabled: true }, campaign: { utmSource: 'branch' } }))
    const userFile = join(folder, 'office-settings.json')
    const seen: unknown[] = []
    const log = createMemoryLogger()
    const office = createOfficeService({
      userFile,
      gate: createPinGate({ stored: () => TEST_SETTINGS_PIN, store: memoryStore() }),
      trust: () => trust(shippedFile),
      resolve: () => resolveConfig({ userFile, shippedFile }, {}, true, log),
      current: () => {
        const c = resolveConfig({ userFile, shippedFile }, {}, true, log)
        return c.ok ? c.config : undefined
      },
      onConfig: (c) => seen.push(c),
    })
    return { office, userFile, shippedFile, seen, log }
  }

  it('refuses to read or write while locked', () => {
    const { office, userFile } = setup()
    expect(office.values()).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(office.save({ defaultCountry: 'JP' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(existsSync(userFile)).toBe(false)
  })

  it('after the PIN, saves signed overrides and hands the new configuration over', async () => {
    const { office, userFile, shippedFile, seen } = setup()
    expect(await office.unlock('Branch-0000')).toMatchObject({ ok: false, error: { code: 'WRONG_PIN', params: ['4'] } })
    expect(await office.unlock(TEST_PIN)).toEqual({ ok: true, value: null })
    expect(office.save({ defaultCountry: 'JP', idleMinutes: 7, campaign: { utmSource: 'spring' } })).toEqual({ ok: true, value: null })
    const file = JSON.parse(readFileSync(userFile, 'utf8'))
    expect(JSON.parse(file.payload)).toEqual({
      scope: { office: 'SH-01', preset: presetHashOf(shippedFile), counter: 1 },
      settings: { defaults: { country: 'JP' }, staffMode: { idleMinutes: 7 }, campaign: { utmSource: 'spring' } },
    })
    expect(verifySigned(file.payload, file.signature, TEST_SETTINGS_PIN)).toBe(true)
    expect(seen.at(-1)).toMatchObject({ ok: true, config: { presets: { defaultCountry: 'JP' }, staff: { idleMinutes: 7 }, officeCampaign: { utmSource: 'spring' } } })
    expect(office.values()).toMatchObject({ ok: true, value: { saved: { defaultCountry: 'JP', idleMinutes: 7, campaign: { utmSource: 'spring' } } } })
  })

  it('shows what is in effect and where each value comes from: this PC, the installer, or the app', async () => {
    const { office } = setup()
    await office.unlock(TEST_PIN)
    // before anything is saved here: the installer's campaign is in effect, the rest are the app's defaults
    expect(office.values()).toEqual({
      ok: true,
      value: {
        saved: {},
        inEffect: { language: 'zh-CN', defaultCountry: 'CN', campaign: { utmSource: 'branch' }, idleMinutes: 3 },
        sources: { language: 'app', defaultCountry: 'app', defaultPhoneArea: 'app', campaign: 'installer', idleMinutes: 'app' },
      },
    })
    office.save({ idleMinutes: 9 })
    expect(office.values()).toMatchObject({
      ok: true,
      value: { saved: { idleMinutes: 9 }, inEffect: { idleMinutes: 9, campaign: { utmSource: 'branch' } }, sources: { idleMinutes: 'this-pc', campaign: 'installer' } },
    })
  })

  it('a hand-edited file (changed payload, a plain office.json, a foreign signature) changes nothing and is logged', async () => {
    const { office, userFile, shippedFile, log } = setup()
    await office.unlock(TEST_PIN)
    office.save({ campaign: { utmSource: 'spring' } })
    const file = JSON.parse(readFileSync(userFile, 'utf8'))
    const tampered = [
      { ...file, payload: file.payload.replace('spring', 'agent-x') },
      { defaults: { country: 'JP' }, campaign: { utmSource: 'agent-x' } },
      { payload: JSON.stringify({ campaign: { utmSource: 'agent-x' } }), signature: file.signature },
      'not json',
    ]
    for (const content of tampered) {
      writeFileSync(userFile, typeof content === 'string' ? content : JSON.stringify(content))
      const result = resolveConfig({ userFile, shippedFile }, {}, true, log)
      expect(result).toMatchObject({ ok: true, config: { officeCampaign: { utmSource: 'branch' }, presets: { defaultCountry: 'CN' } } })
    }
    expect(log.lines.filter((l) => l.includes('office.settings-untrusted'))).toHaveLength(4)
    const noPin = { ...trust(shippedFile), settingsPin: undefined }
    expect(readUserOverrides(userFile, noPin)).toMatchObject({ ok: true, values: {} })
  })

  it('a file signed with the same PIN for another office, under another preset, or without its scope is ignored and logged', async () => {
    const { userFile, shippedFile, log } = setup()
    const signer = (await openPin(TEST_PIN, TEST_SETTINGS_PIN))!
    const hash = presetHashOf(shippedFile)
    const values = { campaign: { utmSource: 'agent-x' } }
    const files = [
      signedOverrides(values, signer.sign, new Date(), { office: 'BJ-02', preset: hash, counter: 9 }),
      signedOverrides(values, signer.sign, new Date(), { office: 'SH-01', preset: 'ab'.repeat(32), counter: 9 }),
      (() => {
        const payload = JSON.stringify({ campaign: { utmSource: 'agent-x' } }) // the old shape: settings alone
        return JSON.stringify({ payload, signature: signer.sign(payload) })
      })(),
    ]
    for (const content of files) {
      writeFileSync(userFile, content)
      expect(resolveConfig({ userFile, shippedFile }, {}, true, log)).toMatchObject({ ok: true, config: { officeCampaign: { utmSource: 'branch' } } })
    }
    const reasons = log.lines.map((l) => JSON.parse(l)).filter((l) => l.event === 'office.settings-untrusted').map((l) => l.reason)
    expect(reasons).toEqual(['saved for another office', 'saved under another preset', 'no office, preset and counter inside the signature'])
    // the same file is this office's once the scope is right
    writeFileSync(userFile, signedOverrides(values, signer.sign, new Date(), { office: 'SH-01', preset: hash, counter: 9 }))
    expect(resolveConfig({ userFile, shippedFile }, {}, true, log)).toMatchObject({ ok: true, config: { officeCampaign: { utmSource: 'agent-x' } } })
  })

  it('an older signed file put back is a rollback: logged and refused, since this PC keeps the last counter it saw', async () => {
    const { office, userFile, shippedFile, log } = setup()
    await office.unlock(TEST_PIN)
    expect(office.save({ campaign: { utmSource: 'spring', agentCode: 'A-OLD' } })).toEqual({ ok: true, value: null })
    const older = readFileSync(userFile, 'utf8')
    expect(office.save({ campaign: { utmSource: 'summer' } })).toEqual({ ok: true, value: null })
    expect(JSON.parse(JSON.parse(readFileSync(userFile, 'utf8')).payload).scope.counter).toBe(2)
    writeFileSync(userFile, older)
    const result = resolveConfig({ userFile, shippedFile }, {}, true, log)
    expect(result).toMatchObject({ ok: true, config: { officeCampaign: { utmSource: 'branch' } } })
    expect(log.lines.map((l) => JSON.parse(l)).filter((l) => l.event === 'office.settings-rollback')).toEqual([
      expect.objectContaining({ level: 'warn', reason: 'an older file (1; this PC has seen 2)' }),
    ])
    // the next save goes on from the newest counter
    expect(office.save({ campaign: { utmSource: 'autumn' } })).toEqual({ ok: true, value: null })
    expect(JSON.parse(JSON.parse(readFileSync(userFile, 'utf8')).payload).scope.counter).toBe(3)
  })
})
