import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { feedPinRefusal } from '../../../electron/main/network/exposure'
import { validatePreset } from '../../../scripts/package-office'
import { TEST_SETTINGS_PIN } from '../../support/office-pin'

/**
 * The update feed's host pinned whenever the platform's is (found by the attack3 review): with the platform pinned and
 * the feed not, the feed host is the one host a clerk's proxy and root can answer for, and where Chromium coalesces
 * HTTP/2 connections to hosts that share an address and a certificate, a connection to it could carry the platform's
 * requests past their pin. package:office refuses such a desk preset; the connection check's feed request goes out on
 * the updater's pinned session (updates-wiring.test.ts "the connection check asks the feed on the updater's…").
 */
const root = join(__dirname, '../../..')
const shanghai = () => ({ ...JSON.parse(readFileSync(join(root, 'resources/presets/office-shanghai.json'), 'utf8')), settingsPin: TEST_SETTINGS_PIN }) as Record<string, any>
const presetFile = (preset: Record<string, unknown>) => {
  const file = join(mkdtempSync(join(tmpdir(), 'feed-pins-')), 'office.json')
  writeFileSync(file, JSON.stringify(preset))
  return file
}
const withoutFeedPins = () => {
  const preset = shanghai()
  return { ...preset, network: { ...preset.network, pins: { platform: preset.network.pins.platform } } }
}

describe('the feed is pinned when the platform is', () => {
  it('package:office refuses a desk preset that pins the platform and updates itself without network.pins.updates', () => {
    expect(() => validatePreset(presetFile(withoutFeedPins()), ['windows'])).toThrow(/needs network\.pins\.updates too/)
    expect(() => validatePreset(presetFile(withoutFeedPins()), ['mac'])).toThrow(/needs network\.pins\.updates too/)
    expect(() => validatePreset(presetFile(shanghai()), ['windows'])).not.toThrow()
  })

  it('updates off, or a trader\'s own build, need no feed pins', () => {
    expect(() => validatePreset(presetFile({ ...withoutFeedPins(), updates: { policy: 'off' } }), ['windows'])).not.toThrow()
    expect(feedPinRefusal({ audience: 'self', platformPins: ['a'], updatePolicy: 'auto', updateFeedUrl: 'https://u.example/' })).toBeUndefined()
    expect(feedPinRefusal({ platformPins: ['a'], updateFeedUrl: 'https://u.example/' })).toMatch(/network\.pins\.updates/)
    expect(feedPinRefusal({ platformPins: ['a'], updateFeedUrl: 'https://u.example/', updatePins: ['b'] })).toBeUndefined()
  })
})
