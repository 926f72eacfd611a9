import type { DeskResult } from '@contract/result'
import type { UpdateStatus } from '@contract/types'
import type { UpdateSettings } from '../config'
import type { Logger } from '../log'
import { homedir } from 'node:os'
import { INSTALLER_CHANGED, shortPlace, shownVersion, updateFailure, type Refusal } from './feed'
import { createUpdateHealth, type UpdateMemory } from './health'

/** The part of electron-updater's AppUpdater this service drives. */
export interface UpdaterLike {
  checkForUpdates(): Promise<{ downloadPromise?: Promise<unknown> | null } | null>
  downloadUpdate(): Promise<unknown>
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void
  on(event: 'update-available' | 'update-not-available' | 'update-downloaded', listener: (info: { version: string }) => void): unknown
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
}

export interface UpdateServiceOptions {
  settings: UpdateSettings
  /** false when this build cannot update itself (development, a system without an updater): as policy off */
  canUpdate: boolean
  /** the real updater, loaded on first use (updater.ts); never called when the policy is off */
  load: () => Promise<UpdaterLike>
  /** main's word on whether a customer is at the desk (a form with content, a code pending, a registration in flight) */
  customerPresent: () => boolean
  notify: (status: UpdateStatus) => void
  log: Logger
  /** the first check, after start (default a minute: the window and the first customer come first) */
  firstCheckAfterMs?: number
  /** where the update health (health.ts) is kept between runs: the local store; absent, this run only */
  memory?: UpdateMemory
  now?: () => number
  /** the user's home folder, shortened in the places the connection check names (default: os.homedir()) */
  home?: string
  timers?: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout }
}

const refuse = (code: string, message: string): DeskResult<never> => ({ ok: false, error: { kind: 'state', code, message } })

/**
 * New versions on the office's terms. `off` (or a build that cannot update): no request, ever. `auto`: checks every
 * `checkMinutes`, downloads in the background, installs when the app quits or when the clerk restarts between
 * customers. `notify`: the clerk (or IT) chooses to download, then to restart. A restart is never offered, and never
 * done, while a customer is at the desk; main decides that, the window only shows what main says.
 * A failed check or a refused download (sha512, publisher) is logged and tried again at the next check, never shown
 * as a nag to the clerk; the connection check and the diagnostics say it, with failures in a row and the last check
 * that ended well (health.ts), and a download this PC could not save names where.
 */
