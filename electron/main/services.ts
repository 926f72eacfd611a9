import { buildAppInfo, type AppFacts } from './app-info'
import type { ConfigResult } from './config'
import type { HandlerDeps } from './handlers'
import type { Logger } from './log'

export interface ServiceOptions {
  facts: AppFacts
  config: ConfigResult
  userDataDir: string
  log: Logger
}

export interface Services {
  deps: HandlerDeps
  /** stops what the services started (the embedded sandbox, timers) */
  close(): Promise<void>
}

/**
 * Composes main's services from plain values. Main calls it with Electron's facts; the E2E bridge and the benches call
 * it with a temp folder, so every tier runs the same composition.
 */
export async function createServices(options: ServiceOptions): Promise<Services> {
  const info = buildAppInfo(options.facts, options.config)
  return {
    deps: { appInfo: () => info },
    close: async () => {},
  }
}
