import type { DeskResult } from '@contract/result'
import type { RegistrationOutcome } from '@contract/types'

/** Who submitted a form and where (staff id, office), read when it is sent: the journal credits them. */
export interface SubmittedBy {
  staffId?: string
  officeCode?: string
}

/** One customer at the desk: register and code answers that arrive after "next customer" are no longer theirs. */
export interface Visit {
  customer: number
  by: SubmittedBy
}

/**
 * The platform registered a customer the desk had already cleared: recorded (the journal has it), but nothing of them
 * goes to the window of the next customer. The clerk who sent it is told its customer number; across a change of shift
 * the words say only that a registration finished (the renderer's wording: errors.previous…Registered).
 */
export function registeredLate(outcome: RegistrationOutcome, sameShift: boolean): DeskResult<never> {
  const message = 'The previous customer was registered after the desk moved on; the journal has it'
  return { ok: false, error: { kind: 'state', code: 'PREVIOUS_CUSTOMER_REGISTERED', message, trace: outcome.trace, params: sameShift ? [outcome.customerNo] : [] } }
}
