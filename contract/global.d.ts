import type { DeskApi } from './desk-api'

declare global {
  interface Window {
    /** installed by the preload (or, in E2E, by the bridge's init script) */
    readonly desk: DeskApi
  }
}

export {}
