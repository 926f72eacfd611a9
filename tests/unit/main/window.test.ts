import { describe, expect, it, vi } from 'vitest'
import { resolveAppAsset } from '../../../electron/main/app-protocol'
import { isAppUrl } from '../../../electron/main/app-url'
import { isAllowedExternalUrl } from '../../../electron/main/security/external-links'
import { createMainWindow } from '../../../electron/main/window'
import { initialWindowSize, WINDOW_MIN } from '../../../electron/main/window-size'
import type { FakeBrowserWindow } from '../../support/electron-mock'

vi.mock('electron', async () => {
  const { electronMock } = await import('../../support/electron-mock')
  return { default: electronMock, ...electronMock }
})

describe('createMainWindow', () => {
  it('turns devTools off when packaged and keeps every isolation flag either way', () => {
    for (const packaged of [true, false]) {
      const prefs = (createMainWindow('/p/preload.js', packaged) as unknown as FakeBrowserWindow).options.webPreferences
      expect(prefs.devTools).toBe(!packaged)
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        disableBlinkFeatures: 'Auxclick',
        preload: '/p/preload.js',
      })
    }
  })

  it("uses no V8 code cache: compiled code is never read back from the user's writable data folder", () => {
    for (const packaged of [true, false]) {
      const prefs = (createMainWindow('/p/preload.js', packaged) as unknown as FakeBrowserWindow).options.webPreferences
      expect(prefs.v8CacheOptions).toBe('none')
    }
  })
})

describe('the window fits the office laptop', () => {
  // 1366x768 at 125% and 150% scaling, less the taskbar (DIP)
  const at125 = { width: 1093, height: 582 }
  const at150 = { width: 911, height: 485 }

  it('has a minimum size inside both work areas', () => {
    const options = (createMainWindow('/p/preload.js', true, at150) as unknown as FakeBrowserWindow).options
    expect(options).toMatchObject({ minWidth: WINDOW_MIN.width, minHeight: WINDOW_MIN.height })
    for (const area of [at125, at150]) {
      expect(WINDOW_MIN.width).toBeLessThanOrEqual(area.width)
      expect(WINDOW_MIN.height).toBeLessThanOrEqual(area.height)
    }
  })

  it('starts no larger than the work area and no smaller than the minimum', () => {
    expect(initialWindowSize(at150)).toEqual(at150)
    expect(initialWindowSize(at125)).toEqual(at125)
    expect(initialWindowSize({ width: 1920, height: 1040 })).toEqual({ width: 1100, height: 720 })
    expect(initialWindowSize({ width: 640, height: 400 })).toEqual({ width: WINDOW_MIN.width, height: WINDOW_MIN.height })
    expect(initialWindowSize(undefined)).toEqual({ width: 1100, height: 720 })
    const options = (createMainWindow('/p/preload.js', true, at125) as unknown as FakeBrowserWindow).options
    expect(options).toMatchObject(at125)
  })
})

describe('isAppUrl', () => {
  it('accepts app://desk and, in development, the dev server only', () => {
    expect(isAppUrl('app://desk/index.html')).toBe(true)
    expect(isAppUrl('app://desk/index.html#/x')).toBe(true)
    expect(isAppUrl('app://evil/index.html')).toBe(false)
    expect(isAppUrl('file:///opt/desk/resources/app.asar/out/renderer/index.html')).toBe(false)
    expect(isAppUrl('http://localhost:5173/')).toBe(false)
    expect(isAppUrl('http://localhost:5173/', { devServerUrl: 'http://localhost:5173' })).toBe(true)
    expect(isAppUrl('not a url')).toBe(false)
  })
})

describe('resolveAppAsset', () => {
  const root = '/opt/desk/out/renderer'
  it('serves files inside the renderer folder with their content type', () => {
    expect(resolveAppAsset('app://desk/', root)).toEqual({ path: '/opt/desk/out/renderer/index.html', type: 'text/html; charset=utf-8' })
    expect(resolveAppAsset('app://desk/assets/index-abc.js', root)).toEqual({ path: '/opt/desk/out/renderer/assets/index-abc.js', type: 'text/javascript; charset=utf-8' })
  })

  it.each(['app://desk/../main/index.js', 'app://desk/%2e%2e/%2e%2e/etc/passwd', 'app://desk/a/../../../../x'])(
    'never leaves the folder: %s (the URL parser folds the dot segments first)',
    (url) => {
      const asset = resolveAppAsset(url, root)
      expect(asset === undefined || asset.path.startsWith(`${root}/`)).toBe(true)
    },
  )

  it.each([
    'app://desk/assets/..%2f..%2f..%2fetc/passwd',
    'app://desk/..%5c..%5cwindows%5csystem32',
    'app://desk/%00index.html',
    'app://desk/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(url, root)).toBeUndefined()
  })
})

describe('isAllowedExternalUrl', () => {
  const allow = ['help.broker.example', '.docs.example']
  it('opens only allow-listed https links', () => {
    expect(isAllowedExternalUrl('https://help.broker.example/kyc', allow)).toBe(true)
    expect(isAllowedExternalUrl('https://a.docs.example/', allow)).toBe(true)
    expect(isAllowedExternalUrl('https://docs.example/', allow)).toBe(false)
    expect(isAllowedExternalUrl('http://help.broker.example/', allow)).toBe(false)
    expect(isAllowedExternalUrl('https://help.broker.example.evil.com/', allow)).toBe(false)
    expect(isAllowedExternalUrl('https://user:pw@help.broker.example/', allow)).toBe(false)
    expect(isAllowedExternalUrl('javascript:alert(1)', allow)).toBe(false)
  })
})
