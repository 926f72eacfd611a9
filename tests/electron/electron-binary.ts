import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

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
