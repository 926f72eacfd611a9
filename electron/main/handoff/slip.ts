import type { DeskResult } from '@contract/result'
import type { RegistrationOutcome, SlipPrintResult } from '@contract/types'
import type { Journal } from '../journal/journal'
import type { Logger } from '../log'
import type { PrintOutcome } from './print'

export interface SlipPrinterOptions {
  /** absent in a trader's build, which keeps no journal: a printed slip is then simply printed */
  journal?: Pick<Journal, 'markSlipPrinted'>
  /** prints the window's page with the system dialog (main: webContents.print; the E2E tier: Chromium's page.pdf) */
  print: () => Promise<PrintOutcome>
  log?: Logger
}

/**
 * "Print slip" for the registration on screen. Main knows which one that is (the last registration it served, until
 * "next customer"), so the window names it only to be checked against it: a slip is never printed or recorded for
 * another customer. A printed slip is recorded on that registration's journal entry.
 */
export function createSlipPrinter(options: SlipPrinterOptions) {
  let current: { time: string; trace: string } | undefined

  async function print(trace: string): Promise<DeskResult<SlipPrintResult>> {
    const registration = current
    if (!registration || registration.trace !== trace) {
      return { ok: false, error: { kind: 'state', code: 'NO_RESULT', message: 'This registration is no longer on screen' } }
    }
    const outcome = await options.print()
    if (!outcome.printed) {
      if (outcome.cancelled) return { ok: true, value: { printed: false, cancelled: true } }
      options.log?.warn('slip.print-failed', { reason: outcome.reason })
      return { ok: false, error: { kind: 'internal', code: 'PRINT_FAILED', message: outcome.reason } }
    }
    if (!options.journal) return { ok: true, value: { printed: true } }
    const recorded = options.journal.markSlipPrinted(registration.time, registration.trace)
    options.log?.info('slip.printed', { outcome: recorded ? 'recorded' : 'not-recorded' })
    return { ok: true, value: { printed: true, recorded } }
  }

  return {
    /** a registration came back: its result, and so its slip, is on screen now */
    registered: (outcome: Pick<RegistrationOutcome, 'registeredAt' | 'trace'>) =>
      void (current = { time: new Date(outcome.registeredAt).toISOString(), trace: outcome.trace }),
    /** "next customer": the previous one's slip can no longer be printed */
    forget: () => void (current = undefined),
    print,
  }
}

export type SlipPrinter = ReturnType<typeof createSlipPrinter>
