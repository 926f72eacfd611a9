import { existsSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from './log'
import type { KeyValueStore } from './app/preferences'
import { isWriteError, type WriteFaults } from './local/write-faults'

/** Opens the local store `config.json` in a folder (the preferences and the PIN lockout): electron-store in the app, its base class `conf` in tests. */
export type StoreFactory = (dir: string) => KeyValueStore

/** the store's file in its folder (electron-store and conf: `<cwd>/<name>.json`, name `config`, plain JSON) */
const storeFile = (dir: string) => join(dir, 'config.json')

/**
 * One top-level value of the store's file, read without opening the store: main places its window before the store's
 * code (conf) is loaded (index.ts). Missing, unreadable or damaged: undefined, as the store answers after it set a
 * damaged file aside; the caller validates what it gets (window-state.ts `parseWindowState`).
 */
export function peekStoredValue(dir: string, key: string): unknown {
  try {
    const data: unknown = JSON.parse(readFileSync(storeFile(dir), 'utf8'))
    return data && typeof data === 'object' && !Array.isArray(data) && Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined
  } catch {
    return undefined
  }
}

/**
 * The local store (config.json in the data folder), robust to damage: a file that is not JSON, or that a read
 * cannot parse later, is moved aside as `config.json.corrupt-<time>` for support, a warning is logged, and the app goes
 * on with defaults. electron-store (conf) re-reads the file on each access, so every call is guarded, not just the first.
 */
export function openLocalStore(
  dir: string,
  open: StoreFactory,
  log?: Logger,
  now: () => number = Date.now,
  faults?: WriteFaults,
): KeyValueStore & { retry(): void } {
  const file = storeFile(dir)

  function quarantine(reason: string): void {
    if (existsSync(file)) {
      const aside = `${file}.corrupt-${now()}`
      renameSync(file, aside)
      log?.warn('store.corrupt-file', { reason, file: aside.split(/[\\/]/).pop() })
    }
  }

  let store: KeyValueStore
  try {
    store = open(dir)
  } catch {
    quarantine('unreadable at start')
    store = open(dir)
  }

  /** `rethrowWrites`: a disk's refusal to write goes back to the caller, which keeps the change (below) */
  function guarded<T>(action: () => T, fallback: T, rethrowWrites = false): T {
    try {
      return action()
    } catch (error) {
      if (rethrowWrites && isWriteError(error)) throw error
      quarantine('unreadable while running')
      try {
        store = open(dir)
        return action()
      } catch (again) {
        if (rethrowWrites && isWriteError(again)) throw again
        return fallback
      }
    }
  }

  /**
   * Changes the disk refused (full, not writable, locked): they stay here, answer reads, and are written at the next
   * change or `retry()`. A write error is not damage: the file is not set aside for it.
   */
  const unwritten = new Map<string, { value: unknown } | { deleted: true }>()
  function writeAll(): void {
    for (const [key, change] of unwritten) {
      try {
        guarded(() => ('deleted' in change ? store.delete(key) : store.set(key, change.value)), undefined, true)
      } catch (error) {
        faults?.failed('settings', error, unwritten.size)
        return
      }
      unwritten.delete(key)
    }
    faults?.recovered('settings')
  }
  function change(key: string, next: { value: unknown } | { deleted: true }): void {
    unwritten.delete(key) // the newest change of a key goes last
    unwritten.set(key, next)
    writeAll()
  }

  return {
    get: (key) => {
      const waiting = unwritten.get(key)
      if (waiting) return 'deleted' in waiting ? undefined : waiting.value
      return guarded(() => store.get(key), undefined)
    },
    set: (key, value) => change(key, { value }),
    delete: (key) => change(key, { deleted: true }),
    retry: () => (unwritten.size ? writeAll() : undefined),
    get path() {
      return store.path
    },
  }
}
