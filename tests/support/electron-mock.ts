import { EventEmitter } from 'node:events'
import { mkdtempSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, vi } from 'vitest'

/**
 * A stand-in for the `electron` module, for the wiring tier: records what main asks of Electron so a test can check
 * window options, guards and handler registration without an Electron binary.
 */
export class FakeWebContents extends EventEmitter {
  static nextId = 1
  id = FakeWebContents.nextId++
  windowOpenHandler?: (details: { url: string }) => { action: string }
  mainFrame = { url: '', parent: null }
  sent: [string, unknown][] = []
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload])
  }
  reload = vi.fn()
  /** Electron ends the renderer; it then reports `render-process-gone` with reason "killed" */
  forcefullyCrashRenderer = vi.fn(() => void this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 }))
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  /** emit a cancellable event the way Electron does and report whether a listener prevented it */
  fire(name: string, ...args: unknown[]): boolean {
    let prevented = false
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args)
    return prevented
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  webContents = new FakeWebContents()
  loaded?: { file?: string; url?: string }
  constructor(public options: Record<string, any>) {
    super()
    FakeBrowserWindow.instances.push(this)
    fake.app.emit('web-contents-created', {}, this.webContents)
  }
  loadFile(file: string) {
    this.loaded = { file }
    return Promise.resolve()
  }
  loadURL(url: string) {
    this.loaded = { url }
    return Promise.resolve()
  }
  show = vi.fn()
  maximized = false
  maximize = vi.fn(() => void (this.maximized = true))
  isMaximized = () => this.maximized
  /** the unmaximised bounds: where the options put the window (tests may move it) */
  normalBounds?: { x: number; y: number; width: number; height: number }
  getNormalBounds = () => this.normalBounds ?? { x: this.options.x ?? 100, y: this.options.y ?? 80, width: this.options.width, height: this.options.height }
  isDestroyed = () => false
  focus = vi.fn()
  restore = vi.fn()
  isMinimized = () => false
}

const userData = mkdtempSync(join(tmpdir(), 'desk-wiring-'))

