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
}

export function createFileLogger(options: FileLoggerOptions): Logger {
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024
  mkdirSync(dirname(options.file), { recursive: true })
  const write = (level: LogLevel, event: string, fields?: LogFields) => {
    const line = formatLine(level, event, fields)
    try {
      if ((statSync(options.file, { throwIfNoEntry: false })?.size ?? 0) > maxBytes) {
        renameSync(options.file, `${options.file}.1`)
      }
      appendFileSync(options.file, line + '\n', { encoding: 'utf8', mode: 0o600 })
    } catch {
      // a full disk or a locked file must not take the app down; the echo still shows the line in development
    }
    options.echo?.(line)
  }
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  }
}

/** A logger that keeps lines in memory: tests read them back. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const push = (level: LogLevel) => (event: string, fields?: LogFields) => lines.push(formatLine(level, event, fields))
  return { lines, info: push('info'), warn: push('warn'), error: push('error') }
}
