import type { Page } from '@playwright/test'
import type { Fault } from '../../sandbox/faults'
import type { RecordedRequest } from '../../sandbox/server'
import type { Customer } from '../../sandbox/state'
import type { EndpointName } from '@contract/platform'

/** The platform the app talks to during a journey: a sandbox the test can read and misconfigure. */
export interface PlatformProbe {
  /** stop accepting connections (the app sees "connection refused"), or accept them again */
  setReachable(reachable: boolean): Promise<void>
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
  /** the OS hands the running app a `regdesk://` URL (through the same handler main uses) */
  deepLink(url: string): Promise<void>
  /** the app's data folder (settings store, journal, logs) */
  readonly userDataDir: string
  /** where the journal export lands when the save dialog is answered (undefined where a real dialog would ask) */
  readonly exportFile?: string
  /** a proxy challenges the app's next platform call (browser tier: straight into main's proxy-login service) */
  proxyChallenge?(challenge: { host: string; port: number; realm: string; scheme: string }): Promise<{ username: string; password: string } | null | 'not-offered'>
  /** how often the updater was told to install and restart (undefined where a real installer would run) */
  updateInstalls?(): number
  /** what the app put on the clipboard (undefined where the real clipboard is used) */
  readonly copied?: string[]
  /**
   * the data folder's disk refuses the journal's writes with this code (ENOSPC, EACCES, EBUSY), or accepts them again
   * (undefined where the real disk is used: the Electron tier cannot fill a disk on demand)
   */
  journalDisk?(code: string | null): void
  /**
   * the window's renderer dies (Chromium's Page.crash) and the window comes back on the same main, as main's
   * `render-process-gone` handler reloads it; answers the new page (undefined where the tier cannot do it)
   */
  crashPage?(page: Page): Promise<Page>
  /** Help → About or Third-party licences, as main's application menu sends it (undefined where a real menu is) */
  helpMenu?(item: 'about' | 'licences'): Promise<void>
  /** console errors and uncaught page errors seen since open */
  pageErrors(): string[]
  /** unhandled rejections and uncaught exceptions in the main-process side since open */
  mainErrors(): string[]
  /** a screenshot with every secret field masked */
  screenshot(page: Page, name: string): Promise<void>
  /**
   * The window's page rendered as print media onto a sheet of paper, as a printer would get it: a PDF file (browser
   * tier: Chromium's page.pdf; Electron tier: webContents.printToPDF). `a4`, or `receipt` (an 80 mm roll).
   */
  renderPrint(page: Page, paper: Paper, name: string): Promise<string>
  /** what "Print slip" printed (the browser tier renders each print on both papers); undefined where a real print dialog would ask */
  printedSlips?(): PrintedSlip[]
  close(): Promise<void>
}

export type Paper = 'a4' | 'receipt'
export interface PrintedSlip {
  a4: string
  receipt: string
}

/** Paper sizes in millimetres: A4, and an 80 mm receipt roll (80 × 297 mm, the roll paper size receipt printer drivers offer). */
export const papers: Record<Paper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  receipt: { width: 80, height: 297 },
}

/** Passwords, codes and the sandbox code never reach a screenshot in plain text. */
export const secretSelector = '[data-secret]'

/**
 * Takes a screenshot with every secret unreadable: its text made transparent over a hatched background, so a reader
 * sees that a field was filled (and where) without its value, and nothing is painted over the rest of the screen.
 * Styles are set through the CSSOM, which the app's strict CSP (no inline styles) allows, and restored afterwards.
 */
export async function secretSafeScreenshot(page: Page, path: string): Promise<void> {
  await page.evaluate((selector) => {
    for (const el of document.querySelectorAll<HTMLElement>(`${selector}, ${selector} *`)) {
      el.dataset.savedStyle = el.style.cssText
      el.style.setProperty('color', 'transparent', 'important')
      el.style.setProperty('text-shadow', 'none', 'important')
      el.style.setProperty('caret-color', 'transparent', 'important')
      el.style.setProperty('background-image', 'repeating-linear-gradient(45deg, #e4e7ec 0 6px, #f8f9fb 6px 12px)', 'important')
    }
  }, secretSelector)
  try {
    await page.screenshot({ path })
  } finally {
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-saved-style]')) {
        el.style.cssText = el.dataset.savedStyle ?? ''
        delete el.dataset.savedStyle
      }
    })
  }
}
