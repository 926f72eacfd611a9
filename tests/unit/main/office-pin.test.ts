import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { exampleSettingsPins } from '@contract/config-table'
import { EXAMPLE_PIN, makeSettingsPin, openPin, PIN_KDF, verifierOf, verifySigned } from '../../../electron/main/office/pin'
import { createPinGate } from '../../../electron/main/office/pin-gate'
import { readUserOverrides, resolveConfig } from '../../../electron/main/office/resolve'
import { createOfficeService } from '../../../electron/main/office/service'
import { createMemoryLogger } from '../../../electron/main/log'
import type { KeyValueStore } from '../../../electron/main/app/preferences'
import { TEST_PIN, TEST_SETTINGS_PIN } from '../../support/office-pin'

const memoryStore = (): KeyValueStore & { data: Record<string, unknown> } => {
  const data: Record<string, unknown> = {}
  return { data, get: (k) => data[k], set: (k, v) => void (data[k] = v), delete: (k) => void delete data[k], path: 'memory' }
}

const root = resolve(__dirname, '../../..')

describe('office PIN', () => {
  it('needs at least 8 characters; stores only a public verifier (scrypt 2^17 → Ed25519), never the PIN', async () => {
    await expect(makeSettingsPin('1234567')).rejects.toThrow(/at least 8/)
    const stored = await makeSettingsPin('Lujiazui-01')
    expect(stored).toMatch(/^scrypt-ed25519\$17\$[0-9a-f]{32}\$[0-9a-f]{64}$/)
    expect(PIN_KDF.log2N).toBe(17)
    expect(stored).not.toContain('Lujiazui')
    expect(await openPin('Lujiazui-01', stored)).toBeDefined()
    expect(await openPin('Lujiazui-02', stored)).toBeUndefined()
    expect(await makeSettingsPin('Lujiazui-01')).not.toBe(stored) // a fresh salt each time
  })

  it('the example PIN of the documentation is the one the presets refuse, and is refused where a PIN is made', async () => {
    expect(exampleSettingsPins).toContain(await verifierOf(EXAMPLE_PIN, Buffer.from('example-salt-001')))
    await expect(makeSettingsPin(EXAMPLE_PIN)).rejects.toThrow(/documented example \(Example-2026\)/)
    await expect(makeSettingsPin(' example-2026 ')).rejects.toThrow(/documented example/)
    // typed into npm run office:pin (piped, as the README shows): refused with the reason, no verifier printed
    const typed = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/office-pin.ts'], {
      cwd: root,
      input: `${EXAMPLE_PIN}\n`,
      encoding: 'utf8',
    })
    expect(typed.status).toBe(2)
    expect(typed.stderr.trim()).toBe('The office PIN is the documented example (Example-2026): choose one of your own')
    expect(typed.stdout).not.toContain('scrypt-ed25519')
  }, 30_000)

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

describe('office settings on this PC: signed with the PIN, ignored when anyone else wrote them', () => {
  const setup = () => {
    const folder = mkdtempSync(join(tmpdir(), 'office-svc-'))
    const shippedFile = join(folder, 'shipped.json')
    writeFileSync(shippedFile, JSON.stringify({ settingsPin: TEST_SETTINGS_PIN, staffMode: { enabled: true }, campaign: { utmSource: 'branch' } }))
    const userFile = join(folder, 'office-settings.json')
    const seen: unknown[] = []
    const log = createMemoryLogger()
    const office = createOfficeService({
      userFile,
      gate: createPinGate({ stored: () => TEST_SETTINGS_PIN, store: memoryStore() }),
      settingsPin: () => TEST_SETTINGS_PIN,
      resolve: () => resolveConfig({ userFile, shippedFile }, {}, true, log),
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
    const { office, userFile, seen } = setup()
    expect(await office.unlock('Branch-0000')).toMatchObject({ ok: false, error: { code: 'WRONG_PIN', params: ['4'] } })
    expect(await office.unlock(TEST_PIN)).toEqual({ ok: true, value: null })
    expect(office.save({ defaultCountry: 'JP', idleMinutes: 7, campaign: { utmSource: 'spring' } })).toEqual({ ok: true, value: null })
    const file = JSON.parse(readFileSync(userFile, 'utf8'))
    expect(JSON.parse(file.payload)).toEqual({ defaults: { country: 'JP' }, staffMode: { idleMinutes: 7 }, campaign: { utmSource: 'spring' } })
    expect(verifySigned(file.payload, file.signature, TEST_SETTINGS_PIN)).toBe(true)
    expect(seen.at(-1)).toMatchObject({ ok: true, config: { presets: { defaultCountry: 'JP' }, staff: { idleMinutes: 7 }, officeCampaign: { utmSource: 'spring' } } })
    expect(office.values()).toEqual({ ok: true, value: { defaultCountry: 'JP', idleMinutes: 7, campaign: { utmSource: 'spring' } } })
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
    expect(readUserOverrides(userFile, undefined).ok && readUserOverrides(userFile, undefined)).toMatchObject({ values: {} })
  })
})
