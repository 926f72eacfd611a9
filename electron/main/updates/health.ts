import type { Logger } from '../log'

/**
 * Whether this PC's updates work over time, beyond one request to the feed: when a check (and its download) last
 * ended without a failure or a refusal, and how many in a row have not, since when. A PC whose updates are blocked
 * (a clerk's file in the updater's cache, a full disk, a feed that withholds) otherwise looks healthy to the
 * connection check, which only asks the feed what it offers. Kept in the local store, so a restart does not hide a
 * stale PC (a user can edit that file: it is a record for IT, not a control).
 */
export interface UpdateHealth {
  /** ISO time of the last check (and its download) that ended without a failure or a refusal */
  lastGoodCheck?: string
  /** checks (or downloads) in a row that failed or were refused, the first of them at `since` (ISO) */
  failing?: { count: number; since: string }
}

/** Where the health is kept between runs (the local store's `updateHealth`). */
export interface UpdateMemory {
  get(): unknown
  set(value: UpdateHealth): void
}

/** From this many failures in a row the log says it as an error, once (then every `REPEATED` more). */
export const REPEATED = 3

const isoTime = (value: unknown): value is string => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value))

/** The stored value, or nothing of it when it is not what this file writes. */
export function parseHealth(value: unknown): UpdateHealth {
  const v = (value && typeof value === 'object' ? value : {}) as { lastGoodCheck?: unknown; failing?: { count?: unknown; since?: unknown } }
  const count = v.failing?.count
  return {
    ...(isoTime(v.lastGoodCheck) ? { lastGoodCheck: v.lastGoodCheck } : {}),
    ...(typeof count === 'number' && Number.isSafeInteger(count) && count > 0 && isoTime(v.failing?.since) ? { failing: { count, since: v.failing!.since as string } } : {}),
  }
}

export function createUpdateHealth(options: { memory?: UpdateMemory; now: () => number; log: Logger }) {
  let health = parseHealth(options.memory?.get())
  const save = () => {
    try {
      options.memory?.set(health)
    } catch {
      // (the store reports its own write faults; the health stays in memory)
    }
  }
  return {
    current: (): UpdateHealth => health,
    /** a check or a download ended; `failure` is its reason when it failed or was refused */
    ended(failure: string | undefined): void {
      const at = new Date(options.now()).toISOString()
      if (!failure) {
        health = { lastGoodCheck: at }
      } else {
        const failing = { count: (health.failing?.count ?? 0) + 1, since: health.failing?.since ?? at }
        health = { ...health, failing }
        if (failing.count % REPEATED === 0) {
          options.log.error('update.failing', { count: failing.count, reason: `in a row since ${failing.since}; the last: ${failure}`.slice(0, 200) })
        }
      }
      save()
    },
  }
}
