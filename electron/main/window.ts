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
      // no V8 code cache: it would be read from the user's data folder, which the user can write, and run unchecked
      // (compiled code planted there would run in this window, with its IPC); the scripts are compiled at each start
      v8CacheOptions: 'none',
      devTools: !packaged,
    },
  })
}
