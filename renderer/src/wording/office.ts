import type { DeskError } from '@contract/result'
import type { Issue } from '../logic/validate'

/** The office PIN gate's refusals (office/service.ts), in words. */
export function pinIssue(error: DeskError): Issue {
  if (error.code === 'WRONG_PIN') return { key: 'officeAdmin.wrongPin', params: { left: error.params?.[0] ?? '' } }
  if (error.code === 'PIN_LOCKED') return { key: 'officeAdmin.locked', params: { minutes: Math.ceil((error.retryAfterSeconds ?? 300) / 60) } }
  if (error.code === 'PIN_UNRECORDED') return { key: 'officeAdmin.unrecorded' }
  return { key: 'officeAdmin.noPin' }
}

/** A save main refused: its own message, since the reason is a configuration detail for IT. */
export const saveIssue = (error: DeskError): Issue => ({ key: 'officeAdmin.rejected', params: { message: error.message } })
