import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { DeskResult } from '@contract/result'
import { classifyWriteError } from '../local/write-faults'
import { diagnosticsText, recentLogLines, type DiagnosticsInput } from './report'

export interface SaveDiagnosticsDeps {
  /** everything but the log and the time, as main knows it now */
  gather: () => Omit<DiagnosticsInput, 'logLines' | 'now'>
  /** main's log file (its rotated `.1` is read first); flushed before reading */
  logFile?: string
  flushLog?: () => void
  chooseSavePath: (defaultName: string, kind: 'text') => Promise<string | undefined>
  now?: () => Date
}

const readOr = (file: string) => {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

/** Help → Save diagnostics…, the settings screen and the connection check: one file, where the user chooses. */
export async function saveDiagnostics(deps: SaveDiagnosticsDeps): Promise<DeskResult<{ saved: boolean; fileName?: string }>> {
  const now = deps.now?.() ?? new Date()
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')
  const path = await deps.chooseSavePath(`registration-desk-diagnostics-${stamp}.txt`, 'text')
  if (!path) return { ok: true, value: { saved: false } }
  deps.flushLog?.()
  const logLines = deps.logFile ? recentLogLines([readOr(`${deps.logFile}.1`), readOr(deps.logFile)]) : []
  try {
    writeFileSync(path, diagnosticsText({ ...deps.gather(), logLines, now }), { encoding: 'utf8' })
  } catch (error) {
    return { ok: false, error: { kind: 'internal', code: classifyWriteError(error), message: 'The diagnostics file could not be written' } }
  }
  return { ok: true, value: { saved: true, fileName: basename(path) } }
}
