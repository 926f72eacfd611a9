import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { TestType } from '@playwright/test'

/**
 * Finds the Electron executable the way the `electron` package's index.js would, but without requiring it:
 * that require would try to download the binary on a machine without one.
 */
export function findElectronBinary(root = resolve(__dirname, '../..')): string | undefined {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, executableName())
    return existsSync(candidate) ? candidate : undefined
  }
  const pkg = join(root, 'node_modules/electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const candidate = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(candidate) ? candidate : undefined
}

function executableName(): string {
  if (process.platform === 'win32') return 'electron.exe'
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return 'electron'
}

/** Set by CI (and `npm run test:electron`): a missing binary is then a failure of this tier, never a skip. */
export const electronRequired = (): boolean => process.env.DESK_ELECTRON_REQUIRED === '1'

export const noBinaryReason = 'no Electron binary (node_modules/electron/dist is missing; run `npm run test:electron` with internet)'

/**
 * Every spec of this tier starts with this: the binary, or, without one, a skip with the reason — unless the run
 * requires the tier (DESK_ELECTRON_REQUIRED=1, as CI and `npm run test:electron` do): then every test fails saying why.
 */
export function electronOrSkip(test: TestType<any, any>): string {
  const binary = findElectronBinary()
  if (binary) return binary
  if (!electronRequired()) {
    test.skip(true, noBinaryReason)
    return ''
  }
  test.beforeEach(() => {
    throw new Error(`DESK_ELECTRON_REQUIRED=1 and ${noBinaryReason}`)
  })
  return ''
}
