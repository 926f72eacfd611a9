import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryLogger } from '../../../electron/main/log'
import { createCrashRecovery, createHangWatch } from '../../../electron/main/shell/recovery'
import { firstFrame, guardProcess, safeWhere } from '../../../electron/main/shell/process-guards'

describe('crash recovery', () => {
  it('logs why the window went and reloads it; a clean exit is left alone', () => {
    const log = createMemoryLogger()
    const reload = vi.fn()
    const crashes = createCrashRecovery({ log, reload, askAfterRepeats: vi.fn() })
    expect(crashes.gone({ reason: 'clean-exit', exitCode: 0 })).toBe('ignored')
    expect(crashes.gone({ reason: 'crashed', exitCode: 139 })).toBe('reloaded')
    expect(reload).toHaveBeenCalledTimes(1)
    expect(JSON.parse(log.lines[0]!)).toMatchObject({ level: 'error', event: 'window.gone', reason: 'crashed', status: 139 })
  })

  it('a window that keeps failing is not reloaded in a loop: the fourth failure within a minute asks the clerk', () => {
    let now = 0
    const reload = vi.fn()
    const ask = vi.fn()
    const crashes = createCrashRecovery({ log: createMemoryLogger(), reload, askAfterRepeats: ask, now: () => now })
    for (const _ of [1, 2, 3]) expect(crashes.gone({ reason: 'oom' })).toBe('reloaded')
    expect(crashes.gone({ reason: 'oom' })).toBe('asked')
    expect(ask).toHaveBeenCalledTimes(1)
    now = 120_000 // a failure long after starts a fresh count
    expect(crashes.gone({ reason: 'killed' })).toBe('reloaded')
  })
})

describe('hang watch', () => {
  it('asks "Wait"/"Reload" only after the delay, and "Reload" reloads', async () => {
    vi.useFakeTimers()
    try {
      const reload = vi.fn()
      const ask = vi.fn(async () => 'reload' as const)
      const hang = createHangWatch({ log: createMemoryLogger(), ask, reload, delayMs: 3000 })
      hang.unresponsive()
      hang.unresponsive() // Electron may report again: one question
      await vi.advanceTimersByTimeAsync(2999)
      expect(ask).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(1)
      expect(ask).toHaveBeenCalledTimes(1)
      expect(reload).toHaveBeenCalledTimes(1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('a window that answers again before the delay is never asked about; one that answers while asked closes the question', async () => {
    vi.useFakeTimers()
    try {
      const reload = vi.fn()
      let signal: AbortSignal | undefined
      const ask = vi.fn((s: AbortSignal) => new Promise<'wait' | 'reload'>((resolve) => {
        signal = s
        s.addEventListener('abort', () => resolve('wait'))
      }))
      const hang = createHangWatch({ log: createMemoryLogger(), ask, reload, delayMs: 3000 })
      hang.unresponsive()
      await vi.advanceTimersByTimeAsync(1000)
      hang.responsive()
      await vi.advanceTimersByTimeAsync(5000)
      expect(ask).not.toHaveBeenCalled()

      hang.unresponsive()
      await vi.advanceTimersByTimeAsync(3000)
      expect(hang.asking()).toBe(true)
      hang.responsive()
      await vi.advanceTimersByTimeAsync(0)
      expect(signal?.aborted).toBe(true)
      expect(hang.asking()).toBe(false)
      expect(reload).not.toHaveBeenCalled()
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('uncaught errors in main', () => {
  it('are logged by class and place, never by message, and do not end the process', () => {
    const target = new EventEmitter()
    const log = createMemoryLogger()
    guardProcess(target as never, log)
    const error = new TypeError('cannot read wang.fang@example.cn')
    error.stack = `TypeError: cannot read wang.fang@example.cn\n    at register (/opt/Registration Desk/resources/app.asar/out/main/index.js:120:5)`
    target.emit('uncaughtException', error)
    target.emit('unhandledRejection', 'PIN 12345678 refused')
    expect(log.lines.join('\n')).not.toMatch(/wang\.fang|12345678/)
    expect(JSON.parse(log.lines[0]!)).toMatchObject({ event: 'main.uncaught-exception', error: 'TypeError', file: 'out/main/index.js:120:5' })
    expect(JSON.parse(log.lines[1]!)).toMatchObject({ event: 'main.unhandled-rejection', error: 'string' })
    for (let i = 0; i < 10; i++) target.emit('uncaughtException', error)
    expect(log.lines).toHaveLength(6) // the same place: five times, then quiet
  })

  it('keeps only a script path and position from where an error happened', () => {
    expect(safeWhere('app://desk/assets/index-abc.js?email=a@b.cn:12:40')).toBe('app://desk/assets/index-abc.js:12:40')
    expect(safeWhere(undefined)).toBeUndefined()
    expect(firstFrame('Error: x\n    at node:internal/foo:1:1\n    at f (C:\\Program Files\\Desk\\out\\main\\index.js:3:4)')).toBe('out/main/index.js:3:4')
  })
})

describe('uncaught errors in the window', () => {
  it('reach main’s log by class and script, without a query that could carry personal data', async () => {
    const { testServices } = await import('../../support/services')
    const { services, log } = await testServices()
    try {
      services.app.reportError({ kind: 'rejection', name: 'TypeError', where: 'app://desk/assets/index.js?login=wang@example.cn:3:9' })
      const line = JSON.parse(log.lines.find((l) => l.includes('renderer.uncaught'))!)
      expect(line).toMatchObject({ level: 'error', kind: 'rejection', error: 'TypeError', file: 'app://desk/assets/index.js:3:9' })
      expect(log.lines.join('\n')).not.toContain('wang@')
    } finally {
      await services.close()
    }
  })
})
