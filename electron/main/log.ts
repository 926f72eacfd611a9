import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * Structured, one-line-per-event log. Redaction is by construction: only the keys below are ever written, so a
 * password, code, token or form field cannot reach the file even if a caller passes one.
 */
const loggableKeys = [
  'channel',
  'endpoint',
  'trace',
  'durationMs',
  'outcome',
  'status',
  'kind',
  'url',
  'error',
  'mode',
  'host',
  'port',
  'count',
  'reason',
  'file',
  'version',
  'office',
  // attribution, not secrets: who changed the agent code, and to what
  'agent',
  'staff',
] as const
export type LogKey = (typeof loggableKeys)[number]
export type LogFields = Partial<Record<LogKey, string | number | boolean | undefined>>
export type LogLevel = 'info' | 'warn' | 'error'

export interface Logger {
  info(event: string, fields?: LogFields): void
  warn(event: string, fields?: LogFields): void
  error(event: string, fields?: LogFields): void
}

const allowed = new Set<string>(loggableKeys)

export function formatLine(level: LogLevel, event: string, fields: Record<string, unknown> = {}, now = new Date()): string {
  const out: Record<string, unknown> = { t: now.toISOString(), level, event: event.slice(0, 80) }
  for (const [key, value] of Object.entries(fields)) {
    if (!allowed.has(key) || value === undefined) continue
    out[key] = typeof value === 'string' ? value.slice(0, 200) : value
  }
  return JSON.stringify(out)
}

export interface FileLoggerOptions {
  file: string
  /** rotate to `<file>.1` past this size */
  maxBytes?: number
  echo?: (line: string) => void
  /** the disk's append (tests put a failing one in) */
  append?: (file: string, text: string) => void
  /** a write failed (with how many lines wait in memory) or succeeded again: main tells the window (write-faults.ts) */
  onWriteFault?: (error: unknown, pendingLines: number) => void
  onWriteOk?: () => void
  /** how many unwritten lines are kept in memory at most (the oldest go first); 5,000 by default */
  maxPendingLines?: number
  /** how soon a failed write is tried again without a new line; 30 s by default */
  retryMs?: number
}

export type FileLogger = Logger & {
  /** writes what is queued now (main calls it at quit; tests before reading the file) */
  flush(): void
}

/**
 * Lines are queued and written once per turn of the event loop (one append for all of a turn's lines), after the
 * IPC answer that caused them is on its way: no disk write sits inside a platform call or a handler, which matters on
 * an office PC whose antivirus scans every append (bench/results.md). Order is kept; at quit main flushes.
 */
export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024
  const maxPending = options.maxPendingLines ?? 5000
  const append = options.append ?? ((file: string, text: string) => appendFileSync(file, text, { encoding: 'utf8', mode: 0o600 }))
  try {
    mkdirSync(dirname(options.file), { recursive: true })
  } catch {
    // a folder that cannot be made is a failed write like any other: the first flush reports it
  }
  let queue: string[] = []
  let scheduled = false
  let failing = false
  let retry: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    scheduled = false
    if (!queue.length) return
    const batch = queue.join('')
    try {
      if ((statSync(options.file, { throwIfNoEntry: false })?.size ?? 0) > maxBytes) {
        renameSync(options.file, `${options.file}.1`)
      }
      append(options.file, batch)
      queue = []
      if (failing) options.onWriteOk?.()
      failing = false
    } catch (error) {
      // a full disk or a locked file must not take the app down: the lines wait in memory (the newest kept) and are
      // written with the next ones or at the retry; the window says the log is not being written
      if (queue.length > maxPending) queue = queue.slice(queue.length - maxPending)
      failing = true
      options.onWriteFault?.(error, queue.length)
      if (!retry) {
        retry = setTimeout(() => {
          retry = undefined
          flush()
        }, options.retryMs ?? 30_000)
        retry.unref?.()
      }
    }
  }
  const write = (level: LogLevel, event: string, fields?: LogFields) => {
    const line = formatLine(level, event, fields)
    queue.push(line + '\n')
    if (!scheduled) {
      scheduled = true
      setImmediate(flush)
    }
    options.echo?.(line)
  }
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
    flush,
  }
}

/** A logger that keeps lines in memory: tests read them back. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const push = (level: LogLevel) => (event: string, fields?: LogFields) => lines.push(formatLine(level, event, fields))
  return { lines, info: push('info'), warn: push('warn'), error: push('error') }
}
