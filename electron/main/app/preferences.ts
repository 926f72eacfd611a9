import * as v from 'valibot'
import type { Login } from '@contract/login'
import { login } from '@contract/login-schema'
import { uiLanguage } from '@contract/fields'
import type { UiLanguage } from '@contract/types'
import type { Logger } from '../log'
import type { WindowState } from '../window-state'

/** The part of a `conf` store that main uses (tests may pass a stand-in). */
export interface KeyValueStore {
  get(key: string): unknown
  set(key: string, value: unknown): void
  delete(key: string): void
  readonly path: string
}

/**
 * What the app remembers between runs: the last login name used (to prefill the form for a returning user) and the UI
 * language. Never a password, a code or a token. Every read is validated: a hand-edited or damaged value is dropped
 * (and logged) instead of reaching the screen.
 */
export function createPreferences(store: KeyValueStore, log?: Logger) {
  function read<T>(key: string, schema: v.GenericSchema<unknown, T>): T | undefined {
    const raw = store.get(key)
    if (raw === undefined) return undefined
    const parsed = v.safeParse(schema, raw)
    if (parsed.success) return parsed.output
    log?.warn('preferences.invalid-value', { reason: key })
    store.delete(key)
    return undefined
  }

  return {
    lastLogin: (): Login | null => read('lastLogin', login) ?? null,
    setLastLogin: (value: Login) => store.set('lastLogin', value),
    clearLastLogin: () => store.delete('lastLogin'),
    language: (): UiLanguage | undefined => read('language', uiLanguage),
    setLanguage: (value: UiLanguage) => store.set('language', value),
    /** the window's last place and size (window-state.ts validates it when read) */
    windowState: (): unknown => store.get('windowState'),
    setWindowState: (value: WindowState) => store.set('windowState', value),
  }
}

export type Preferences = ReturnType<typeof createPreferences>
