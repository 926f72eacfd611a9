import { app, BrowserWindow, net, protocol, screen, session, shell } from 'electron'
import { pathToFileURL } from 'node:url'
import { APP_ENTRY, APP_SCHEME, resolveAppAsset } from './app-protocol'
import { join, resolve as resolvePath } from 'node:path'
import { isAppUrl } from './app-url'
import { OFFICE_SETTINGS_FILE, resolveConfig } from './office/resolve'
import { registerIpc, removeStrayListeners } from './ipc'
import { handlersWhenReady } from './dispatch'
import { createFileLogger } from './log'
import { isAllowedExternalUrl } from './security/external-links'
import { environmentNetworkKnobs, proxyConfigFor, proxyLoginName } from './network/proxy'
import { proxiedSessions, windowProxyLogin } from './network/proxy-login'
import { presetPins, verifyProcFor } from './network/pins'
import { appResponseHeaders } from './security/csp'
import { commandLineProblem } from './security/debug-switches'
import { denyAllPermissions, guardWebContents } from './security/guards'
import { deepLinkIn } from './campaign/parse'
import { createDeepLinkInbox } from './campaign/deep-link-inbox'
import type { ServiceOptions, Services } from './services'
import { peekStoredValue } from './store'
import { createMainWindow } from './window'
import { placeWindow, type WindowState } from './window-state'
import { applyAppMenu, keepCrashDumpsLocally, watchWindow } from './shell/desktop'
import { guardProcess } from './shell/process-guards'
import { createWriteFaults } from './local/write-faults'
import { isTestBuildAt, testSeams } from './test-seams'
import type { Logger } from './log'
import type { UiLanguage } from '@contract/types'
import { BUILD_KIND, officeRulesHold } from './build-kind'

// The office's rules hold in every release bundle whatever the executable is called (build-kind.ts): a copy of the
// installed app renamed electron.exe is "not packaged" to Electron, never to us.
const office = officeRulesHold(app.isPackaged)
// the development environment (DESK_*, the dev server) is read only here; `BUILD_KIND === 'development'` is a constant, so
// a release or test bundle does not even hold these reads (tests/package/release-bundle.test.ts)
const developmentRun = BUILD_KIND === 'development' && !office

// A packaged app takes no network or TLS steering from the environment (network/proxy.ts).
if (office) for (const name of environmentNetworkKnobs) delete process.env[name]

// A packaged app starts only with the arguments it expects: no Chromium or Node switch (security/debug-switches.ts).
const commandLine = office ? commandLineProblem(process.argv, (name) => app.commandLine.hasSwitch(name)) : undefined
if (commandLine) {
  console.error(`Registration Desk does not start with command-line switches (${commandLine}); remote debugging and the like stay off.`)
  process.exit(1)
}

// Minidumps stay on this PC (shell/desktop.ts); the reporter starts before ready so a crash at start is kept too.
keepCrashDumpsLocally()

// Development and the Electron test tier may point the app at another data folder; a packaged app never does.
if (BUILD_KIND === 'development' && developmentRun && process.env.DESK_USER_DATA_DIR) app.setPath('userData', process.env.DESK_USER_DATA_DIR)

const rendererDir = join(__dirname, '../renderer')
const devServerUrl = BUILD_KIND === 'development' && developmentRun ? process.env.ELECTRON_RENDERER_URL : undefined
const ourUrl = (url: string) => isAppUrl(url, { devServerUrl })

// app://desk/ behaves like a secure web origin (standard, secure, fetch-capable); it must be declared before ready.
// No `codeCache`: V8's code cache lives in the user's data folder ("Code Cache"), which a normal account can write, and
// compiled code from it runs without any signature check (docs/security.md); the window turns it off too (window.ts).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } }])

/** Serves the built renderer from app://desk/, only files inside its folder, with the right content types. */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppAsset(request.url, rendererDir)
    if (!asset) return new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') })
    const file = await net.fetch(pathToFileURL(asset.path).toString())
    return new Response(file.body, { status: file.status, headers: appResponseHeaders(asset.type) })
  })
}

/** the one window and main's services, once started (the shell's only state besides the deep links waiting for them) */
let mainWindow: BrowserWindow | undefined
let services: Services | undefined
const deepLinks = createDeepLinkInbox(deepLinkIn(process.argv))

