import { describe, expect, it } from 'vitest'
import { appMenuTemplate, contextMenuTemplate, type ContextParams, type MenuItem } from '../../../electron/main/shell/menus'
import { shellWords } from '../../../electron/main/shell/words'

const flags = (over: Partial<ContextParams['editFlags']> = {}): ContextParams['editFlags'] => ({
  canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: true, canSelectAll: true, ...over,
})
const labels = (items: MenuItem[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label)
const flat = (items: MenuItem[]): MenuItem[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])])

describe('right-click menu', () => {
  it('in a text field: Undo, Redo, Cut, Copy, Paste, Select all in the UI language, enabled as Chromium says', () => {
    const items = contextMenuTemplate({ isEditable: true, selectionText: '', editFlags: flags() }, shellWords('zh-CN').menu)
    expect(labels(items)).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选'])
    expect(items.find((i) => i.role === 'paste')).toMatchObject({ enabled: true })
    expect(items.find((i) => i.role === 'cut')).toMatchObject({ enabled: false })
  })

  it('on selected read-only text: Copy (no Paste, no Cut); elsewhere nothing; never Inspect or DevTools', () => {
    const words = shellWords('en-US').menu
    const selected = contextMenuTemplate({ isEditable: false, selectionText: '8000001', editFlags: flags({ canCopy: true }) }, words)
    expect(labels(selected)).toEqual(['Copy', 'Select all'])
    expect(contextMenuTemplate({ isEditable: false, selectionText: ' ', editFlags: flags() }, words)).toEqual([])
    for (const items of [selected, contextMenuTemplate({ isEditable: true, selectionText: 'x', editFlags: flags() }, words)]) {
      expect(JSON.stringify(items)).not.toMatch(/inspect|devtools/i)
    }
  })
})

describe('application menu', () => {
  it('Edit carries the standard roles (so Cmd/Ctrl+C, V, X, Z work), labelled in the UI language', () => {
    const menu = appMenuTemplate({ words: shellWords('zh-CN').menu, packaged: true, platform: 'win32' })
    const edit = menu.find((m) => m.label === '编辑')!
    expect(edit.submenu!.map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
    expect(labels(menu)).toEqual(['文件', '编辑', '视图', '窗口', '帮助'])
  })

  it('packaged: no Reload and no DevTools anywhere; development keeps them', () => {
    const roles = (packaged: boolean) => flat(appMenuTemplate({ words: shellWords('en-US').menu, packaged, platform: 'win32' })).map((i) => i.role)
    expect(roles(true)).not.toContain('reload')
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(true)).not.toContain('forceReload')
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('Help: Save diagnostics…, Third-party licences and About; on macOS About sits in the app menu', () => {
    const win = appMenuTemplate({ words: shellWords('en-US').menu, packaged: true, platform: 'win32' })
    expect(labels(win.at(-1)!.submenu!)).toEqual(['Save diagnostics…', 'Third-party licences', 'About Registration Desk'])
    expect(win.at(-1)!.submenu!.map((i) => i.id).filter(Boolean)).toEqual(['save-diagnostics', 'licences', 'about'])
    const mac = appMenuTemplate({ words: shellWords('en-US').menu, packaged: true, platform: 'darwin' })
    expect(mac[0]!.submenu![0]).toMatchObject({ id: 'about' })
    expect(labels(mac.at(-1)!.submenu!)).toEqual(['Save diagnostics…', 'Third-party licences'])
  })
})
