import { app, BrowserWindow, clipboard, session, shell } from 'electron'
import ElectronStore from 'electron-store'
import { release } from 'node:os'
import { join } from 'node:path'
import { isAppUrl } from './app-url'
import { configFromEnv } from './config'
import { createHandlers } from './handlers'
import { registerIpc } from './ipc'
import { createFileLogger } from './log'
import { isAllowedExternalUrl } from './security/external-links'
import { denyAllPermissions, guardWebContents } from './security/guards'
import { createServices } from './services'
import { mainWindowOptions } from './window-options'

// Development and the Electron test tier may point the app at another data folder; a packaged app never does.
if (!app.isPackaged && process.env.DESK_USER_DATA_DIR) app.setPath('userData', process.env.DESK_USER_DATA_DIR)

const rendererFile = join(__dirname, '../renderer/index.html')
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const ourUrl = (url: string) => isAppUrl(url, { rendererFile, devServerUrl })

let mainWindow: BrowserWindow | undefined

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js'), app.isPackaged))
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined
  })
  if (devServerUrl) void win.loadURL(devServerUrl)
  else void win.loadFile(rendererFile)
  return win
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

async function start(): Promise<void> {
  const log = createFileLogger({
    file: join(app.getPath('userData'), 'logs', 'desk.log'),
    echo: app.isPackaged ? undefined : (line) => console.log(line),
  })
  const config = configFromEnv(process.env, app.isPackaged)
  if (!config.ok) log.error('config.invalid', { reason: `${config.problem.field}: ${config.problem.message}` })
  const allowList = config.ok ? config.config.externalLinkAllowList : []

  denyAllPermissions(session.defaultSession)
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, {
      isAppUrl: ourUrl,
      isAllowedExternal: (url) => isAllowedExternalUrl(url, allowList),
      openExternal: (url) => void shell.openExternal(url),
    }),
  )

  const services = await createServices({
    facts: { version: app.getVersion(), platform: process.platform, packaged: app.isPackaged },
    os: { platform: process.platform, version: process.getSystemVersion?.() ?? release(), arch: process.arch },
    config,
    userDataDir: app.getPath('userData'),
    store: new ElectronStore({ name: 'config' }),
    copyText: (text) => clipboard.writeText(text),
    log,
  })
  app.on('will-quit', () => void services.close())
  const handlers = createHandlers(services.deps)
  registerIpc(
    handlers,
    (sender) => sender.fromOurWindow && sender.isMainFrame && ourUrl(sender.url),
    () => mainWindow?.webContents.id,
    log,
  )

  mainWindow = createWindow()
  log.info('app.started', { mode: config.ok ? config.config.platform.mode : 'config-problem' })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  app.on('window-all-closed', () => app.quit())
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createWindow()
  })
  void app.whenReady().then(start)
}
