import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../../electron/main/log'
import { publisherTooWeak } from '../../electron/main/updates/publisher-check'
import { createOfficeUpdater, UpdatesRefused } from '../../electron/main/updates/updater'
import { validatePreset } from '../../scripts/package-office'
import { TEST_SETTINGS_PIN } from '../support/office-pin'
import { testApp, TEST_RELEASE } from '../support/update-feed'
import { closeFeeds, ownFeed } from '../support/update-service'

/**
 * A subject-only publisher on a desk PC (found by the attack3 review): Get-AuthenticodeSignature runs as the clerk, and
 * Windows trusts the clerk's own per-user root store too, so a certificate the clerk issues under a root of their own
 * with exactly the broker's subject would pass. A Windows desk build that updates itself must pin the certificate by
 * its SHA-256 thumbprints: package:office refuses a subject-only publisher, and the app does not update on one.
 */
const root = resolve(__dirname, '../..')
const shanghai = () => ({ ...JSON.parse(readFileSync(join(root, 'resources/presets/office-shanghai.json'), 'utf8')), settingsPin: TEST_SETTINGS_PIN })
const subject = 'CN=Broker Example Ltd, O=Broker Example Ltd, L=Hong Kong, C=HK'
const thumbprint = '70069CD8A247A31839975191F9620A8DC4B1D49B2438E60AA0B62CA2A1ECCEDF'

function presetFile(preset: Record<string, unknown>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'thumb-')), 'office.json')
  writeFileSync(file, JSON.stringify(preset))
  return file
}

afterEach(closeFeeds)

describe('a Windows desk build pins its publisher by thumbprint', () => {
  it('package:office refuses a subject-only publisher for a Windows desk build, and says why', () => {
    const preset = shanghai()
    const file = presetFile({ ...preset, updates: { ...preset.updates, publisher: { subject } } })
    expect(() => validatePreset(file, ['windows'])).toThrow(/needs updates\.publisher\.sha256 .* a certificate a clerk issues under a root of their own/)
    // macOS has no such check (Squirrel.Mac checks the app's own signature); updates off need no publisher at all
    expect(() => validatePreset(file, ['mac'])).not.toThrow()
    expect(() => validatePreset(presetFile({ ...preset, updates: { policy: 'off' } }), ['windows'])).not.toThrow()
    // with thumbprints (alone or with the subject) it packages
    expect(() => validatePreset(presetFile({ ...preset, updates: { ...preset.updates, publisher: { sha256: [thumbprint] } } }), ['windows'])).not.toThrow()
    expect(() => validatePreset(presetFile(preset), ['windows'])).not.toThrow()
  })

  it('a trader\'s own build may name the subject alone (only the trader can add a root on that PC)', () => {
    expect(publisherTooWeak({ subject }, 'self')).toBeUndefined()
    expect(publisherTooWeak({ subject }, 'desk')).toMatch(/sha256/)
    expect(publisherTooWeak({ subject }, undefined)).toMatch(/sha256/)
    expect(publisherTooWeak({ subject, sha256: [thumbprint] }, 'desk')).toBeUndefined()
  })

  it('the app: a desk build with a subject-only publisher does not update itself; with a thumbprint it does', async () => {
    const feed = await ownFeed()
    const { app } = testApp('0.1.0', { feedUrl: feed.url })
    const settings = (publisher: { subject?: string; sha256?: string[] }) => ({ policy: 'auto' as const, channel: 'stable' as const, checkMinutes: 240, feedUrl: feed.url, publisher, releaseKey: TEST_RELEASE.publicKey })
    const refused = createOfficeUpdater({ settings: settings({ subject }), platform: 'win32', log: createMemoryLogger(), app, audience: 'desk' })
    await expect(refused).rejects.toBeInstanceOf(UpdatesRefused)
    await expect(refused).rejects.toThrow(/a desk build needs updates\.publisher\.sha256/)
    await expect(createOfficeUpdater({ settings: settings({ subject, sha256: [thumbprint] }), platform: 'win32', log: createMemoryLogger(), app, audience: 'desk' })).resolves.toBeDefined()
    await expect(createOfficeUpdater({ settings: settings({ subject }), platform: 'win32', log: createMemoryLogger(), app, audience: 'self' })).resolves.toBeDefined()
    // main's services (service-start.ts) names the audience of the preset it runs (desk unless the preset says self)
    expect(readFileSync(join(root, 'electron/main/service-start.ts'), 'utf8')).toContain("audience: built?.audience ?? 'desk', office: built?.office?.code ?? null")
  })
})
