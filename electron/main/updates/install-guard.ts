import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { INSTALLER_CHANGED } from './feed'

/**
 * The downloaded installer waits in electron-updater's `pending` folder (the user's cache, which a normal account can
 * write) from its verification until the app quits or the clerk restarts. Right before it is handed to Windows, it is
 * checked again: its sha512 against the feed's, and its publisher (publisher-check.ts, synchronous: Electron's quit
 * handler cannot wait). A file that changed is refused, never started. What remains is the moment between this check
 * and the installer process opening the file (docs/security.md).
 */

/** Why the installer at `file` may not be started now, or undefined when it is still the verified one. */
export function installerProblem(file: string | null | undefined, sha512: string | undefined, verifyPublisher: (file: string) => string | null): string | undefined {
  if (!file || !sha512) return 'no verified installer to hand over'
  let digest: string
  try {
    digest = createHash('sha512').update(readFileSync(file)).digest('base64')
  } catch (error) {
    return `the installer could not be read again (${String((error as NodeJS.ErrnoException).code ?? 'read failed')})`
  }
  if (digest !== sha512) return 'the installer changed after it was verified (sha512)'
  const publisher = verifyPublisher(file)
  return publisher ? `the installer failed its second publisher check (${publisher.slice(0, 120)})` : undefined
}

/** The part of electron-updater's NsisUpdater the guard wraps (BaseUpdater.install calls `doInstall`). */
interface Installing {
  readonly installerPath: string | null
  downloadedUpdateHelper?: { downloadedFileInfo?: { sha512?: string } | null } | null
  emit(event: 'error', error: Error): boolean
}

/** Wraps the updater's `doInstall`: the installer is checked again first, and refused (an `error` event) if it changed. */
export function guardInstall(updater: Installing, verifyPublisher: (file: string) => string | null): void {
  const target = updater as Installing & { doInstall(options: unknown): boolean }
  const install = target.doInstall.bind(updater)
  target.doInstall = (options: unknown): boolean => {
    const problem = installerProblem(target.installerPath, target.downloadedUpdateHelper?.downloadedFileInfo?.sha512, verifyPublisher)
    if (problem) {
      updater.emit('error', Object.assign(new Error(problem), { code: INSTALLER_CHANGED }))
      return false
    }
    return install(options)
  }
}
