import { BrowserWindow } from 'electron'
import { initialWindowSize, WINDOW_MIN, type Size } from './window-size'
import type { Rect } from './window-state'

/**
 * The one window. Its options are written out here, at the constructor, so a reviewer (and electronegativity) sees
 * every item of Electron's security checklist that lives in webPreferences.
 */
export function createMainWindow(preloadPath: string, packaged: boolean, bounds: Partial<Rect> & Size = initialWindowSize(undefined)): BrowserWindow {
  return new BrowserWindow({
    // where it was last time, on a display that still exists, or the first-start size (window-state.ts)
    ...bounds,
    // fits the office laptop's work area at 125% and 150% scaling (window-size.ts)
    minWidth: WINDOW_MIN.width,
    minHeight: WINDOW_MIN.height,
    title: 'Registration Desk',
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#f5f7fa',
    webPreferences: {
      // the preload exposes only named functions built from the contract map (no ipcRenderer, no generic send)
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // a middle click must not open links in new windows
      disableBlinkFeatures: 'Auxclick',
      // V8 keeps the compiled scripts from the first start (not only after a script proved "hot"): every later start
      // skips compiling them; works with the app:// scheme's codeCache privilege (index.ts)
      v8CacheOptions: 'bypassHeatCheck',
      devTools: !packaged,
    },
  })
}
