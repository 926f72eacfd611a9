import type { ShellWords } from './words'

/**
 * Menu templates as plain data (Electron's MenuItemConstructorOptions shape, Electron-free so they are unit-tested);
 * desktop.ts hands them to Menu.buildFromTemplate. Every label is in the UI language; roles keep the OS's own
 * behaviour and shortcuts (Cmd/Ctrl+C, V, X, Z work because the Edit menu carries the roles).
 */
export interface MenuItem {
  label?: string
  role?: string
  type?: 'separator' | 'submenu' | 'normal'
  enabled?: boolean
  accelerator?: string
  submenu?: MenuItem[]
  /** a custom action: the shell maps the id to what it does */
  id?: string
}

const separator: MenuItem = { type: 'separator' }

/** What Chromium tells main about a right-click (the 'context-menu' event's params, the part used here). */
export interface ContextParams {
  isEditable: boolean
  selectionText: string
  inputFieldType?: string
  editFlags: { canUndo: boolean; canRedo: boolean; canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean }
}

/**
 * The right-click menu: in a text field Undo, Redo, Cut, Copy, Paste, Select all (each enabled as Chromium says it
 * applies); on selected read-only text only Copy (and Select all); elsewhere nothing. Never Inspect or DevTools.
 */
export function contextMenuTemplate(params: ContextParams, words: ShellWords['menu']): MenuItem[] {
  const f = params.editFlags
  if (params.isEditable) {
    return [
      { role: 'undo', label: words.undo, enabled: f.canUndo },
      { role: 'redo', label: words.redo, enabled: f.canRedo },
      separator,
      { role: 'cut', label: words.cut, enabled: f.canCut },
      { role: 'copy', label: words.copy, enabled: f.canCopy },
      { role: 'paste', label: words.paste, enabled: f.canPaste },
      separator,
      { role: 'selectAll', label: words.selectAll, enabled: f.canSelectAll },
    ]
  }
  if (params.selectionText.trim()) {
    return [{ role: 'copy', label: words.copy, enabled: f.canCopy }, separator, { role: 'selectAll', label: words.selectAll }]
  }
  return []
}

export interface AppMenuOptions {
  words: ShellWords['menu']
  packaged: boolean
  platform: string
}

/** The custom items' ids (desktop.ts runs them). */
export const menuActions = { about: 'about', saveDiagnostics: 'save-diagnostics', licences: 'licences' } as const

/**
 * The application menu (macOS's menu bar; Windows shows it under Alt, the window hides it otherwise): Edit with the
 * standard roles, View without Reload or DevTools when packaged, Help with Save diagnostics…, licences and About.
 */
export function appMenuTemplate({ words, packaged, platform }: AppMenuOptions): MenuItem[] {
  const mac = platform === 'darwin'
  const about: MenuItem = { id: menuActions.about, label: words.about }
  const help: MenuItem[] = [
    { id: menuActions.saveDiagnostics, label: words.saveDiagnostics },
    separator,
    { id: menuActions.licences, label: words.licences },
    ...(mac ? [] : [separator, about]),
  ]
  return [
    ...(mac
      ? [
          {
            label: 'Registration Desk',
            submenu: [about, separator, { role: 'hide', label: words.hide }, { role: 'hideOthers', label: words.hideOthers }, { role: 'unhide', label: words.showAll }, separator, { role: 'quit', label: words.quit }],
          },
        ]
      : [{ label: words.file, submenu: [{ role: 'quit', label: words.quit }] }]),
    {
      label: words.edit,
      submenu: [
        { role: 'undo', label: words.undo },
        { role: 'redo', label: words.redo },
        separator,
        { role: 'cut', label: words.cut },
        { role: 'copy', label: words.copy },
        { role: 'paste', label: words.paste },
        separator,
        { role: 'selectAll', label: words.selectAll },
      ],
    },
    {
      label: words.view,
      submenu: [
        ...(packaged ? [] : [{ role: 'reload', label: words.reload }, { role: 'toggleDevTools', label: words.devTools }, separator]),
        { role: 'resetZoom', label: words.actualSize },
        { role: 'zoomIn', label: words.zoomIn },
        { role: 'zoomOut', label: words.zoomOut },
        separator,
        { role: 'togglefullscreen', label: words.fullScreen },
      ],
    },
    { label: words.window, submenu: [{ role: 'minimize', label: words.minimize }, { role: 'close', label: words.close }] },
    { label: words.help, role: 'help', submenu: help },
  ]
}
