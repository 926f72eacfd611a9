import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LocalFault } from '@contract/types'
import { configFromEnv } from '../../../electron/main/config'
import { createFileLogger, createMemoryLogger } from '../../../electron/main/log'
import { classifyWriteError, createWriteFaults } from '../../../electron/main/local/write-faults'
import type { StoreFactory } from '../../../electron/main/store'
import type { Services } from '../../../electron/main/services'
import { confStore } from '../../support/conf-store'
import { testServices } from '../../support/services'

/** A write the disk refuses, as Node reports it. */
const diskError = (code: string) => Object.assign(new Error(`${code}: write failed`), { code, syscall: 'write' })

/** A switch tests flip: while on, every write through it fails with `code`. */
function faultyDisk(code = 'ENOSPC') {
  const disk = { failing: true, code }
  const guard = () => {
    if (disk.failing) throw diskError(disk.code)
  }
  return { disk, guard }
}

async function registerOne(services: Services, email: string) {
  const login = { method: 'email' as const, email }
  const sent = await services.registration!.sendCode(login, 'CN')
  if (!sent.ok || !sent.value.sandboxCode) throw new Error('no code')
  return services.registration!.register({ formId: randomUUID(), login, country: 'CN', verifyCode: sent.value.sandboxCode, openAccountType: 0, password: 'Secret-pass-123' })
}

const count = (lines: string[], event: string) => lines.filter((l) => l.includes(`"event":"${event}"`)).length

describe('local faults never hide the platform’s answer', () => {
  it('names the fault from Node’s error code', () => {
    expect(classifyWriteError(diskError('ENOSPC'))).toBe('DISK_FULL')
    expect(classifyWriteError(diskError('EACCES'))).toBe('NOT_WRITABLE')
    expect(classifyWriteError(diskError('EROFS'))).toBe('NOT_WRITABLE')
    expect(classifyWriteError(diskError('EBUSY'))).toBe('FILE_LOCKED')
    expect(classifyWriteError(new Error('?'))).toBe('WRITE_FAILED')
  })

  it('journal: the disk is full, the customer number still comes back, the line waits in memory and is written later', async () => {
    const { disk, guard } = faultyDisk('ENOSPC')
    const pushed: LocalFault[][] = []
    const { services, log, userDataDir } = await testServices({
      journalAppend: (file, text) => {
        guard()
        mkdirSync(join(file, '..'), { recursive: true })
        appendFileSync(file, text)
      },
      notify: (event, payload) => void (event === 'desk:event:local-faults' && pushed.push(payload as LocalFault[])),
    })
    try {
      const first = await registerOne(services, `full.${Date.now()}@example.com`)
      expect(first.ok).toBe(true)
      if (!first.ok) return
      expect(first.value.customerNo).toMatch(/\d+/)
      expect(first.value.notSaved).toEqual([expect.objectContaining({ target: 'journal', code: 'DISK_FULL', pending: 1 })])
      const second = await registerOne(services, `full2.${Date.now()}@example.com`)
      expect(second.ok && second.value.notSaved?.[0]?.pending).toBe(2)
      // shown for copying: masked, in order, nothing secret
      const unsaved = services.faults.list()[0]!.unsaved!
      expect(unsaved.split('\n')).toHaveLength(2)
      expect(unsaved).not.toContain('Secret-pass-123')
      expect(unsaved).not.toContain('full.')
      // the day still lists them; logged once, not once per try
      expect(services.journal.day().count).toBe(2)
      expect(count(log.lines, 'local.write-failed')).toBe(1)
      expect(existsSync(join(userDataDir, 'journal'))).toBe(false)

      disk.failing = false
      services.journal.retry()
      expect(services.faults.list()).toEqual([])
      expect(pushed.at(-1)).toEqual([])
      const [file] = readdirSync(join(userDataDir, 'journal'))
      expect(readFileSync(join(userDataDir, 'journal', file!), 'utf8').trim().split('\n')).toHaveLength(2)
      expect(services.journal.day().count).toBe(2)
      expect(count(log.lines, 'local.write-recovered')).toBe(1)
    } finally {
      await services.close()
    }
  })

  // on a trader's own PC, the one place a last login is kept at all (app/service.ts)
  it('settings: a file another program holds keeps the language and last login in memory, never sets the file aside', async () => {
    const { disk, guard } = faultyDisk('EBUSY')
    const lockable: StoreFactory = (dir) => {
      const store = confStore(dir)
      return {
        get: (key) => store.get(key),
        set: (key, value) => (guard(), store.set(key, value)),
        delete: (key) => (guard(), store.delete(key)),
        get path() {
          return store.path
        },
      }
    }
    const { services, log, userDataDir } = await testServices({ openStore: lockable, config: configFromEnv({ DESK_AUDIENCE: 'self' }, false) })
    try {
      services.app.setLanguage('en-US')
      expect(services.app.info().defaultLanguage).toBe('en-US')
      const done = await registerOne(services, `locked.${Date.now()}@example.com`)
      expect(done.ok && done.value.customerNo).toBeTruthy()
      expect(done.ok && done.value.notSaved).toEqual([expect.objectContaining({ target: 'settings', code: 'FILE_LOCKED' })])
      expect(services.app.lastLogin()).toMatchObject({ method: 'email' })
      expect(services.app.info().localFaults?.[0]?.target).toBe('settings')
      expect(readdirSync(userDataDir).some((f) => f.includes('corrupt'))).toBe(false)
      expect(count(log.lines, 'local.write-failed')).toBe(1)

      disk.failing = false
      services.app.setLanguage('zh-CN')
      expect(services.faults.list()).toEqual([])
      const saved = JSON.parse(readFileSync(join(userDataDir, 'config.json'), 'utf8'))
      expect(saved).toMatchObject({ language: 'zh-CN', lastLogin: { method: 'email' } })
    } finally {
      await services.close()
    }
  })

  it('log: lines wait in memory while the folder is not writable, are written once it is, and the fault is reported once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-log-'))
    const { disk, guard } = faultyDisk('EACCES')
    const memory = createMemoryLogger()
    const faults = createWriteFaults({ log: () => memory })
    const written: string[] = []
    const log = createFileLogger({
      file: join(dir, 'desk.log'),
      append: (_file, text) => (guard(), written.push(text)),
      onWriteFault: (error, pending) => faults.failed('log', error, pending),
      onWriteOk: () => faults.recovered('log'),
      maxPendingLines: 3,
      retryMs: 60_000,
    })
    log.info('one')
    log.flush()
    log.info('two')
    log.flush()
    expect(faults.list()).toEqual([{ target: 'log', code: 'NOT_WRITABLE', pending: 2 }])
    expect(count(memory.lines, 'local.write-failed')).toBe(1)
    log.info('three')
    log.info('four')
    log.flush()
    expect(faults.list()[0]!.pending).toBe(3) // bounded: 'one' went
    disk.failing = false
    log.info('five')
    log.flush()
    expect(written.join('').trim().split('\n').map((l) => JSON.parse(l).event)).toEqual(['two', 'three', 'four', 'five'])
    expect(faults.list()).toEqual([])
    expect(count(memory.lines, 'local.write-recovered')).toBe(1)
  })
})
