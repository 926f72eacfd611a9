import { beforeAll, describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { electronMock, fake, FakeBrowserWindow, servicesStarted } from '../../support/electron-mock'

vi.mock('electron', () => ({ default: electronMock, ...electronMock }))

const settle = async () => {
  await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBeGreaterThan(0), { timeout: 5000 })
  await servicesStarted()
}
const logText = () => {
  try {
    return readFileSync(join(fake.app.getPath('userData'), 'logs', 'desk.log'), 'utf8')
  } catch {
    return ''
  }
}

/** The desktop shell of issue 26 as main wires it to Electron (mocked): crash reporter, crash and hang recovery. */
describe('desktop shell wiring (mocked electron)', () => {
  beforeAll(async () => {
    await import('../../../electron/main/index')
    fake.app.readyResolve()
    await settle()
  })

  it('keeps minidumps on this PC: the crash reporter starts without upload', () => {
    expect(electronMock.crashReporter.start).toHaveBeenCalledWith(expect.objectContaining({ uploadToServer: false }))
  })

  it('a window whose process is gone is reloaded, and why is logged', async () => {
    const win = FakeBrowserWindow.instances[0]!
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })
    expect(win.webContents.reload).toHaveBeenCalledTimes(1)
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 })
    expect(win.webContents.reload).toHaveBeenCalledTimes(1)
    await vi.waitFor(() => expect(logText()).toContain('"event":"window.gone","reason":"crashed"'), { timeout: 2000 })
  })

  it('a hung window: after a few seconds "Wait" or "Reload" in the UI language; Reload ends the renderer and reloads', async () => {
    const win = FakeBrowserWindow.instances[0]!
    win.webContents.reload.mockClear()
    fake.messageBoxAnswer = 1
    win.emit('unresponsive')
    await vi.waitFor(() => expect(electronMock.dialog.showMessageBox).toHaveBeenCalled(), { timeout: 5000 })
    const [, options] = electronMock.dialog.showMessageBox.mock.calls.at(-1)! as [unknown, { buttons: string[]; signal?: AbortSignal }]
    // the language main knows (the window's last choice; zh-CN for the sandbox default)
    expect([['等待', '重新加载'], ['Wait', 'Reload']]).toContainEqual(options.buttons)
    expect(options.signal).toBeInstanceOf(AbortSignal)
    await vi.waitFor(() => expect(win.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1))
    expect(win.webContents.reload).toHaveBeenCalledTimes(1)
    fake.messageBoxAnswer = undefined
  }, 10_000)

  it('an uncaught exception or unhandled rejection in main is logged, not fatal', () => {
    expect(process.listenerCount('uncaughtException')).toBeGreaterThan(0)
    expect(process.listenerCount('unhandledRejection')).toBeGreaterThan(0)
  })
})

describe('menus (mocked electron)', () => {
  const flat = (items: any[]): any[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])])

  it('replaces Electron’s default menu with ours, and rebuilds it in the language the window switches to', async () => {
    expect(fake.appMenu).toBeDefined()
    const setLanguage = fake.handled.get('desk:app:set-language')!
    const { ourWindowEvent } = await import('../../support/electron-mock')
    await setLanguage(ourWindowEvent(), 'en-US')
    expect(fake.appMenu!.map((m: any) => m.label)).toContain('Edit')
    await setLanguage(ourWindowEvent(), 'zh-CN')
    expect(fake.appMenu!.map((m: any) => m.label)).toContain('编辑')
  })

  it('Help → About and Third-party licences open the window’s own screen', () => {
    const win = FakeBrowserWindow.instances[0]!
    const items = flat(fake.appMenu!)
    items.find((i) => i.id === 'about').click()
    items.find((i) => i.id === 'licences').click()
    expect(win.webContents.sent.filter(([c]) => c === 'desk:event:open-view').map(([, v]) => v)).toEqual(['about', 'licences'])
  })

  it('a right-click in a field pops up Cut/Copy/Paste in the UI language; on empty page nothing', () => {
    const win = FakeBrowserWindow.instances[0]!
    fake.popups.length = 0
    const editFlags = { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
    win.webContents.emit('context-menu', {}, { isEditable: true, selectionText: '', editFlags })
    win.webContents.emit('context-menu', {}, { isEditable: false, selectionText: '', editFlags })
    expect(fake.popups).toHaveLength(1)
    expect(fake.popups[0]!.map((i: any) => i.label).filter(Boolean)).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选'])
  })
})

describe('window state (mocked electron)', () => {
  it('the window’s place is saved when it closes and the next window opens there, maximised as it was', async () => {
    const { electronMock: electron, fake: f, FakeBrowserWindow: Win } = await import('../../support/electron-mock')
    const first = Win.instances[0]!
    first.normalBounds = { x: 40, y: 30, width: 1000, height: 560 }
    first.maximized = true
    first.emit('close')
    first.emit('closed')
    f.app.emit('activate') // macOS: the dock icon opens a new window
    const second = Win.instances.at(-1)!
    expect(second).not.toBe(first)
    expect(second.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 560 })
    expect(second.maximize).toHaveBeenCalled()
    expect(electron.screen.displays).toHaveLength(1)
  })
})
