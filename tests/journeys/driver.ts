import type { Page } from '@playwright/test'
import type { Fault } from '../../sandbox/faults'
import type { RecordedRequest } from '../../sandbox/server'
import type { Customer } from '../../sandbox/state'
import type { EndpointName } from '../../electron/main/platform/endpoints'

/** The platform the app talks to during a journey: a sandbox the test can read and misconfigure. */
export interface PlatformProbe {
  requests(): Promise<RecordedRequest[]>
  customers(): Promise<Customer[]>
  arm(endpoint: EndpointName | '*', fault: Fault): Promise<void>
  clearFaults(): Promise<void>
}

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
  /** what the platform received, and fault injection */
  platform: PlatformProbe
  /** console errors and uncaught page errors seen since open */
  pageErrors(): string[]
  /** a screenshot with every secret field masked */
  screenshot(page: Page, name: string): Promise<void>
  close(): Promise<void>
}

/** Passwords, codes and the sandbox code never reach a screenshot in plain text. */
export const secretSelector = '[data-secret]'
