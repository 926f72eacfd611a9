import type { JournalEntry } from '../../contract/types'

export type CsvLanguage = 'zh-CN' | 'en-US'

const headers: Record<CsvLanguage, string[]> = {
  'en-US': ['Time', 'Customer number', 'Login (masked)', 'Method', 'Account type', 'Status', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', 'Agent', 'Staff ID', 'Office', 'Trace'],
  'zh-CN': ['时间', '客户编号', '登录账号（已脱敏）', '注册方式', '账户类型', '状态', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', '代理', '员工编号', '网点', '查询编号'],
}
const words: Record<CsvLanguage, Record<string, string>> = {
  'en-US': { email: 'Email', phone: 'Phone', '0': 'Individual', '1': 'Enterprise', registered: 'Registered', 'pending-review': 'Pending review' },
  'zh-CN': { email: '邮箱', phone: '手机号', '0': '个人', '1': '企业', registered: '已开户', 'pending-review': '待审核' },
}

/**
 * One cell: quoted when it holds a separator, quote or line break; and a value starting with = + - @ (or a tab or
 * carriage return) is prefixed with ' so a spreadsheet shows it as text instead of running it as a formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** UTF-8 with a byte-order mark and CRLF lines, so Excel opens Chinese text correctly. */
export function journalCsv(entries: JournalEntry[], language: CsvLanguage): string {
  const w = words[language]
  const rows = entries.map((e) => [
    new Date(e.time).toLocaleString(language, { hour12: false }),
    e.customerNo,
    e.login,
    w[e.method] ?? e.method,
    w[String(e.openAccountType)] ?? '',
    w[e.status] ?? e.status,
    e.campaign.utmSource ?? '',
    e.campaign.utmMedium ?? '',
    e.campaign.utmCampaign ?? '',
    e.campaign.utmContent ?? '',
    e.campaign.utmTerm ?? '',
    e.campaign.agentCode ?? '',
    e.staffId ?? '',
    e.officeCode ?? '',
    e.trace,
  ])
  return '\uFEFF' + [headers[language], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
