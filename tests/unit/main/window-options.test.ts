import { describe, expect, it } from 'vitest'
import { isAppUrl } from '../../../electron/main/app-url'
import { isAllowedExternalUrl } from '../../../electron/main/security/external-links'
import { mainWindowOptions } from '../../../electron/main/window-options'

describe('mainWindowOptions', () => {
  it('turns devTools off when packaged and keeps every isolation flag either way', () => {
    for (const packaged of [true, false]) {
      const prefs = mainWindowOptions('/p/preload.js', packaged).webPreferences!
      expect(prefs.devTools).toBe(!packaged)
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    }
  })
})

describe('isAppUrl', () => {
  const options = { rendererFile: '/opt/desk/resources/app.asar/out/renderer/index.html' }
  it('accepts our bundle file and the dev server only', () => {
    expect(isAppUrl('file:///opt/desk/resources/app.asar/out/renderer/index.html', options)).toBe(true)
    expect(isAppUrl('file:///opt/desk/resources/app.asar/out/renderer/index.html#/x', options)).toBe(true)
    expect(isAppUrl('file:///etc/passwd', options)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', options)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', { ...options, devServerUrl: 'http://localhost:5173' })).toBe(true)
    expect(isAppUrl('not a url', options)).toBe(false)
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
