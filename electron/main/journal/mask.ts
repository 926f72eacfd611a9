/** `john.doe@x.com` → `j***@x.com`: enough for a clerk to recognise, not enough to reuse. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.trim().toLowerCase().split('@')
  return `${local.slice(0, 1)}***@${domain}`
}

/** `+86` `13812340000` → `+86 138****0000`. */
export function maskPhone(area: string, phone: string): string {
  const digits = phone.replace(/\D/g, '')
  const head = digits.length >= 10 ? 3 : 1
  const tail = digits.length >= 8 ? 4 : 2
  const hidden = Math.max(digits.length - head - tail, 3)
  return `+${area.replace(/\D/g, '')} ${digits.slice(0, head)}${'*'.repeat(hidden)}${digits.slice(-tail)}`
}