interface WindowDeps {
  log: Logger
  /** the window's last place and size: the store's value (read before the store itself is loaded at start) */
  saved: unknown
  /** where it is kept when the window closes (the services' store, once they exist) */
  save: (state: WindowState) => void
  language: () => UiLanguage
  smokeOut?: string
}

function createWindow({ log, saved, save, language, smokeOut }: WindowDeps): BrowserWindow {
  // the last place and size, on a display that still exists (window-state.ts); saved again when the window closes
  const place = placeWindow(saved, screen.getAllDisplays().map((d) => d.workArea), screen.getPrimaryDisplay().workAreaSize)
  const win = createMainWindow(join(__dirname, '../preload/index.js'), office, place.bounds)
  if (place.maximized) win.maximize()
  win.on('close', () => save({ ...win.getNormalBounds(), maximized: win.isMaximized() }))
  // a crashed window is reloaded, a hung one offers Wait/Reload; right-click offers Cut/Copy/Paste (shell/desktop.ts)
  watchWindow(win, { log, language })
  win.once('ready-to-show', () => {
    win.show()
    // the first frame drawn, in the log: the installed-app smoke test (scripts/smoke-installed.mjs) waits for it
    log.info('window.shown')
    // a packaged TEST build asked for the smoke journey registers one customer, then quits (test-seams.ts)
    if (smokeOut) void import('./smoke/journey').then(({ runSmokeJourney }) => runSmokeJourney(win, smokeOut, log)).finally(() => app.quit())
  })
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined
  })
  void win.loadURL(devServerUrl ?? APP_ENTRY)
  return win
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

/** the application menu in the UI language; Help's items act on the window (About, licences) or save diagnostics */
function showAppMenu(services: Services, log: Logger): void {
  applyAppMenu({
    language: () => services.app.language(),
    packaged: office,
    run: (action) => {
      if (action === 'save-diagnostics') {
        void services.app.saveDiagnostics().then((saved) => {
          if (!saved.ok) log.warn('diagnostics.not-saved', { reason: saved.error.code })
        })
        return
      }
      focusMainWindow()
      mainWindow?.webContents.send('desk:event:open-view', action)
    },
  })
}

