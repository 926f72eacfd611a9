import * as v from 'valibot'
import type { Login } from '../login'
import { uiLanguage } from '../fields'
import type { AppInfo } from '../types'
import { channel, noArgs, returns, type SpecsFor } from './define'

/** The app itself: what it is, the UI language, the clipboard, the user's remembered login (main/app/). */
export const appChannels = {
  info: 'desk:app:info',
  setLanguage: 'desk:app:set-language',
  copyText: 'desk:app:copy-text',
  lastLogin: 'desk:app:last-login',
} as const

export const appSpecs = {
  'desk:app:info': channel(noArgs, undefined, returns<AppInfo>()),
  'desk:app:set-language': channel(uiLanguage, 'en-US', returns<null>()),
  /** a customer number, or the connection check's report */
  'desk:app:copy-text': channel(v.pipe(v.string(), v.minLength(1), v.maxLength(2000)), '8000001', returns<null>()),
  'desk:app:last-login': channel(noArgs, undefined, returns<Login | null>()),
} satisfies SpecsFor<typeof appChannels>
