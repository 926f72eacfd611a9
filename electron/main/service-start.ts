import { app, clipboard, dialog, session, type BrowserWindow, type Session } from 'electron'
import { mkdir, writeFile } from 'node:fs/promises'
import { release } from 'node:os'
import { dirname, join } from 'node:path'
import type { ConfigResult, UpdateSettings } from './config'
import { electronStore } from './electron-store'
import { printToPdfFolder, printWithDialog } from './handoff/print'
import type { WriteFaults } from './local/write-faults'
import type { FileLogger } from './log'
import { netFetchWithProxyLogin } from './network/net-fetch'
import type { verifyProcFor } from './network/pins'
import { proxyConfigFor } from './network/proxy'
import type { proxiedSessions, ProxyLogin } from './network/proxy-login'
import { createServices, type ServiceOptions, type Services } from './services'
import type { StoreFactory } from './store'
import type { TestSeams } from './test-seams'
import { devUpdaterOptions } from './updates/dev-updater'
import { updatePlatformOf } from './updates/feed'
import type { UpdaterLike } from './updates/service'

/** What main's shell (index.ts) has set up before its window, and hands to the services it starts after it. */
export interface ServiceStart {
  config: ConfigResult
  reloadConfig: () => ConfigResult
  log: FileLogger
  logFile: string
  faults: WriteFaults
  seams: TestSeams
  notify: NonNullable<ServiceOptions['notify']>
  proxyLogin: ProxyLogin
  /** the sessions behind the office proxy whose auth cache goes with the proxy login (the updater's joins here) */
  proxied: ReturnType<typeof proxiedSessions>
  /** the preset's pins, as the default session checks them (index.ts); the updater's session checks them too */
  pinned: ReturnType<typeof verifyProcFor>
  /** the window's page (print, save dialog), while there is a window */
  window: () => BrowserWindow | undefined
  onLanguage: () => void
  /** the folders of the built main, preload and renderer (their licence notices) */
  builtDirs: string[]
  /** called once electron-store exists: its raw IPC listener is removed in the same turn (ipc.ts) */
  storeOpened: () => void
  /** the office's rules hold (a release bundle, or packaged): build-kind.ts, never app.isPackaged alone */
  office: boolean
}

/**
 * Main's services, started just after its window is created (index.ts): this module and everything it imports (the
 * store, the platform client, registration, the journal, updates, diagnostics) is a chunk of its own, compiled while
 * the renderer process starts instead of before the window. Every IPC channel is registered before the window and
 * waits for these services (dispatch.ts `handlersWhenReady`).
 */
export async function startServices(s: ServiceStart): Promise<Services> {
  const { config, log, pinned, seams } = s
  const updatePlatform = updatePlatformOf(process.platform)
  // the update feed's requests go out on a session of their own (electron-updater's "electron-updater" partition),
  // pinned and behind the office's proxy like the default one: the updater's and the connection check's alike
  let feedSession: Promise<Session> | undefined
  const updaterSession = () =>
    (feedSession ??= (async () => {
      const ses = session.fromPartition('electron-updater', { cache: false })
      ses.setCertificateVerifyProc(pinned) // eng-disable CERTIFICATE_VERIFY_PROC_JS_CHECK (pins only refuse more)
      await ses.setProxy(proxyConfigFor(config.ok ? config.config.proxy : undefined))
      s.proxied.add(ses)
      return ses
    })())
  /** electron-updater, loaded on the first check (never when the policy is off), from the preset's settings only */
  const loadUpdater = async (settings: UpdateSettings & { feedUrl: string }, test?: Awaited<ReturnType<typeof devUpdaterOptions>>): Promise<UpdaterLike> => {
    await updaterSession()
    const { createOfficeUpdater } = await import('./updates/updater')
    const built = config.ok ? config.config : undefined
    const updater = await createOfficeUpdater({ settings, platform: test ? 'win32' : updatePlatform!, log, audience: built?.audience ?? 'desk', office: built?.office?.code ?? null, ...test })
    // a background download never prompts the clerk: a proxy login given this session is reused, else none is sent
    updater.on('login', (authInfo, callback) => {
      const known = authInfo.isProxy ? s.proxyLogin.known(authInfo) : undefined
      if (known) callback(known.username, known.password)
      else (callback as () => void)() // no credentials: Chromium cancels the request
    })
    return updater
  }
  const openStore: StoreFactory = (dir) => {
    const store = electronStore(dir)
    s.storeOpened()
    return store
  }
  return createServices({
    facts: {
      version: app.getVersion(),
      platform: process.platform,
      packaged: s.office,
      runtime: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '', node: process.versions.node },
    },
    os: { platform: process.platform, version: process.getSystemVersion?.() ?? release(), arch: process.arch },
    config,
    reloadConfig: s.reloadConfig,
    userDataDir: app.getPath('userData'),
    openStore,
    // Chromium's network stack: the session's proxy (system, PAC or the preset's), the OS certificate store, and a
    // proxy's login challenge asked of the clerk (net.fetch would cancel it)
    fetch: netFetchWithProxyLogin(s.proxyLogin),
    feedFetch: netFetchWithProxyLogin(s.proxyLogin, updaterSession),
    proxyLogin: s.proxyLogin,
    resolveProxy: (url) => session.defaultSession.resolveProxy(url),
    copyText: (text) => clipboard.writeText(text),
    // "Print slip": the system print dialog over the window's page (its print styles show only the slip)
    printPage: seams.printDir
      ? printToPdfFolder(() => s.window()?.webContents, seams.printDir, async (file, data) => {
          await mkdir(dirname(file), { recursive: true })
          await writeFile(file, data)
        })
      : () => printWithDialog(s.window()?.webContents),
    notify: s.notify,
    faults: s.faults,
    onLanguage: s.onLanguage,
    logFile: s.logFile,
    flushLog: () => log.flush(),
    builtDirs: s.builtDirs,
    chooseSavePath: async (defaultName, kind = 'csv') => {
      const filters = kind === 'csv' ? [{ name: 'CSV', extensions: ['csv'] }] : [{ name: 'Text', extensions: ['txt'] }]
      const options = { defaultPath: join(app.getPath('documents'), defaultName), filters }
      const win = s.window()
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled ? undefined : result.filePath
    },
    log,
    ...(s.office && updatePlatform ? { updates: { platform: updatePlatform, load: (settings) => loadUpdater(settings) } } : {}),
    // the real-Electron tier's local feed (unpackaged only): electron-updater's NSIS updater, checked a second after start
    ...(seams.updates
      ? { updates: { platform: 'win32', firstCheckAfterMs: 1000, load: async (settings) => loadUpdater(settings, await devUpdaterOptions(app.getPath('userData'), settings.feedUrl, log)) } }
      : {}),
  })
}
