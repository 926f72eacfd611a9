import type { Handlers } from '../contract/channels'
import { ok } from '../contract/result'
import type { AppInfo } from '../contract/types'

export interface HandlerDeps {
  appInfo: () => AppInfo
}

/**
 * Channel → service call. No Electron import: the tests and the E2E bridge build the same handlers with real services.
 * Inputs arrive already validated by the dispatcher.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'desk:app:info': async () => ok(deps.appInfo()),
  }
}
