import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { electronStore } from '../../../electron/main/electron-store'
import { createMemoryLogger } from '../../../electron/main/log'
import { openLocalStore, peekStoredValue, type StoreFactory } from '../../../electron/main/store'
import { confStore } from '../../support/conf-store'
import { testServices } from '../../support/services'

// electron-store outside the app: no `app`, no `ipcMain` (as in a plain Node process), an absolute folder given
vi.mock('electron', () => ({ default: {} }))

const folder = () => mkdtempSync(join(tmpdir(), 'desk-store-'))

describe('local store robustness', () => {
  it('a corrupted file gives a working app with defaults, a warning, and the file kept aside', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'config.json'), '{"language": "en-US", "lastLogin": {oops')
    const { services, log } = await testServices({ userDataDir: dir })
    try {
      expect(services.app.info().defaultLanguage).toBe('zh-CN')
      expect(services.app.lastLogin()).toBeNull()
      const aside = readdirSync(dir).filter((f) => f.startsWith('config.json.corrupt-'))
      expect(aside).toHaveLength(1)
      expect(readFileSync(join(dir, aside[0]!), 'utf8')).toContain('oops')
      expect(log.lines.some((l) => l.includes('store.corrupt-file'))).toBe(true)
      services.app.setLanguage('en-US')
      expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toMatchObject({ language: 'en-US' })
    } finally {
      await services.close()
    }
  })

  it('schema-violating values are dropped with a warning, the rest is kept', async () => {
    const dir = folder()
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ language: 'klingon', lastLogin: { method: 'email', email: 'not-an-email' }, campaign: { values: { utmSource: 7 }, origin: 'x' } }),
    )
    const { services, log } = await testServices({ userDataDir: dir })
    try {
      expect(services.app.info().defaultLanguage).toBe('zh-CN')
      expect(services.app.lastLogin()).toBeNull()
      // the campaign is never read from the settings file (attribution is main's memory and the signed preset)
      expect(services.campaign.active()).toEqual({ values: {}, origin: 'none' })
      expect(log.lines.filter((l) => l.includes('preferences.invalid-value')).length).toBe(2)
    } finally {
      await services.close()
    }
  })

  it.each<[string, StoreFactory]>([
    ['electron-store (the app)', electronStore],
    ['conf (the tests)', confStore],
  ])('%s: a file damaged while the app runs is set aside at the next read', (_name, open) => {
    const dir = folder()
    const log = createMemoryLogger()
    let t = 1000
    const store = openLocalStore(dir, open, log, () => t++)
    store.set('language', 'en-US')
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({ language: 'en-US' })
    writeFileSync(join(dir, 'config.json'), '\u0000\u0001garbage')
    expect(store.get('language')).toBeUndefined()
    expect(existsSync(join(dir, 'config.json.corrupt-1000'))).toBe(true)
    store.set('language', 'zh-CN')
    expect(store.get('language')).toBe('zh-CN')
  })

  it.each<[string, StoreFactory]>([
    ['electron-store (the app)', electronStore],
    ['conf (the tests)', confStore],
  ])('%s: a file unreadable at start is set aside and the store opens empty', (_name, open) => {
    const dir = folder()
    writeFileSync(join(dir, 'config.json'), '{"language": ')
    const log = createMemoryLogger()
    const store = openLocalStore(dir, open, log, () => 7)
    expect(store.get('language')).toBeUndefined()
    expect(readFileSync(join(dir, 'config.json.corrupt-7'), 'utf8')).toBe('{"language": ')
    expect(store.path).toBe(join(dir, 'config.json'))
    expect(log.lines.some((l) => l.includes('store.corrupt-file'))).toBe(true)
  })

  it('main reads the window\'s place before the store is loaded: the same value the store keeps, or nothing', () => {
    const dir = folder()
    expect(peekStoredValue(dir, 'windowState')).toBeUndefined()
    const place = { x: 40, y: 30, width: 1000, height: 560, maximized: true }
    const store = openLocalStore(dir, electronStore)
    store.set('windowState', place)
    store.set('language', 'en-US')
    expect(peekStoredValue(dir, 'windowState')).toEqual(store.get('windowState'))
    expect(peekStoredValue(dir, 'windowState')).toEqual(place)
    expect(peekStoredValue(dir, 'toString')).toBeUndefined()
    // damaged or not an object: nothing (the store sets a damaged file aside when it opens)
    for (const text of ['{"windowState": {oops', '[1,2]', 'null', '']) {
      writeFileSync(join(dir, 'config.json'), text)
      expect(peekStoredValue(dir, 'windowState')).toBeUndefined()
    }
  })
})