class FakeApp extends EventEmitter {
  isPackaged = false
  gotLock = true
  readyResolve!: () => void
  ready = new Promise<void>((resolve) => (this.readyResolve = resolve))
  paths: Record<string, string> = { userData }
  requestSingleInstanceLock = vi.fn(() => this.gotLock)
  quit = vi.fn()
  whenReady = () => this.ready
  getVersion = () => '0.1.0'
  getAppPath = () => join(userData, 'app.asar')
  getPath = (name: string) => this.paths[name] ?? userData
  setPath = vi.fn((name: string, value: string) => (this.paths[name] = value))
  setAsDefaultProtocolClient = vi.fn(() => true)
  commandLine = { hasSwitch: (name: string) => process.argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`)) }
}

/**
 * Electron's net.request (ClientRequest) as the platform calls use it: the request goes out through Node's fetch; a test
 * may have a "proxy" ask for a login first (`fake.proxyChallenge`), answered through the `login` event's callback.
 */
export class FakeClientRequest extends EventEmitter {
  static instances: FakeClientRequest[] = []
  headers: Record<string, string> = {}
  chunks: Buffer[] = []
  loginAnswer?: [string | undefined, string | undefined]
  constructor(public options: { method: string; url: string; redirect?: string }) {
    super()
    FakeClientRequest.instances.push(this)
  }
  setHeader(name: string, value: string) {
    this.headers[name] = value
  }
  write(chunk: Buffer) {
    this.chunks.push(chunk)
  }
  abort = vi.fn()
  end() {
    void (async () => {
      const challenge = fake.proxyChallenge
      if (challenge) {
        const answered = await new Promise<[string | undefined, string | undefined]>((resolve) =>
          this.emit('login', { isProxy: true, ...challenge }, (username?: string, password?: string) => resolve([username, password])),
        )
        this.loginAnswer = answered
        if (!answered[0]) return void this.emit('error', new Error('net::ERR_PROXY_AUTH_REQUESTED'))
      }
      try {
        const res = await globalThis.fetch(this.options.url, {
          method: this.options.method,
          headers: this.headers,
          body: this.chunks.length ? Buffer.concat(this.chunks) : undefined,
        })
        const { Readable } = await import('node:stream')
        const message = Object.assign(Readable.from(Buffer.from(await res.arrayBuffer())), {
          statusCode: res.status,
          statusMessage: res.statusText,
          headers: Object.fromEntries(res.headers),
        })
        this.emit('response', message)
      } catch (error) {
        this.emit('error', error)
      }
    })()
  }
}

/** An IPC event as main receives it from our one window's main frame (the first window main created). */
export function ourWindowEvent() {
  const win = FakeBrowserWindow.instances[0]!
  return { sender: { id: win.webContents.id }, senderFrame: { url: win.loaded!.url!, parent: null } }
}

export const fake = {
  /** when set, every net.request meets a proxy that asks for a login first */
  proxyChallenge: undefined as undefined | { host: string; port: number; realm: string; scheme: string },
  app: new FakeApp(),
  handled: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  permissionRequest: undefined as undefined | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
  permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
  openExternal: vi.fn(async (_url: string) => {}),
  protocols: new Map<string, (request: Request) => Promise<Response>>(),
  /** the button a message box answers with; undefined: it stays open until its signal aborts */
  messageBoxAnswer: undefined as number | undefined,
  appMenu: undefined as unknown[] | undefined,
  popups: [] as unknown[][],
}

/**
 * Main's services started: they come just after its window (electron/main/service-start.ts), and the application
 * menu, in the user's language, is the first thing main sets with them.
 */
export const servicesStarted = () => vi.waitFor(() => expect(fake.appMenu).toBeDefined(), { timeout: 5000 })

export const electronMock = {
  app: fake.app,
  BrowserWindow: FakeBrowserWindow,
  /** an EventEmitter like Electron's: raw `.on` listeners (which bypass the dispatcher) can be counted */
  ipcMain: Object.assign(new EventEmitter(), {
    /** recorded, then added for real, so a test sees both who asked and what is left */
    on: vi.fn(function (this: EventEmitter, channel: string, listener: (...args: unknown[]) => void) {
      return EventEmitter.prototype.on.call(this, channel, listener)
    }),
    handle: vi.fn((channel: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) =>
      fake.handled.set(channel, fn),
    ),
    removeHandler: vi.fn((channel: string) => fake.handled.delete(channel)),
  }),
  session: {
    /** electron-updater's own session ("electron-updater"): main gives it the office's proxy too */
    partitions: new Map<string, { setProxy: ReturnType<typeof vi.fn>; setCertificateVerifyProc: ReturnType<typeof vi.fn>; clearAuthCache: ReturnType<typeof vi.fn> }>(),
    fromPartition(name: string) {
      const known = electronMock.session.partitions.get(name) ?? {
        setProxy: vi.fn(async (_config: unknown) => {}),
        setCertificateVerifyProc: vi.fn((_proc: unknown) => {}),
        clearAuthCache: vi.fn(async () => {}),
      }
      electronMock.session.partitions.set(name, known)
      return known
    },
    defaultSession: {
      setProxy: vi.fn(async (_config: unknown) => {}),
      /** the preset's public-key pins (network/pins.ts) */
      setCertificateVerifyProc: vi.fn((_proc: unknown) => {}),
      resolveProxy: vi.fn(async (_url: string) => 'DIRECT'),
      /** Chromium's HTTP auth cache (an answered proxy login): emptied with ours at the end of a shift */
      clearAuthCache: vi.fn(async () => {}),
      setPermissionRequestHandler: (fn: typeof fake.permissionRequest) => (fake.permissionRequest = fn),
      setPermissionCheckHandler: (fn: typeof fake.permissionCheck) => (fake.permissionCheck = fn),
    },
  },
  shell: { openExternal: fake.openExternal },
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocols.set(scheme, handler)),
  },
  // Electron's net.fetch reads file: URLs (the stand-in reads the file itself) and makes the platform calls (the
  // stand-in hands those to Node's fetch), so a test can see that main's platform client goes through net.fetch
  net: {
    request: vi.fn((options: { method: string; url: string; redirect?: string }) => new FakeClientRequest(options)),
    fetch: vi.fn(async (input: string | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input.url
      if (!url.startsWith('file:')) return globalThis.fetch(input, init)
      try {
        return new Response(readFileSync(fileURLToPath(url)))
      } catch {
        return new Response('', { status: 404 })
      }
    }),
  },
  clipboard: { writeText: vi.fn() },
  dialog: {
    showSaveDialog: vi.fn(),
    /** answers with `fake.messageBoxAnswer` (the button index); a signal's abort answers the cancel button */
    showMessageBox: vi.fn(
      (_win: unknown, options: { cancelId?: number; signal?: AbortSignal }) =>
        new Promise<{ response: number }>((resolve) => {
          options.signal?.addEventListener('abort', () => resolve({ response: options.cancelId ?? 0 }))
          if (fake.messageBoxAnswer !== undefined) resolve({ response: fake.messageBoxAnswer })
        }),
    ),
  },
  crashReporter: { start: vi.fn() },
  /** the displays' work areas (a test may unplug one) */
  screen: {
    displays: [{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }],
    getAllDisplays: () => electronMock.screen.displays,
    getPrimaryDisplay: () => ({ ...electronMock.screen.displays[0]!, workAreaSize: { width: electronMock.screen.displays[0]!.workArea.width, height: electronMock.screen.displays[0]!.workArea.height } }),
  },
  Menu: {
    /** the last application menu set, and the context menus shown, as their templates */
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template, popup: vi.fn(() => fake.popups.push(template)) })),
    setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => (fake.appMenu = menu?.template)),
  },
}
