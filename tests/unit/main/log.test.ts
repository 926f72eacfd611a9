import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileLogger, formatLine } from '../../../electron/main/log'

describe('logger redaction by construction', () => {
  it('writes only allow-listed keys, whatever a caller passes', () => {
    const line = formatLine('info', 'platform.call', {
      endpoint: 'register',
      trace: 't-1',
      password: 'Hunter22!',
      pwd: '5f4dcc3b5aa765d61d8327deb882cf99',
      verifyCode: '123456',
      sendToken: 'abcdef0123',
      token: 'session-secret',
      body: { pwd: 'x' },
    } as Record<string, unknown>)
    const parsed = JSON.parse(line)
    expect(parsed).toMatchObject({ level: 'info', event: 'platform.call', endpoint: 'register', trace: 't-1' })
    for (const secret of ['Hunter22!', '5f4dcc3b', '123456', 'abcdef0123', 'session-secret', 'pwd', 'password']) {
      expect(line).not.toContain(secret)
    }
  })

  it('appends JSON lines to the file and rotates past the size limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-log-'))
    const file = join(dir, 'logs', 'desk.log')
    const log = createFileLogger({ file, maxBytes: 300 })
    for (let i = 0; i < 10; i++) {
      log.info('tick', { count: i })
      if (i % 3 === 2) await new Promise((resolve) => setImmediate(resolve)) // a turn of the event loop: a batch written
    }
    log.flush()
    const current = readFileSync(file, 'utf8').trim().split('\n')
    const rotated = readFileSync(`${file}.1`, 'utf8').trim().split('\n')
    expect(current.length + rotated.length).toBeLessThanOrEqual(10)
    expect(JSON.parse(current.at(-1)!)).toMatchObject({ event: 'tick', count: 9 })
  })

  it("writes off the caller's path: nothing is on disk until the turn ends, then every line, in order", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-log-'))
    const file = join(dir, 'logs', 'desk.log')
    const log = createFileLogger({ file })
    for (let i = 0; i < 5; i++) log.info('tick', { count: i })
    expect(existsSync(file)).toBe(false)
    await new Promise((resolve) => setImmediate(resolve))
    expect(readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).count)).toEqual([0, 1, 2, 3, 4])
    log.info('tick', { count: 5 })
    log.flush() // at quit
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(6)
  })
})
