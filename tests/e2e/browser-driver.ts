import { recordedViolations } from '../../sandbox/strict'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { release, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { OFFICE_SETTINGS_FILE, resolveConfig } from '../../electron/main/office/resolve'
import { createDispatcher } from '../../electron/main/dispatch'
import { createFileLogger } from '../../electron/main/log'
import { startSandbox, type Sandbox } from '../../sandbox/server'
import { switchableProxy } from '../support/switchable-proxy'
import { findSecrets, SecretLedger } from '../support/secrets'
import { confStore } from '../support/conf-store'
import { createServices, type Services } from '../../electron/main/services'
import { installBridge, pushEvent } from '../support/bridge'
import { serveDirectory } from '../support/static-server'
import { papers, secretSafeScreenshot, type AppDriver, type Paper, type PrintedSlip } from '../journeys/driver'
import { localProbe } from '../support/sandbox-probe'
import { release as feedRelease, testApp, testUpdater, updateFeed } from '../support/update-feed'
import { Agent, fetch as undiciFetch } from 'undici'

const root = resolve(__dirname, '../..')
export const screenshotDir = join(root, 'tests/e2e/screenshots')

export interface BrowserDriverOptions {
  env?: Record<string, string | undefined>
  /** a separately started sandbox behind a switchable relay, instead of the embedded one */
  externalPlatform?: boolean
  /** office.json as the installer would ship it */
  preset?: Record<string, unknown>
  /** the office's update feed offering a version (the app runs as packaged 0.1.0 with electron-updater's real classes) */
  updateFeed?: { policy: 'auto' | 'notify'; offers: string; swapInstaller?: boolean; signedFor?: { office?: string }; blockPending?: boolean }
  /** main's facts say "packaged" (what only an installed build reports), the configuration as in development */
  packagedFacts?: boolean
}

/**
 * The app as Chromium + bridge: the built renderer over http on 127.0.0.1, and main's real services and dispatcher in
 * this process with a temp data folder. A restart closes the page and the services and builds both again on the same
 * folder, as a relaunch of the app would.
 */
export function browserDriver(
  browser: Browser,
  options: BrowserDriverOptions = {},
): AppDriver & { userDataDir: string; copied: string[] } {
  const userDataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-'))
  recordedViolations.splice(0) // each journey answers for its own requests only
  const exportFile = join(userDataDir, 'exports', 'journal.csv')
  mkdirSync(join(userDataDir, 'exports'), { recursive: true })
  const shippedFile = options.preset || options.updateFeed ? join(userDataDir, 'shipped-office.json') : undefined
  let feed: Awaited<ReturnType<typeof updateFeed>> | undefined
  let installs = 0
  const errors: string[] = []
  let server: Awaited<ReturnType<typeof serveDirectory>> | undefined
  let context: BrowserContext | undefined
  let currentPage: Page | undefined
  let services: Services | undefined
  let dispatch: ReturnType<typeof createDispatcher> | undefined
  const copied: string[] = []
  /** a code while the journal's disk refuses writes (journalDisk) */
  let journalRefusal: string | null = null
  const slips: PrintedSlip[] = []
  // the log goes where main's goes: a file in the data folder, so the secrets scan reads it too
  const log = createFileLogger({ file: join(userDataDir, 'logs', 'desk.log') })
  const mainErrors: string[] = []
  const ledger = new SecretLedger()
  const onRejection = (reason: unknown) => mainErrors.push(`unhandledRejection: ${String(reason)}`)
  const onException = (error: Error) => mainErrors.push(`uncaughtException: ${error.message}`)
  let external: { sandbox: Sandbox; proxy: Awaited<ReturnType<typeof switchableProxy>> } | undefined

  async function start(): Promise<Page> {
    server ??= await serveDirectory(join(root, 'out/renderer'))
    if (options.externalPlatform && !external) {
      const sandbox = await startSandbox()
      external = { sandbox, proxy: await switchableProxy(Number(new URL(sandbox.url).port)) }
    }
    if (options.updateFeed && !feed) {
      feed = await updateFeed()
      // signed with the test run's release key for this build (or, with signedFor, another office's)
      const signedFor = options.updateFeed.signedFor
      feed.publish(feedRelease(options.updateFeed.offers, { sizeKb: 64, ...(signedFor ? { signed: { identity: signedFor } } : {}) }))
    }
    if (shippedFile) {
      const updates = feed ? { updates: { policy: options.updateFeed!.policy, feedUrl: feed.url } } : {}
      writeFileSync(shippedFile, JSON.stringify({ ...options.preset, ...updates }))
    }
    process.on('unhandledRejection', onRejection)
    process.on('uncaughtException', onException)
    const env = {
      ...options.env,
      ...(external ? { DESK_API_URL: `http://127.0.0.1:${external.proxy.port}/api`, DESK_COMPANY_ID: '1001', DESK_PLATFORM_IS_SANDBOX: '1' } : {}),
    }
    const feedCa = feed ? new Agent({ connect: { ca: feed.ca } }) : undefined
    const resolve = () => resolveConfig({ userFile: join(userDataDir, OFFICE_SETTINGS_FILE), shippedFile }, env, false, log)
    services = await createServices({
      reloadConfig: resolve,
      // the journal's CSV lands at exportFile; Save diagnostics' file beside it (the secrets scan reads both)
      chooseSavePath: async (name) => (name.endsWith('.txt') ? join(userDataDir, 'exports', name) : exportFile),
      facts: { version: '0.1.0', platform: process.platform, packaged: options.packagedFacts ?? false },
      os: { platform: process.platform, version: release(), arch: process.arch },
      config: resolve(),
      userDataDir,
      openStore: confStore,
      // the update feed's private CA is trusted for the feed, as an office's would be in the OS store (the connection check reads it)
      fetch: (input, init) =>
        feedCa && typeof input === 'string' && input.startsWith(feed!.url)
          ? (undiciFetch(input, { ...(init as object), dispatcher: feedCa }) as unknown as Promise<Response>)
          : globalThis.fetch(input, init),
      log,
      ...(feed ? { updates: { platform: 'win32', firstCheckAfterMs: 100, load: async (settings) => {
        const { app: updaterApp, cacheDir } = testApp('0.1.0', { feedUrl: feed!.url })
        // blockPending: a clerk's file named "pending" where the updater keeps its downloads (every download fails)
        if (options.updateFeed?.blockPending) {
          mkdirSync(cacheDir, { recursive: true })
          writeFileSync(join(cacheDir, 'pending'), 'not a folder')
        }
        const updater = await testUpdater(feed!, updaterApp, log, { settings })
        // a real installer would run here and the app would quit: the browser tier counts the request instead; with
        // swapInstaller the verified file in the pending folder is replaced first and the real install step runs, so
        // main's install guard (updates/install-guard.ts) refuses it before anything is started
        const install = updater.quitAndInstall.bind(updater)
        updater.quitAndInstall = (...args) => {
          const file = (updater as unknown as { installerPath: string | null }).installerPath
          if (options.updateFeed?.swapInstaller && file) return void (writeFileSync(file, 'swapped in the pending folder'), install(...args))
          installs += 1
        }
        return updater
      } } } : {}),
      copyText: (text) => copied.push(text),
      // The printer stand-in: what webContents.print would send the printer, as Chromium renders it with the print
      // styles: one PDF on A4 and one on an 80 mm roll per "Print slip". Only a real print dialog and printer (which
      // paper sizes its driver offers, how it scales) can confirm the rest.
      printPage: async () => {
        if (!currentPage) return { printed: false, cancelled: false, reason: 'no window' }
        const n = slips.length + 1
        slips.push({ a4: await renderPrint(currentPage, 'a4', `slip-${n}-a4`), receipt: await renderPrint(currentPage, 'receipt', `slip-${n}-receipt`) })
        return { printed: true }
      },
      builtDirs: ['main', 'preload', 'renderer'].map((part) => join(root, 'out', part)),
      logFile: join(userDataDir, 'logs', 'desk.log'),
      flushLog: () => log.flush(),
      journalAppend: (file, text) => {
        if (journalRefusal) throw Object.assign(new Error(`${journalRefusal}: refused`), { code: journalRefusal, syscall: 'write' })
        mkdirSync(dirname(file), { recursive: true })
        appendFileSync(file, text, { mode: 0o600 })
      },
      notify: (event, payload) => void (currentPage && pushEvent(currentPage, event, payload).catch(() => {})),
    })
    const origin = new URL(server.url).origin
    const checked = createDispatcher(
      services.handlers,
      (sender) => sender.fromOurWindow && sender.isMainFrame && new URL(sender.url).origin === origin,
      log,
    )
    context = await browser.newContext({ viewport: { width: 1024, height: 720 }, locale: 'zh-CN' })
    dispatch = checked
    return openPage()
  }

  /** a page on the app's URL with the bridge into this process's dispatcher: the window main shows (or reloads) */
  async function openPage(): Promise<Page> {
    const page = await context!.newPage()
    currentPage = page
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await installBridge(page, (channel, sender, payload) => {
      ledger.note(channel, payload)
      return dispatch!(channel, sender, payload)
    })
    await page.goto(server!.url)
    return page
  }

  /** The page as print media on a sheet of `paper`, into a PDF beside the screenshots. */
  async function renderPrint(page: Page, paper: Paper, name: string): Promise<string> {
    mkdirSync(screenshotDir, { recursive: true })
    const path = join(screenshotDir, `${name}.pdf`)
    const { width, height } = papers[paper]
    await page.emulateMedia({ media: 'print' })
    try {
      await page.pdf({ path, width: `${width}mm`, height: `${height}mm`, printBackground: true })
    } finally {
      await page.emulateMedia({ media: null })
    }
    return path
  }

  async function stop(): Promise<void> {
    await context?.close()
    context = undefined
    await services?.close()
    services = undefined
  }

  return {
    kind: 'browser',
    userDataDir,
    exportFile,
    copied,
    platform: localProbe(
      () => external?.sandbox ?? services?.sandbox,
      async (reachable) => {
        if (!external) throw new Error('start the journey with externalPlatform to switch reachability')
        await (reachable ? external.proxy.restore() : external.proxy.refuse())
      },
    ),
    mainErrors: () => [...mainErrors],
    ...(options.updateFeed ? { updateInstalls: () => installs } : {}),
    proxyChallenge: async (challenge) => {
      if (!services) throw new Error('open the app first')
      return services.proxyLogin.credentialsFor(challenge)
    },
    deepLink: async (url) => {
      services?.applyDeepLink(url)
    },
    open: start,
    restart: async () => {
      await stop()
      return start()
    },
    journalDisk: (code) => void (journalRefusal = code),
    helpMenu: async (item) => {
      if (currentPage) await pushEvent(currentPage, 'desk:event:open-view', item)
    },
    crashPage: async (page) => {
      // Chromium ends the page's renderer; main's services (and the request they hold) go on, as in the app
      const cdp = await page.context().newCDPSession(page)
      const crashed = page.waitForEvent('crash', { timeout: 5000 }).catch(() => {})
      void cdp.send('Page.crash').catch(() => {}) // never answered: the renderer that would answer is gone
      await crashed
      await page.close().catch(() => {})
      return openPage()
    },
    pageErrors: () => [...errors],
    renderPrint,
    printedSlips: () => [...slips],
    screenshot: async (page, name) => {
      mkdirSync(screenshotDir, { recursive: true })
      await secretSafeScreenshot(page, join(screenshotDir, `${name}.png`))
    },
    close: async () => {
      ledger.addPlatform(external?.sandbox ?? services?.sandbox)
      await stop()
      log.flush()
      // Nothing secret the journey used may be left in the data folder: not in the settings store, the journal or
      // the log. (The shipped preset and the sandbox's own files are not the app's writing.)
      const leaks = findSecrets(userDataDir, ledger.values, (path) => path.endsWith('shipped-office.json'))
      process.off('unhandledRejection', onRejection)
      process.off('uncaughtException', onException)
      await feed?.down()
      await external?.proxy.close()
      await external?.sandbox.close()
      await server?.close()
      rmSync(userDataDir, { recursive: true, force: true })
      if (leaks.length) throw new Error(`secrets found in the app's data folder: ${leaks.join('; ')}`)
      // the sandbox (embedded or external, both in this process) ran strictly: any deviation from the contract fails
      const violations = recordedViolations.splice(0)
      if (violations.length) {
        throw new Error(`platform contract violations:\n${violations.map((v) => `  ${v.rule} (${v.endpoint}): ${v.detail}`).join('\n')}`)
      }
    },
  }
}
