import vue from '@vitejs/plugin-vue'
import { chromium, type Browser, type Page } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { deskApiMap } from '@contract/api-map'
import { createDispatcher } from '../../electron/main/dispatch'
import { appInfoFixture } from '../../tests/support/fixtures'
import { defineDesk, installBridge } from '../../tests/support/bridge'
import { serveDirectory } from '../../tests/support/static-server'
import { testServices } from '../../tests/support/services'
import { median } from './stats'

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']

/** Chromium for the bench; `jsFlags` go to V8 (a diagnostic run, never how the app runs). */
export async function launch(jsFlags?: string): Promise<Browser> {
  const args = jsFlags ? [...chromiumArgs, `--js-flags=${jsFlags}`] : chromiumArgs
  return chromium.launch({ executablePath: process.env.DESK_CHROMIUM ?? '/usr/bin/chromium', args })
}

/** Builds the bare Vue + Pinia + vue-i18n page the same way the renderer is built (Vite, production, minified). */
export async function buildBaseline(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'desk-baseline-'))
  await build({
    root: resolve(__dirname, '../baseline'),
    base: './',
    logLevel: 'silent',
    plugins: [vue()],
    define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    // as electron-vite builds the renderer: no modulepreload polyfill (Chromium has it)
    build: { outDir, emptyOutDir: true, minify: true, modulePreload: { polyfill: false } },
  })
  return outDir
}

/**
 * Records when the form first exists in the DOM, relative to navigation start, and when the page first paints text
 * (first-contentful-paint: neither page draws any text before its form, so this is the form on screen).
 */
const markFormScript = `(() => {
  const seen = () => document.querySelector('[data-testid=register-form]')
  const record = () => { if (!window.__formAt && seen()) { window.__formAt = performance.now(); observer.disconnect() } }
  const observer = new MutationObserver(record)
  document.addEventListener('DOMContentLoaded', () => { observer.observe(document.body, { childList: true, subtree: true }); record() })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__paintAt = entry.startTime
  }).observe({ type: 'paint', buffered: true })
})()`

/** The two moments markFormScript records, once both are in. */
async function formMoments(page: Page): Promise<Moments> {
  type Marked = { __formAt?: number; __paintAt?: number }
  await page.waitForFunction(() => (window as unknown as Marked).__formAt && (window as unknown as Marked).__paintAt, null, { timeout: 15_000 })
  return page.evaluate(() => ({ form: (window as unknown as Marked).__formAt!, paint: (window as unknown as Marked).__paintAt! }))
}

interface Moments {
  /** the form in the DOM */
  form: number
  /** the form painted */
  paint: number
}

/**
 * `window.desk` in the page itself, answering from memory at once: the renderer's own start without any IPC cost (what
 * main answers at start: its facts, no last login, no campaign, no draft, no update).
 */
const inPageDeskScript = (): string => {
  const answers: Record<string, unknown> = {
    [deskApiMap.app.info]: { ok: true, value: appInfoFixture },
    [deskApiMap.campaign.get]: { ok: true, value: { values: {}, origin: 'none' } },
    [deskApiMap.updates.status]: { ok: true, value: { policy: 'off', phase: 'none', mayPrompt: true } },
    [deskApiMap.staff.current]: { ok: true, value: { staffId: null } },
  }
  return `(() => {
    const answers = ${JSON.stringify(answers)};
    ${defineDesk('(channel) => Promise.resolve(answers[channel] ?? { ok: true, value: null })', '() => () => {}')}
  })();`
}

export type Host = 'bare' | 'bridge' | 'in-page'

/** The form's moments over `runs` cold loads (a fresh context each). */
export async function timeToForm(browser: Browser, url: string, runs: number, host: Host): Promise<Moments[]> {
  const bridged = host === 'bridge'
  const times: Moments[] = []
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 720 } })
    const page = await context.newPage()
    let close = async () => {}
    if (bridged) {
      const { services } = await testServices()
      const origin = new URL(url).origin
      const dispatch = createDispatcher(services.handlers, (s) => s.fromOurWindow && s.isMainFrame && new URL(s.url).origin === origin)
      await installBridge(page, dispatch)
      close = services.close
    }
    if (host === 'in-page') await page.addInitScript({ content: inPageDeskScript() })
    await page.addInitScript({ content: markFormScript })
    await page.goto(url)
    times.push(await formMoments(page))
    await context.close()
    await close()
  }
  return times
}

const medians = (moments: Moments[]): Moments => ({ form: median(moments.map((m) => m.form)), paint: median(moments.map((m) => m.paint)) })

export async function interactiveFigures(browser: Browser, rendererDir: string, runs = 15) {
  const baselineDir = await buildBaseline()
  const app = await serveDirectory(rendererDir)
  const base = await serveDirectory(baselineDir)
  // warm Chromium itself once per page so the first measured load is not paying for process start-up
  await timeToForm(browser, base.url, 1, 'bare')
  await timeToForm(browser, app.url, 1, 'bridge')
  await timeToForm(browser, app.url, 1, 'in-page')
  const times = { bridge: [] as Moments[], inPage: [] as Moments[], base: [] as Moments[] }
  for (let i = 0; i < runs; i++) {
    times.base.push(...(await timeToForm(browser, base.url, 1, 'bare')))
    times.inPage.push(...(await timeToForm(browser, app.url, 1, 'in-page')))
    times.bridge.push(...(await timeToForm(browser, app.url, 1, 'bridge')))
  }
  await app.close()
  await base.close()
  return { app: medians(times.bridge), inPage: medians(times.inPage), baseline: medians(times.base), times, baselineDir, runs }
}
