import Conf from 'conf'
import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from './log'
import type { KeyValueStore } from './settings'

/**
 * The settings file (config.json in the data folder), robust to damage: a file that is not JSON, or that a read
 * cannot parse later, is moved aside as `config.json.corrupt-<time>` for support, a warning is logged, and the app goes
 * on with defaults. conf re-reads the file on each access, so every call is guarded, not just the first.
 */
export function openSettingsStore(dir: string, log?: Logger, now: () => number = Date.now): KeyValueStore {
  const file = join(dir, 'config.json')
  const open = () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'config', projectName: 'registration-desk' })

  function quarantine(reason: string): void {
    if (existsSync(file)) {
      const aside = `${file}.corrupt-${now()}`
      renameSync(file, aside)
      log?.warn('settings.corrupt-file', { reason, file: aside.split(/[\\/]/).pop() })
    }
  }

  let conf: Conf<Record<string, unknown>>
  try {
    conf = open()
  } catch {
    quarantine('unreadable at start')
    conf = open()
  }

  function guarded<T>(action: () => T, fallback: T): T {
    try {
      return action()
    } catch {
      quarantine('unreadable while running')
      try {
        conf = open()
        return action()
      } catch {
        return fallback
      }
    }
  }

  return {
    get: (key) => guarded(() => conf.get(key), undefined),
    set: (key, value) => guarded(() => conf.set(key, value), undefined),
    delete: (key) => guarded(() => conf.delete(key), undefined),
    get path() {
      return conf.path
    },
  }
}