async function start(): Promise<void> {
  // the local writes that fail (journal, settings, log) are told to the window; the log reports its own here too
  const faults = createWriteFaults({ log: () => log, onChange: (list) => mainWindow?.webContents.send('desk:event:local-faults', list) })
  const logFile = join(app.getPath('userData'), 'logs', 'desk.log')
  const log = createFileLogger({
    file: logFile,
    echo: office ? undefined : (line) => console.log(line),
    onWriteFault: (error, pending) => faults.failed('log', error, pending),
    onWriteOk: () => faults.recovered('log'),
  })
  // an uncaught exception or unhandled rejection in main is logged (no message: it may be personal) and survived
  guardProcess(process, log)
  // office.json: inside the signed app.asar of a per-office build; in development DESK_OFFICE_FILE may name one.
  const files = {
    userFile: join(app.getPath('userData'), OFFICE_SETTINGS_FILE),
    shippedFile: BUILD_KIND === 'development' && developmentRun ? process.env.DESK_OFFICE_FILE : join(app.getAppPath(), 'office', 'office.json'),
  }
  const resolve = () => resolveConfig(files, BUILD_KIND === 'development' && developmentRun ? process.env : {}, office, log)
  // none in a release bundle (not even the code); off in any packaged build but a test build's smoke (test-seams.ts)
  const seams = BUILD_KIND === 'release' ? {} : testSeams(office, process.env, isTestBuildAt(app.getAppPath()))
  const config = resolve()
  if (!config.ok) log.error('config.invalid', { reason: `${config.problem.field}: ${config.problem.message}` })
  const allowList = config.ok ? config.config.externalLinkAllowList : []

  serveRenderer()
  // the preset's public-key pins hold for the platform and the feed on every session that reaches them (network/pins.ts)
  const pins = presetPins(config.ok ? config.config : undefined)
  const pinned = verifyProcFor(() => pins, (host, presented) => log.error('tls.pin-refused', { host, reason: presented ? `key ${presented}` : 'no key' }))
  // the proc only ever refuses more (a pinned host's other key) and otherwise keeps Chromium's verdict (-3): it never
  // accepts a certificate Chromium refused (network/pins.ts, pins.test.ts)
  session.defaultSession.setCertificateVerifyProc(pinned) // eng-disable CERTIFICATE_VERIFY_PROC_JS_CHECK
  // the office's proxy (or the system's) is in place before the first platform call
  await session.defaultSession.setProxy(proxyConfigFor(config.ok ? config.config.proxy : undefined))
  denyAllPermissions(session.defaultSession)
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, {
      isAppUrl: ourUrl,
      isAllowedExternal: (url) => isAllowedExternalUrl(url, allowList),
      // only https URLs on the office allow-list get here (isAllowedExternalUrl)
      openExternal: (url) => void shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
    }),
  )

  const notify: NonNullable<ServiceOptions['notify']> = (event, payload) => mainWindow?.webContents.send(event, payload)
  // Chromium's auth cache is emptied with ours on every session behind the proxy (the updater's joins when it exists)
  const proxied = proxiedSessions([session.defaultSession])
  const proxyLogin = windowProxyLogin({
    notify,
    remember: () => (config.ok ? config.config.proxyLoginRemember : undefined),
    staffMode: () => (config.ok ? config.config.staff.enabled : false),
    offered: (challenge) => proxyLoginName(config.ok ? config.config.proxy : undefined, challenge),
    clearCaches: proxied.clearAuthCaches,
    log,
  })
  // The services start just after the window (service-start.ts, a chunk of their own): the renderer process starts
  // while they are built. Every channel is registered now, checked as ever, and answered once they exist.
  const starting = import('./service-start').then(({ startServices }) =>
    startServices({
      config,
      reloadConfig: resolve,
      log,
      logFile,
      faults,
      seams,
      notify,
      proxyLogin,
      proxied,
      pinned,
      window: () => mainWindow,
      onLanguage: () => services && showAppMenu(services, log),
      builtDirs: [__dirname, join(__dirname, '../preload'), rendererDir],
      // electron-store's raw listener goes in the turn it is added, before any message can reach it (ipc.ts)
      storeOpened: () => removeStrayListeners(log),
      office,
    }),
  ).then((started) => (services = started))
  registerIpc(
    handlersWhenReady(starting.then((started) => started.handlers)),
    (sender) => sender.fromOurWindow && sender.isMainFrame && ourUrl(sender.url),
    () => mainWindow?.webContents.id,
    log,
  )
  app.on('will-quit', () => {
    log.flush()
    void services?.close()
  })

  const userData = app.getPath('userData')
  // until the services exist (a few milliseconds), the office's language stands for the user's (app/service.ts)
  const language = () => services?.app.language() ?? (config.ok ? config.config.language : undefined) ?? 'en-US'
  // kept in the store at once when it exists (the app may be quitting), else as soon as it does
  const save = (state: WindowState) => (services ? services.windowState.save(state) : void starting.then((started) => started.windowState.save(state)))
  mainWindow = createWindow({ log, saved: peekStoredValue(userData, 'windowState'), save, language, smokeOut: seams.smokeOut })
  const ready = await starting
  showAppMenu(ready, log)
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createWindow({ log, saved: ready.windowState.load(), save, language })
  })
  // while the window loads its scripts, main prepares what the window asks first (app info, with its country names)
  setImmediate(() => void ready.app.info())
  deepLinks.open((url) => ready.applyDeepLink(url))
  // which office preset is in effect (its code, not personal): the installed-app smoke test reads it from the log
  log.info('app.started', { mode: config.ok ? config.config.platform.mode : 'config-problem', office: config.ok ? config.config.office?.code : undefined })
}

function registerProtocol(): void {
  // In development Electron runs as `electron path/to/main`, so the OS must be told the script too.
  // regdesk:// URLs are parsed and validated in main (parseDeepLink) before anything uses them
  const script = process.defaultApp && process.argv[1] ? [resolvePath(process.argv[1])] : []
  app.setAsDefaultProtocolClient('regdesk', process.execPath, script) // eng-disable PROTOCOL_HANDLER_JS_CHECK
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  registerProtocol()
  // A second launch (e.g. a clicked regdesk:// link on Windows) hands its arguments to this instance.
  app.on('second-instance', (_event, argv) => {
    focusMainWindow()
    deepLinks.arrive(deepLinkIn(argv))
  })
  // macOS delivers links as events, possibly before ready.
  app.on('open-url', (event, url) => {
    event.preventDefault()
    deepLinks.arrive(url)
    focusMainWindow()
  })
  app.on('window-all-closed', () => app.quit())
  void app.whenReady().then(start)
}
