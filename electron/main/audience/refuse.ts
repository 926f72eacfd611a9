import type { Handlers } from '@contract/channels'
import type { Channel } from '@contract/api-map'
import type { DeskResult } from '@contract/result'

/**
 * What exists only at a shared desk: the journal of the PC's registrations, staff shifts, the office settings behind a
 * PIN, and "next customer". A trader's build hides them, and main refuses them too, so nothing reaches them by another
 * way (a crafted call from the window, a stale screen).
 */
export const deskOnlyChannels = [
  'desk:journal:today',
  'desk:journal:export-csv',
  'desk:staff:current',
  'desk:staff:start',
  'desk:staff:end',
  'desk:office:unlock',
  'desk:office:lock',
  'desk:office:values',
  'desk:office:save',
  'desk:registration:next-customer',
] as const satisfies readonly Channel[]

const refused: DeskResult<never> = {
  ok: false,
  error: { kind: 'state', code: 'NOT_FOR_TRADERS', message: 'Not available in a build for traders' },
}

/** The handlers with the desk-only channels answering NOT_FOR_TRADERS whenever the audience (asked per call) is `self`. */
export function refuseDeskOnly(handlers: Handlers, audience: () => 'desk' | 'self'): Handlers {
  const guarded = { ...handlers } as Record<Channel, (...args: never[]) => Promise<DeskResult<unknown>>>
  for (const channel of deskOnlyChannels) {
    const handle = guarded[channel]
    guarded[channel] = async (...args) => (audience() === 'self' ? refused : handle(...args))
  }
  return guarded as Handlers
}
