// A stand-in for the `electron` module in a plain Node process (no test framework): just enough of Electron's main-
// process API for main's start, and a mark when the window would be created. Used by the main-start benchmark.
const { EventEmitter } = require('node:events')
const { mkdtempSync } = require('node:fs')
const { tmpdir } = require('node:os')
const { join } = require('node:path')

const userData = process.env.STANDIN_USER_DATA || mkdtempSync(join(tmpdir(), 'desk-standin-'))
const noop = () => {}
const asyncNoop = async () => {}

class App extends EventEmitter {
  constructor() {
    super()
    this.isPackaged = false
    this.commandLine = { hasSwitch: () => false }
  }
  whenReady() { return Promise.resolve() }
  requestSingleInstanceLock() { return true }
  getPath() { return userData }
  setPath() {}
  getAppPath() { return join(userData, 'app.asar') }
  getVersion() { return '0.1.0' }
  getName() { return 'Registration Desk' }
  setAsDefaultProtocolClient() { return true }
  quit() {}
}

class WebContents extends EventEmitter {
  constructor() { super(); this.id = 1 }
  setWindowOpenHandler() {}
  send() {}
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    this.options = options
    this.webContents = new WebContents()
    // the moment main would show its window: report it, then what the window asks first (app info) as soon as main
    // can answer it, as the renderer would: main's services start after its window and its channels wait for them
    report({ windowAt: performance.now() })
    app.emit('web-contents-created', {}, this.webContents)
    const ours = { sender: this.webContents, senderFrame: { url: 'app://desk/index.html', parent: null } }
    setImmediate(() => {
      const ask = handlers.get('desk:app:info')
      if (!ask) return report({ answeredAt: performance.now(), answered: 'no handler' })
      void Promise.resolve(ask(ours, undefined)).then((result) => report({ answeredAt: performance.now(), answered: result && result.ok ? 'ok' : 'error' }))
    })
  }
  loadURL() { return Promise.resolve() }
  isMinimized() { return false }
  show() {}
  focus() {}
  restore() {}
}

const session = {
  defaultSession: {
    setProxy: asyncNoop,
    resolveProxy: async () => 'DIRECT',
    setPermissionRequestHandler: noop,
    setPermissionCheckHandler: noop,
    setCertificateVerifyProc: noop,
  },
  fromPartition: () => ({ setProxy: asyncNoop, setCertificateVerifyProc: noop }),
}
const report = (mark) => (process.send ? process.send(mark) : console.log(JSON.stringify(mark)))
const handlers = new Map()
const ipcMain = Object.assign(new EventEmitter(), { handle: (channel, handler) => void handlers.set(channel, handler), removeHandler: (channel) => void handlers.delete(channel) })
const app = new App()

module.exports = {
  app,
  BrowserWindow,
  ipcMain,
  session,
  protocol: { registerSchemesAsPrivileged: noop, handle: noop },
  // the desktop around the window (issue 26): crash dumps kept on the PC, the menu, the displays for the window's place
  crashReporter: { start: noop },
  Menu: { buildFromTemplate: (template) => ({ template }), setApplicationMenu: noop },
  screen: {
    getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1366, height: 728 }, bounds: { x: 0, y: 0, width: 1366, height: 768 }, scaleFactor: 1 }],
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1366, height: 728 }, bounds: { x: 0, y: 0, width: 1366, height: 768 }, scaleFactor: 1 }),
  },
  net: { fetch: async () => new Response(''), request: () => { throw new Error('no network in the stand-in') } },
  shell: { openExternal: asyncNoop },
  clipboard: { writeText: noop },
  dialog: { showSaveDialog: async () => ({ canceled: true }), showMessageBox: async () => ({ response: 0 }) },
  contextBridge: { exposeInMainWorld: noop },
  ipcRenderer: { invoke: asyncNoop, on: noop, removeListener: noop },
}
// electron-store reads this
module.exports.default = module.exports

