import { journalExport, journalRangeInput } from '../fields'
import type { JournalDay, JournalRange } from '../types'
import { channel, noArgs, returns, type SpecsFor } from './define'

/** The registrations made on this PC, today or over chosen days within the retention, and their CSV (main/journal/). */
export const journalChannels = {
  today: 'desk:journal:today',
  range: 'desk:journal:range',
  exportCsv: 'desk:journal:export-csv',
} as const

export const journalSpecs = {
  'desk:journal:today': channel(noArgs, undefined, returns<JournalDay>()),
  /** the days to show, within the retention (main refuses others) */
  'desk:journal:range': channel(journalRangeInput, { from: '2026-11-01', to: '2026-11-29' }, returns<JournalRange>()),
  'desk:journal:export-csv': channel(
    journalExport,
    {
      language: 'en-US',
      columns: {
        time: 'Time',
        customerNo: 'Customer number',
        login: 'Login',
        method: 'Method',
        accountType: 'Account type',
        status: 'Status',
        agent: 'Agent',
        staffId: 'Staff',
        office: 'Office',
        terms: 'Terms accepted',
        trace: 'Trace',
        slip: 'Slip printed',
      },
      words: { email: 'Email', phone: 'Phone', individual: 'Individual', enterprise: 'Enterprise', registered: 'Registered', pendingReview: 'Pending review', slipPrinted: 'Yes' },
    },
    returns<{ saved: boolean; fileName?: string; count: number }>(),
  ),
} satisfies SpecsFor<typeof journalChannels>
