import type { JournalExport } from '@contract/fields'
import type { JournalEntry } from '@contract/types'

/**
 * One cell: quoted when it holds a separator, quote or line break; and a value starting with = + - @ (or a tab or
 * carriage return) is prefixed with ' so a spreadsheet shows it as text instead of running it as a formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** UTF-8 with a byte-order mark and CRLF lines, so Excel opens Chinese text correctly; the words are the renderer's. */
export function journalCsv(entries: JournalEntry[], { language, columns: c, words: w }: JournalExport): string {
  const header = [c.time, c.customerNo, c.login, c.method, c.accountType, c.status, 'utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', c.agent, c.staffId, c.office, c.terms, c.trace, c.slip]
  const value = { email: w.email, phone: w.phone, registered: w.registered, 'pending-review': w.pendingReview } as const
  const rows = entries.map((e) => [
    new Date(e.time).toLocaleString(language, { hour12: false }),
    e.customerNo,
    e.login,
    value[e.method],
    e.openAccountType === 1 ? w.enterprise : w.individual,
    value[e.status],
    e.campaign.utmSource ?? '',
    e.campaign.utmMedium ?? '',
    e.campaign.utmCampaign ?? '',
    e.campaign.utmContent ?? '',
    e.campaign.utmTerm ?? '',
    e.campaign.agentCode ?? '',
    e.staffId ?? '',
    e.officeCode ?? '',
    e.termsVersion ?? '',
    e.trace,
    e.slipPrinted ? w.slipPrinted : '',
  ])
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
