import * as v from 'valibot'
import { officeOverrides, type OfficeOverrides } from '../config-table'
import type { AppInfo } from '../types'
import { channel, noArgs, returns, type SpecsFor } from './define'

/** The PIN-protected office administration screen's back end (main/office/). */
export const officeChannels = {
  unlock: 'desk:office:unlock',
  lock: 'desk:office:lock',
  values: 'desk:office:values',
  save: 'desk:office:save',
} as const

export const officeSpecs = {
  'desk:office:unlock': channel(v.pipe(v.string(), v.minLength(1), v.maxLength(32)), '482913', returns<null>()),
  'desk:office:lock': channel(noArgs, undefined, returns<null>()),
  'desk:office:values': channel(noArgs, undefined, returns<OfficeOverrides>()),
  'desk:office:save': channel(officeOverrides, { defaultCountry: 'JP', idleMinutes: 5 }, returns<AppInfo>()),
} satisfies SpecsFor<typeof officeChannels>
