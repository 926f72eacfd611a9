import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { BUILD_KIND } from './build-kind'

/**
 * The few places where the real-Electron tier and the installed-app smoke test replace what only a person or a real
 * printer or a signed release could answer. Each seam is OFF in a real build, whatever the environment says:
 * - printDir: "Print slip" renders the window's page to a PDF in this folder (webContents.printToPDF) instead of
 *   opening the system print dialog, which no test can answer. Unpackaged runs only (`DESK_TEST_PRINT_DIR`).
 * - updates: electron-updater's NSIS updater runs in the unpackaged app against a local feed, with the publisher check
 *   answered by the test (an unsigned test file has no publisher). Unpackaged runs only (`DESK_TEST_UPDATES=1`).
 * - smokeOut: after the window shows, main itself fills the form, registers one customer against the embedded
 *   sandbox, writes what it saw and two screenshots to this folder and quits. Only in a packaged TEST build (the
 *   marker below inside app.asar, written by `package:office -- --test-build` alone) with `DESK_SMOKE_OUT` set:
 *   a fused, packaged app cannot be driven from outside (no --inspect, no debugging port).
 * tests/unit/main/test-seams.test.ts proves each is off in a packaged build without the marker;
 * tests/package/release-bundle.test.ts that a release bundle has none and a test bundle only the smoke journey.
 */
export interface TestSeams {
  printDir?: string
  updates?: true
  smokeOut?: string
}

/** The marker a test build carries inside app.asar (office/test-build.json); release builds never have it. */
export const TEST_BUILD_MARKER = 'test-build.json'

export const testBuildMarkerPath = (appPath: string): string => join(appPath, 'office', TEST_BUILD_MARKER)

export function testSeams(packaged: boolean, env: Record<string, string | undefined>, isTestBuild: () => boolean): TestSeams {
  // a test bundle (package:office --test-build) holds only the smoke seam's code; a release bundle never calls this
  if (BUILD_KIND !== 'development' || packaged) {
    const smokeOut = env.DESK_SMOKE_OUT?.trim()
    // the marker is only looked for when the smoke test asks: a release build never reads it
    return smokeOut && isTestBuild() ? { smokeOut } : {}
  }
  const printDir = env.DESK_TEST_PRINT_DIR?.trim()
  return {
    ...(printDir ? { printDir } : {}),
    ...(env.DESK_TEST_UPDATES === '1' ? { updates: true as const } : {}),
  }
}

/** Main's question: is this packaged app a test build (the marker inside its app.asar)? */
export const isTestBuildAt = (appPath: string) => (): boolean => existsSync(testBuildMarkerPath(appPath))
