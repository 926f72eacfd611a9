import type { Logger } from '../log'

/** Why Electron says the window's process went (`render-process-gone` details). */
export interface GoneDetails {
  reason: string
  exitCode?: number
}

export interface CrashRecoveryOptions {
  log: Logger
  reload: () => void
  /** the window kept failing: ask the clerk (Reload or Quit) */
  askAfterRepeats: () => void
  now?: () => number
  /** this many reloads within `withinMs`, and the next failure asks instead of reloading again */
  maxReloads?: number
  withinMs?: number
}

/**
 * The window's process is gone (crashed, killed, out of memory): log why, then reload it, so the clerk is back on the
 * form (the draft and a result on screen are in main and come back). A window that keeps failing is not reloaded in a
 * loop: after `maxReloads` within a minute the clerk is asked.
 */
export function createCrashRecovery(options: CrashRecoveryOptions) {
  const now = options.now ?? Date.now
  const maxReloads = options.maxReloads ?? 3
  const withinMs = options.withinMs ?? 60_000
  let recent: number[] = []

  return {
    gone(details: GoneDetails): 'ignored' | 'reloaded' | 'asked' {
      // a clean exit is the window closing on purpose (quit, close): nothing to recover
      if (details.reason === 'clean-exit') return 'ignored'
      options.log.error('window.gone', { reason: details.reason, status: details.exitCode })
      recent = recent.filter((at) => now() - at < withinMs)
      if (recent.length >= maxReloads) {
        recent = []
        options.askAfterRepeats()
        return 'asked'
      }
      recent.push(now())
      options.reload()
      return 'reloaded'
    },
  }
}

export interface HangWatchOptions {
  log: Logger
  /** shows "Wait" / "Reload"; the signal closes it (as "Wait") when the window answers again meanwhile */
  ask: (signal: AbortSignal) => Promise<'wait' | 'reload'>
  reload: () => void
  /** how long the window stays unresponsive before the clerk is asked; Electron itself reports after a few seconds */
  delayMs?: number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

/**
 * The window stopped answering (`unresponsive`): after a short delay, plain words offer "Wait" or "Reload". When the
 * window answers again (`responsive`) the question goes away by itself. "Wait" asks again at the next hang.
 */
export function createHangWatch(options: HangWatchOptions) {
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms))
  const clearTimer = options.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>))
  let timer: unknown
  let asking: AbortController | undefined

  async function ask(): Promise<void> {
    timer = undefined
    asking = new AbortController()
    options.log.warn('window.unresponsive', {})
    const answer = await options.ask(asking.signal)
    const answered = !asking.signal.aborted
    asking = undefined
    if (answered && answer === 'reload') {
      options.log.info('window.reload', { reason: 'unresponsive' })
      options.reload()
    }
  }

  return {
    unresponsive(): void {
      if (timer !== undefined || asking) return
      timer = setTimer(() => void ask(), options.delayMs ?? 3000)
    },
    responsive(): void {
      if (timer !== undefined) clearTimer(timer)
      timer = undefined
      if (asking) {
        options.log.info('window.responsive', {})
        asking.abort()
      }
    },
    asking: () => asking !== undefined,
  }
}
