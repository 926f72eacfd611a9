import { appendFileSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFileLogger, formatLine } from '../../electron/main/log'
import { median } from './stats'

/**
 * What a log line costs the code that writes it: main's logger (queued, written once per event-loop turn) against a
 * synchronous append of the same line (what main did before: a size check and an append per line), same disk.
 */
export async function logCost(lines = 2000, rounds = 7) {
  const dir = mkdtempSync(join(tmpdir(), 'desk-logcost-'))
  const fields = { endpoint: 'register', trace: 'a6a2c1a0-0000-4000-8000-000000000000', durationMs: 12, status: 200, outcome: '0' }
  const queuedTimes: number[] = []
  const syncTimes: number[] = []
  const log = createFileLogger({ file: join(dir, 'queued.log') })
  const syncFile = join(dir, 'sync.log')
  for (let round = 0; round < rounds; round++) {
    let t = performance.now()
    for (let i = 0; i < lines; i++) log.info('platform.call', fields)
    queuedTimes.push(((performance.now() - t) * 1000) / lines)
    await new Promise((resolve) => setImmediate(resolve)) // the batch is written here, off the callers' path
    t = performance.now()
    for (let i = 0; i < lines; i++) {
      statSync(syncFile, { throwIfNoEntry: false })
      appendFileSync(syncFile, formatLine('info', 'platform.call', fields) + '\n', { encoding: 'utf8', mode: 0o600 })
    }
    syncTimes.push(((performance.now() - t) * 1000) / lines)
  }
  log.flush()
  rmSync(dir, { recursive: true, force: true })
  return { queuedMicros: median(queuedTimes), syncMicros: median(syncTimes), lines }
}
