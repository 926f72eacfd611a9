import type { LoginInput } from '../../contract/schemas'

interface Ticket {
  sendToken: string
  sentAt: number
}

/** One key per recipient: the lower-cased email, or "86 13800000000" for a phone. */
export function recipientKey(login: LoginInput): string {
  return login.method === 'email' ? login.email.trim().toLowerCase() : `${login.phoneArea.replace(/\D/g, '')} ${login.phone}`
}

/**
 * The sendTokens the platform issued, kept in main's memory only: the renderer never sees one, they are never
 * written to disk, and they survive a reload of the window (so does the resend countdown) but not a restart.
 */
export class TicketBook {
  private readonly tickets = new Map<string, Ticket>()

  constructor(private readonly resendSeconds: number, private readonly now: () => number = Date.now) {}

  record(login: LoginInput, sendToken: string): void {
    this.tickets.set(recipientKey(login), { sendToken, sentAt: this.now() })
  }

  tokenFor(login: LoginInput): string | undefined {
    return this.tickets.get(recipientKey(login))?.sendToken
  }

  /** seconds until another code may be requested for this recipient; 0 when it may be now */
  waitFor(login: LoginInput): number {
    const ticket = this.tickets.get(recipientKey(login))
    if (!ticket) return 0
    const left = this.resendSeconds * 1000 - (this.now() - ticket.sentAt)
    return left > 0 ? Math.ceil(left / 1000) : 0
  }

  has(login: LoginInput): boolean {
    return this.tickets.has(recipientKey(login))
  }

  /** used or invalidated: a new code must be sent */
  forget(login: LoginInput): void {
    this.tickets.delete(recipientKey(login))
  }

  clear(): void {
    this.tickets.clear()
  }
}
