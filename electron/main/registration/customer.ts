import type { Draft } from '@contract/fields'
import type { RegisterForm } from '@contract/ipc/registration'
import type { LocalFault, RegistrationOutcome } from '@contract/types'
import type { ConfigSource } from '../config-source'
import { journalEntry, type Journal } from '../journal/journal'
import type { SlipPrinter } from '../handoff/slip'
import type { StaffSession } from '../staff/session'
import type { RegistrationService, SubmittedBy } from './service'

export interface CustomerDeskOptions {
  /** "next customer" happened: what else holds something of them lets go (the printable slip) */
  forgotten?: () => void
  config: ConfigSource
  /** absent when the configuration is unusable */
  registration: () => RegistrationService | undefined
  journal: Journal
  /** the slip of the registration on screen (handoff/slip.ts): printable until "next customer" */
  slip: Pick<SlipPrinter, 'registered' | 'forget'>
  staff: StaffSession
  /** the campaign served this customer (a one-customer campaign ends) */
  customerDone: () => void
  /** on a trader's own PC: their login is prefilled next time */
  rememberLogin: (login: RegisterForm['login']) => void
  /** the customer arrived or left: an update prompt may show or hide (updates/service.ts) */
  changed: () => void
  /** what this PC could not save (local/write-faults.ts): said beside the platform's answer */
  notSaved: () => LocalFault[]
}

/**
 * The customer at the desk, from the first keystroke to "next customer": the form in progress (main's memory only,
 * never the renderer's storage or the disk: it survives a reload of the window, not a restart), whether something of
 * them is on screen, a register on its way, the registration recorded, and everything of them forgotten at the end.
 */
export function createCustomerDesk(options: CustomerDeskOptions) {
  let draft: Draft | null = null
  let onScreen = false

  return {
    saveDraft: (next: Draft | null) => void (draft = next),
    loadDraft: (): Draft | null => draft,
    /** the window's word: a form with content, or a result, is on screen */
    setPresence(next: boolean): void {
      onScreen = next
      options.changed()
    },
    /** the window's word, or main's own: a register on its way, a code sent a moment ago */
    present: (): boolean => onScreen || (options.registration()?.busy() ?? false),
    /**
     * the platform registered them: the journal line (credited to who submitted it, where), the campaign served, the
     * login remembered on a trader's PC. `late`: "next customer" came first: the journal still has it, but no slip is
     * armed and no campaign of the next customer's ends
     */
    registered(outcome: RegistrationOutcome, form: RegisterForm, at: { by: SubmittedBy; late: boolean }): LocalFault[] {
      if (!at.late) {
        options.slip.registered(outcome)
        options.customerDone()
      }
      // a write the disk refuses is kept and retried by the journal and the store; it never hides the result.
      // The journal is the shared desk's record: a trader's own PC keeps none.
      if (options.config.current()?.audience !== 'self') options.journal.append(journalEntry(outcome, form, at.by))
      if (!at.late) options.rememberLogin(form.login)
      return options.notSaved()
    },
    /** who is serving, now: the staff id and office a register sent at this moment is credited to */
    submittedBy: (): SubmittedBy => ({ staffId: options.staff.current(), officeCode: options.config.current()?.office?.code }),
    /** "next customer": their send tickets, result, draft, one-customer campaign and presence are gone */
    next(): void {
      options.registration()?.nextCustomer()
      options.slip.forget()
      options.customerDone()
      draft = null
      onScreen = false
      options.forgotten?.()
      options.changed()
    },
  }
}

export type CustomerDesk = ReturnType<typeof createCustomerDesk>
