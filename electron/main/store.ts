import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from './log'
import type { KeyValueStore } from './app/preferences'

/** Opens the local store `config.json` in a folder (the preferences and the PIN lockout): electron-store in the app, its base class `conf` in tests. */
export type StoreFactory = (dir: string) => KeyValueStore

/**
 * The local store (config.json in the data folder), robust to damage: a file that is not JSON, or that a read
 * cannot parse later, is moved aside as `config.json.corrupt-<time>` for support, a warning is logged, and the app goes
 * on with defaults. electron-store (conf) re-reads the file on each access, so every call is guarded, not just the first.
 */
export function openLocalStore(dir: string, open: StoreFactory, log?: Logger, now: () => number = Date.now): KeyValueStore {
  const file = join(dir, 'config.json')

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

  function guarded<T>(action: () => T, fallback: T): T {
    try {
      return action()
    } catch {
      quarantine('unreadable while running')
      try {
        store = open(dir)
        return action()
      } catch {
        return fallback
      }
    }
  }

  return {
    get: (key) => guarded(() => store.get(key), undefined),
    set: (key, value) => guarded(() => store.set(key, value), undefined),
    delete: (key) => guarded(() => store.delete(key), undefined),
    get path() {
      return store.path
    },
  }
}
