import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { INSTALLER_CHANGED } from './feed'
import type { SignedFile } from './release-manifest'

/**
 * The downloaded installer waits in electron-updater's `pending` folder (the user's cache, which a normal account can
 * write) from its verification until the app quits or the clerk restarts. Right before it is handed to Windows, it is
 * checked again: first its publisher (publisher-check.ts, synchronous: Electron's quit handler cannot wait; PowerShell
 * takes a few seconds), then, LAST, its bytes against the sha512 and size the broker signed in the release manifest
 * (release-manifest.ts), not only the feed's. Hashing last means a file swapped in during the PowerShell run (for
 * another broker-signed installer: an older release, another office's) is caught; what remains is the moment between
 * that read and the installer process opening the file (docs/security.md: a normal user's cache cannot be locked
 * against that user).
 */

/** Why the installer at `file` may not be started now, or undefined when it is still the signed one. */
export function installerProblem(file: string | null | undefined, signed: SignedFile | undefined, verifyPublisher: (file: string) => string | null): string | undefined {
  if (!file || !signed) return 'no installer of a signed release to hand over'
  const publisher = verifyPublisher(file)
  if (publisher) return `the installer failed its second publisher check (${publisher.slice(0, 120)})`
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    return `the installer could not be read again (${String((error as NodeJS.ErrnoException).code ?? 'read failed')})`
  }
  const digest = createHash('sha512').update(bytes).digest('base64')
  return digest === signed.sha512 && bytes.length === signed.size ? undefined : 'the installer is not the signed release any more (sha512)'
}

/** The part of electron-updater's NsisUpdater the guard wraps (BaseUpdater.install calls `doInstall`). */
interface Installing {
  readonly installerPath: string | null
  downloadedUpdateHelper?: { downloadedFileInfo?: { sha512?: string } | null } | null
  emit(event: 'error', error: Error): boolean
}

/**
 * Wraps the updater's `doInstall`: the installer is checked again first against the signed file of its release
 * (`signedFile`, by the sha512 it was downloaded for), and refused (an `error` event) if it is not that file.
 */
export function guardInstall(updater: Installing, verifyPublisher: (file: string) => string | null, signedFile: (sha512: string) => SignedFile | undefined): void {
  const target = updater as Installing & { doInstall(options: unknown): boolean }
  const install = target.doInstall.bind(updater)
  target.doInstall = (options: unknown): boolean => {
    const expected = target.downloadedUpdateHelper?.downloadedFileInfo?.sha512
    const problem = installerProblem(target.installerPath, expected ? signedFile(expected) : undefined, verifyPublisher)
    if (problem) {
      updater.emit('error', Object.assign(new Error(problem), { code: INSTALLER_CHANGED }))
      return false
    }
    return install(options)
  }
}
