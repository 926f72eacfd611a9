import { app, crashReporter, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { UiLanguage } from '@contract/types'
import type { Logger } from '../log'
import { createCrashRecovery, createHangWatch } from './recovery'
import { shellWords } from './words'
import { appMenuTemplate, contextMenuTemplate, menuActions, type MenuItem } from './menus'

/**
 * Electron's crash reporter keeps minidumps on this PC only (the crashDumps folder under the data folder): nothing is
 * uploaded. IT collects them with "Save diagnostics…" or by hand. Started before ready, so a crash at start is kept.
 */
export function keepCrashDumpsLocally(): void {
  crashReporter.start({ uploadToServer: false, compress: true })
}

export interface WindowWatchDeps {
  log: Logger
  language: () => UiLanguage
}

/**
 * The window's process gone (crashed, killed, out of memory): logged and reloaded (recovery.ts decides). The window
 * hung: after a few seconds "Wait" or "Reload" in the UI language; "Reload" ends the hung renderer, and its
 * `render-process-gone` brings the window back like any crash. The draft and the result come back from main.
 */
export function watchWindow(win: BrowserWindow, deps: WindowWatchDeps): void {
  const contents = win.webContents
  // right-click: Cut, Copy, Paste… in the UI language, only what applies where the clerk clicked (menus.ts)
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, shellWords(deps.language()).menu)
    if (template.length) Menu.buildFromTemplate(template as MenuItemConstructorOptions[]).popup({ window: win })
  })
  const reload = () => {
    if (!win.isDestroyed()) contents.reload()
  }
  const crashes = createCrashRecovery({
    log: deps.log,
    reload,
    askAfterRepeats: () => {
      const words = shellWords(deps.language()).crash
      void dialog
        .showMessageBox(win, {
          type: 'error',
          title: words.title,
          message: words.message,
          detail: words.detail,
          buttons: [words.reload, words.quit],
          defaultId: 0,
          cancelId: 1,
          noLink: true,
        })
        .then(({ response }) => (response === 0 ? reload() : app.quit()))
    },
  })
  contents.on('render-process-gone', (_event, details) => void crashes.gone(details))

  const hang = createHangWatch({
    log: deps.log,
    // a hung renderer does not take a reload: it is ended, and `render-process-gone` (reason "killed") reloads it
    reload: () => {
      if (!win.isDestroyed()) contents.forcefullyCrashRenderer()
    },
    ask: async (signal) => {
      const words = shellWords(deps.language()).hang
      const { response } = await dialog.showMessageBox(win, {
        type: 'warning',
        title: words.title,
        message: words.message,
        detail: words.detail,
        buttons: [words.wait, words.reload],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
        signal,
      })
      return response === 1 ? 'reload' : 'wait'
    },
  })
  win.on('unresponsive', () => hang.unresponsive())
  win.on('responsive', () => hang.responsive())
}

export interface AppMenuDeps {
  language: () => UiLanguage
  packaged: boolean
  /** runs a Help item: About and the licences show in the window, Save diagnostics asks where to save */
  run: (action: (typeof menuActions)[keyof typeof menuActions]) => void
}

/**
 * Sets the application menu in the UI language (main calls it again when the window switches language). It replaces
 * Electron's default English menu, whose View menu would offer Reload and DevTools in a packaged build.
 */
export function applyAppMenu(deps: AppMenuDeps): void {
  const withClicks = (items: MenuItem[]): MenuItemConstructorOptions[] =>
    items.map(({ id, submenu, ...item }) => ({
      ...(item as MenuItemConstructorOptions),
      ...(submenu ? { submenu: withClicks(submenu) } : {}),
      ...(id ? { id, click: () => deps.run(id as AppMenuDeps['run'] extends (a: infer A) => void ? A : never) } : {}),
    }))
  const template = appMenuTemplate({ words: shellWords(deps.language()).menu, packaged: deps.packaged, platform: process.platform })
  Menu.setApplicationMenu(Menu.buildFromTemplate(withClicks(template)))
}
