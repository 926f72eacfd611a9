import * as v from 'valibot'
import { officeOverrides, type OfficeOverrides, type OfficeSettingKey } from '../config-table'
import type { AppInfo } from '../types'
import { channel, noArgs, returns, type SpecsFor } from './define'

/** Where a value in effect comes from: saved on this PC (settings screen), the installer's preset, or the app. */
export type OfficeValueSource = 'this-pc' | 'installer' | 'app'
/** The settings screen's view: the values in effect, each with its source, and what this PC has saved. */
export interface OfficeValuesView {
  inEffect: OfficeOverrides
  sources: Record<OfficeSettingKey, OfficeValueSource>
  saved: OfficeOverrides
}

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
  'desk:office:values': channel(noArgs, undefined, returns<OfficeValuesView>()),
  'desk:office:save': channel(officeOverrides, { defaultCountry: 'JP', idleMinutes: 5 }, returns<AppInfo>()),
} satisfies SpecsFor<typeof officeChannels>
