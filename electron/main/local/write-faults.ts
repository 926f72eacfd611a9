import type { LocalFault, LocalFaultCode, LocalTarget } from '@contract/types'
import type { Logger } from '../log'

/**
 * What a failed write on this PC means for the clerk, from Node's error code. Windows reports a file another program
 * holds open as EBUSY (or EPERM on a rename), macOS and Linux a read-only volume as EROFS.
 */
export function classifyWriteError(error: unknown): LocalFaultCode {
  const code = (error as { code?: unknown } | null)?.code
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'DISK_FULL'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'NOT_WRITABLE'
    case 'EBUSY':
    case 'ETXTBSY':
      return 'FILE_LOCKED'
    default:
      return 'WRITE_FAILED'
  }
}

/** An error a write on the disk raised (it carries a system code), as opposed to a bug or a damaged file's content. */
export const isWriteError = (error: unknown): boolean =>
  typeof (error as { code?: unknown } | null)?.code === 'string' && typeof (error as { syscall?: unknown }).syscall === 'string'

export interface WriteFaultsOptions {
  log?: () => Logger | undefined
  /** the window is told when the list changes (main: an event; tests: a recorder) */
  onChange?: (faults: LocalFault[]) => void
}

/**
 * The local writes that are failing now (journal, settings file, log), one entry per target. A target's fault is
 * logged once when it starts (not at every retry) and once when its writes succeed again; what could not be written
 * stays with its owner (journal.ts, store.ts, log.ts), which retries it and reports back here.
 */
export function createWriteFaults(options: WriteFaultsOptions = {}) {
  const current = new Map<LocalTarget, LocalFault>()
  const changed = () => options.onChange?.([...current.values()])

  return {
    failed(target: LocalTarget, error: unknown, pending: number, unsaved?: string): void {
      const code = classifyWriteError(error)
      const before = current.get(target)
      current.set(target, { target, code, pending, ...(unsaved ? { unsaved } : {}) })
      if (before?.code !== code) {
        options.log?.()?.error('local.write-failed', { file: target, reason: code, error: String((error as { code?: unknown })?.code ?? 'unknown') })
      }
      if (before?.code !== code || before.pending !== pending || before.unsaved !== unsaved) changed()
    },
    recovered(target: LocalTarget): void {
      if (!current.delete(target)) return
      options.log?.()?.info('local.write-recovered', { file: target })
      changed()
    },
    list: (): LocalFault[] => [...current.values()],
  }
}

export type WriteFaults = ReturnType<typeof createWriteFaults>
