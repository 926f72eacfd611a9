import type { Logger } from '../log'

/**
 * Where an error happened, as a log may keep it: a script path and line, without a query or fragment (a URL's query
 * could carry a customer's data) and without anything but path characters.
 */
export function safeWhere(where: string | undefined): string | undefined {
  if (!where) return undefined
  const [path = '', ...position] = where.split(/(?=:\d+(?::\d+)?$)/)
  const clean = path.replace(/[?#].*$/, '').replace(/[^\w./:@-]/g, '').slice(-160)
  return clean + position.join('')
}

/** The first frame of a stack inside our own code, e.g. `out/main/index.js:120:5`: enough for support, nothing personal. */
export function firstFrame(stack: string | undefined): string | undefined {
  const line = stack?.split('\n').find((l) => /\bat\b/.test(l) && !l.includes('node:internal'))
  const match = line && /\(?([^\s()]+:\d+:\d+)\)?\s*$/.exec(line)
  return match ? safeWhere(match[1]!.split(/[\\/]/).slice(-3).join('/')) : undefined
}

interface ProcessLike {
  on(event: 'uncaughtException', listener: (error: unknown) => void): unknown
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown
}

const nameOf = (value: unknown): string =>
  value instanceof Error ? value.name : value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value

/**
 * Uncaught exceptions and unhandled rejections in main are logged (the error's class and where, never its message,
 * which may hold a login or a platform's answer) and do not end the app: with a listener, Node keeps running, and a
 * clerk's form in progress matters more than a clean exit. Each distinct place is logged up to 5 times per run.
 */
export function guardProcess(target: ProcessLike, log: Logger): void {
  const seen = new Map<string, number>()
  const report = (event: string) => (value: unknown) => {
    const where = value instanceof Error ? firstFrame(value.stack) : undefined
    const key = `${event}|${nameOf(value)}|${where ?? ''}`
    const count = (seen.get(key) ?? 0) + 1
    seen.set(key, count)
    if (count <= 5) log.error(event, { error: nameOf(value), file: where, count })
  }
  target.on('uncaughtException', report('main.uncaught-exception'))
  target.on('unhandledRejection', report('main.unhandled-rejection'))
}
