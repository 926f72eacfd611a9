import type { Page } from '@playwright/test'

/**
 * What a journey needs from "the app", whichever way it runs: in Chromium with the IPC bridge, or as the real
 * Electron app. Journeys are written once against this and run under both.
 */
export interface AppDriver {
  readonly kind: 'browser' | 'electron'
  /** start the app (first call) and answer its window's page */
  open(): Promise<Page>
  /** quit and start again on the same data folder */
  restart(): Promise<Page>
  /** console errors and uncaught page errors seen since open */
  pageErrors(): string[]
  /** where screenshots of this run go */
  screenshot(page: Page, name: string): Promise<void>
  close(): Promise<void>
}