export function createUpdateService(options: UpdateServiceOptions) {
  const { settings, log } = options
  const timers = options.timers ?? { setTimeout, clearTimeout }
  const policy: UpdateStatus['policy'] = options.canUpdate && settings.feedUrl ? settings.policy : 'off'
  let phase: UpdateStatus['phase'] = 'none'
  let version: string | undefined
  let percent: number | undefined
  let lastSent = ''
  let shownPhase: UpdateStatus['phase'] = 'none'
  let updater: Promise<UpdaterLike | undefined> | undefined
  let checking: Promise<void> | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let closed = false
  /** the last download refused for its integrity (sha512, publisher, a check that could not run): the connection check says it */
  let refusal: Refusal | undefined
  /** set by the install guard's refusal while "Restart now" hands the installer over (it answers synchronously) */
  let installRefused: string | undefined
  const health = createUpdateHealth({ memory: options.memory, now: options.now ?? Date.now, log })
  /** the first failure of the check or download under way (health.ts counts each that had one) */
  let roundFailure: string | undefined

  const status = (): UpdateStatus => ({
    policy,
    phase,
    ...(version ? { version } : {}),
    ...(phase === 'downloading' && percent !== undefined ? { percent } : {}),
    mayPrompt: !options.customerPresent(),
  })

  /** tells the window when what it shows would change (with nothing on offer it shows nothing) */
  function publish(): void {
    const next = status()
    const key = JSON.stringify(next)
    if (key === lastSent || (next.phase === 'none' && shownPhase === 'none')) return
    lastSent = key
    shownPhase = next.phase
    options.notify(next)
  }

  function set(nextPhase: UpdateStatus['phase'], nextVersion = version): void {
    phase = nextPhase
    version = nextPhase === 'none' ? undefined : nextVersion
    if (nextPhase !== 'downloading') percent = undefined
    publish()
  }

  function wire(u: UpdaterLike): UpdaterLike {
    // only a validated version reaches the log and the window (the feed's check refused any other: feed.ts)
    u.on('update-available', (info) => {
      log.info('update.available', { version: shownVersion(info.version, settings.channel), mode: policy })
      set(policy === 'auto' ? 'downloading' : 'available', shownVersion(info.version, settings.channel))
    })
    u.on('update-not-available', () => {
      if (phase !== 'ready') set('none')
    })
    u.on('download-progress', (progress) => {
      const whole = Math.floor(progress.percent)
      if (phase !== 'downloading' || whole === percent) return
      percent = whole
      publish()
    })
    u.on('update-downloaded', (info) => {
      log.info('update.ready', { version: shownVersion(info.version, settings.channel) })
      refusal = undefined
      set('ready', shownVersion(info.version, settings.channel))
    })
    u.on('error', (error) => {
      const failure = updateFailure(error)
      log.warn(failure.integrity ? 'update.refused' : failure.local ? 'update.failed-on-this-pc' : 'update.failed', { reason: failure.reason, version })
      roundFailure ??= failure.reason
      if (failure.integrity) refusal = { reason: failure.reason, note: failure.note ?? 'downloadRefused', ...(failure.noteValue ? { noteValue: failure.noteValue } : {}) }
      if (failure.local) {
        const local = { code: failure.local.code, path: shortPlace(failure.local.path, options.home ?? homedir()) }
        refusal = { reason: failure.reason, note: 'downloadFailedLocally', noteValue: local.path, local }
      }
      if ((error as { code?: string }).code === INSTALLER_CHANGED) installRefused = failure.reason
      // a download that failed is offered again at the next check; one already downloaded stays ready, unless it changed
      // on disk after it was verified (install-guard.ts): then the next check downloads it again
      if (phase !== 'ready' || (error as { code?: string }).code === INSTALLER_CHANGED) set('none')
    })
    return u
  }

  function loadOnce(): Promise<UpdaterLike | undefined> {
    updater ??= options.load().then(wire, (error: unknown) => {
      const reason = String((error as Error)?.message ?? error).slice(0, 160)
      log.error('update.unavailable', { reason })
      // (no release key or publisher to check against: the connection check says this build does not update)
      refusal = { reason: `the updater is unavailable: ${reason}`, note: 'updatesUnavailable' }
      return undefined
    })
    return updater
  }

  /** One check (and in `auto`, its download); failures are logged by the error event, never thrown. */
  function checkNow(): Promise<void> {
    if (policy === 'off' || closed) return Promise.resolve()
    checking ??= (async () => {
      roundFailure = undefined
      try {
        const u = await loadOnce()
        const result = await u?.checkForUpdates()
        await result?.downloadPromise?.catch(() => {}) // the error event has logged it
      } catch {
        // logged by the error event
      } finally {
        checking = undefined
        health.ended(roundFailure ?? (updater && !(await updater) ? 'the updater is unavailable' : undefined))
      }
    })()
    return checking
  }

  function schedule(ms: number): void {
    if (closed) return
    timer = timers.setTimeout(() => {
      void checkNow().finally(() => schedule(settings.checkMinutes * 60_000))
    }, ms)
    ;(timer as { unref?: () => void }).unref?.()
  }

  return {
    status,
    checkNow,
    /** why the last download was refused or could not be saved here, until one is accepted */
    lastRefusal: (): Refusal | undefined => refusal,
    /** when a check last ended well, and failures in a row (kept between runs) */
    health: () => health.current(),
    /** starts the checks: the first after a while, then every `checkMinutes`; nothing at all when off */
    start(): void {
      if (policy === 'off') {
        log.info('update.off', { reason: options.canUpdate ? 'policy off or no feed' : 'this build does not update itself' })
        return
      }
      schedule(options.firstCheckAfterMs ?? 60_000)
    },
    /** `notify`: the clerk chose to download the version on offer */
    async download(): Promise<DeskResult<UpdateStatus>> {
      if (phase !== 'available') return refuse('NO_UPDATE_AVAILABLE', 'No new version is on offer')
      const u = await loadOnce()
      if (!u) return refuse('NO_UPDATE_AVAILABLE', 'The updater is unavailable')
      set('downloading')
      roundFailure = undefined
      // progress, the result and failures arrive as events; the download counts as a check for the health
      u.downloadUpdate().then(
        () => health.ended(roundFailure),
        () => health.ended(roundFailure ?? 'the download failed'),
      )
      return { ok: true, value: status() }
    },
    /** "Restart now": only with a version downloaded and no customer at the desk (main checks, whatever the window says) */
    async restartNow(): Promise<DeskResult<null>> {
      if (phase !== 'ready') return refuse('NO_UPDATE_READY', 'No new version is ready')
      if (options.customerPresent()) return refuse('CUSTOMER_AT_DESK', 'A customer is at the desk: restart after them')
      const u = await loadOnce()
      if (!u) return refuse('NO_UPDATE_READY', 'The updater is unavailable')
      log.info('update.install', { version })
      // silent, and the app starts again afterwards; the check right before install (install-guard.ts) answers at once
      installRefused = undefined
      u.quitAndInstall(true, true)
      if (installRefused) return refuse('INSTALLER_REFUSED', `The downloaded version was not installed: ${installRefused}`)
      return { ok: true, value: null }
    },
    /** the desk changed (a form filled or cleared, a registration started or ended): the notice may show or hide */
    customerChanged: publish,
    close(): void {
      closed = true
      if (timer) timers.clearTimeout(timer)
    },
  }
}

export type UpdateService = ReturnType<typeof createUpdateService>
