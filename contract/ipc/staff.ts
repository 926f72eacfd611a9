import { staffId } from '../fields'
import { channel, noArgs, returns, type SpecsFor } from './define'

/** Who is at the desk in staff mode (main/staff/). */
export const staffChannels = {
  current: 'desk:staff:current',
  start: 'desk:staff:start',
  end: 'desk:staff:end',
} as const

export const staffSpecs = {
  'desk:staff:current': channel(noArgs, undefined, returns<{ staffId: string | null }>()),
  'desk:staff:start': channel(staffId, 'E1024', returns<{ staffId: string }>()),
  'desk:staff:end': channel(noArgs, undefined, returns<null>()),
} satisfies SpecsFor<typeof staffChannels>
