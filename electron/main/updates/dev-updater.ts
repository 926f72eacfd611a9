import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from '../log'

/** The publisher name the test feed's updater is told this build was signed by (no real certificate exists in a test). */
export const TEST_PUBLISHER = 'Registration Desk test publisher'

/**
 * The real-Electron tier's update seam (test-seams.ts `updates`, unpackaged runs only): electron-updater's
 * app-update.yml, as electron-builder would write it beside app.asar, written to the data folder; and the Windows
 * publisher check answered "not checked here" and logged as such, because a test file carries no Authenticode
 * signature (publisher-check.test.ts and updates.test.ts drive that check). Everything else is the app's own wiring:
 * the feed from the preset, the updater's session with the office's proxy and pins, the sha512 of every file.
 */
export async function devUpdaterOptions(userDataDir: string, feedUrl: string, log: Logger) {
  const dir = join(userDataDir, 'test-updater')
  await mkdir(dir, { recursive: true })
  const devUpdateConfig = join(dir, 'app-update.yml')
  const yaml = ['provider: generic', `url: ${JSON.stringify(feedUrl)}`, 'updaterCacheDirName: registration-desk-test-updater', 'publisherName:', `  - ${TEST_PUBLISHER}`, '']
  await writeFile(devUpdateConfig, yaml.join('\n'))
  return {
    devUpdateConfig,
    verifyPublisher: async (): Promise<string | null> => {
      log.warn('update.publisher-not-checked', { reason: 'test seam: an unpackaged test run has no signed installer' })
      return null
    },
    verifyPublisherNow: (): string | null => null,
  }
}
