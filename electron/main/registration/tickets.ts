import { recipientKey, type Login } from '@contract/login'

interface Ticket {
  sendToken: string
  sentAt: number
}

/**
 * The sendTokens the platform issued, kept in main's memory only: the renderer never sees one, they are never
 * written to disk, and they survive a reload of the window (so does the resend countdown) but not a restart.
 */
export class TicketBook {
  private readonly tickets = new Map<string, Ticket>()

  constructor(private readonly resendSeconds: number, private readonly now: () => number = Date.now) {}

  record(login: Login, sendToken: string): void {
    this.tickets.set(recipientKey(login), { sendToken, sentAt: this.now() })
  }

  tokenFor(login: Login): string | undefined {
    return this.tickets.get(recipientKey(login))?.sendToken
  }

  /** seconds until another code may be requested for this recipient; 0 when it may be now */
  waitFor(login: Login): number {
    const ticket = this.tickets.get(recipientKey(login))
    if (!ticket) return 0
    const left = this.resendSeconds * 1000 - (this.now() - ticket.sentAt)
    return left > 0 ? Math.ceil(left / 1000) : 0
  }

  has(login: Login): boolean {
    return this.tickets.has(recipientKey(login))
  }

  /** used or invalidated: a new code must be sent */
  forget(login: Login): void {
    this.tickets.delete(recipientKey(login))
  }

  /** a code went out within the last `ms` */
  sentWithin(ms: number): boolean {
    const since = this.now() - ms
    for (const ticket of this.tickets.values()) if (ticket.sentAt > since) return true
    return false
  }

  clear(): void {
    this.tickets.clear()
  }
}
