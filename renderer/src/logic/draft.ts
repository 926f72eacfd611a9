/**
 * The non-secret part of the form in sessionStorage, so a reload of the window (Ctrl+R, a renderer crash) keeps the
 * clerk's work and the resend countdown. Never the password, never the code. sessionStorage dies with the window.
 */
export interface Draft {
  formId: string
  method: 'email' | 'phone'
  country: string
  email: string
  phoneArea: string
  phone: string
  openAccountType: 0 | 1
  codeSentTo: string | null
}

const KEY = 'desk.draft'

export function saveDraft(draft: Draft): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(draft))
  } catch {
    // storage full or unavailable: the draft is a convenience, not a requirement
  }
}

export function loadDraft(): Draft | null {
  try {
    const raw = sessionStorage.getItem(KEY)
    if (!raw) return null
    const d = JSON.parse(raw) as Partial<Draft>
    const str = (v: unknown) => typeof v === 'string' && v.length <= 300
    if (
      !str(d.formId) ||
      (d.method !== 'email' && d.method !== 'phone') ||
      ![d.country, d.email, d.phoneArea, d.phone].every(str) ||
      (d.openAccountType !== 0 && d.openAccountType !== 1)
    ) {
      return null
    }
    return { ...(d as Draft), codeSentTo: str(d.codeSentTo) ? (d.codeSentTo as string) : null }
  } catch {
    return null
  }
}

export function clearDraft(): void {
  try {
    sessionStorage.removeItem(KEY)
  } catch {
    // nothing to clear
  }
}
