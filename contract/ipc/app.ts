import * as v from 'valibot'
import type { Login } from '../login'
import { uiLanguage } from '../fields'
import type { AppInfo, LicenceNotice, LocalFault } from '../types'
import { channel, noArgs, returns, type SpecsFor } from './define'

/** The app itself: what it is, the UI language, the clipboard, the user's remembered login (main/app/). */
export const appChannels = {
  info: 'desk:app:info',
  setLanguage: 'desk:app:set-language',
  copyText: 'desk:app:copy-text',
  lastLogin: 'desk:app:last-login',
  reportError: 'desk:app:report-error',
  saveDiagnostics: 'desk:app:save-diagnostics',
  licences: 'desk:app:licences',
} as const

/** Pushed by main: the local writes failing now; the application menu asking for About or the licences. */
export const appEvents = { onLocalFaults: 'desk:event:local-faults', onOpenView: 'desk:event:open-view' } as const
export interface AppEventPayloads {
  /** the local writes that fail now (journal, settings file, log); empty when all are written again */
  'desk:event:local-faults': LocalFault[]
  /** Help → About, Third-party licences: the window's own screen */
  'desk:event:open-view': 'about' | 'licences'
}

export const appSpecs = {
  'desk:app:info': channel(noArgs, undefined, returns<AppInfo>()),
  'desk:app:set-language': channel(uiLanguage, 'en-US', returns<null>()),
  /** a customer number, the connection check's report (whole: no cut), or the journal lines not yet written */
  'desk:app:copy-text': channel(v.pipe(v.string(), v.minLength(1), v.maxLength(256 * 1024)), '8000001', returns<null>()),
  'desk:app:last-login': channel(noArgs, undefined, returns<Login | null>()),
  /** what the window could not handle: the kind, the error's name and where, never its message */
  'desk:app:report-error': channel(
    v.strictObject({
      kind: v.picklist(['error', 'rejection', 'vue']),
      name: v.pipe(v.string(), v.maxLength(80)),
      where: v.optional(v.pipe(v.string(), v.maxLength(200))),
    }),
    { kind: 'error', name: 'TypeError', where: 'app://desk/assets/index.js:1:200' },
    returns<null>(),
  ),
  /** Save diagnostics…: main asks where and writes one file for IT */
  'desk:app:save-diagnostics': channel(noArgs, undefined, returns<{ saved: boolean; fileName?: string }>()),
  /** the third-party notices shipped with the app (About) */
  'desk:app:licences': channel(noArgs, undefined, returns<LicenceNotice[]>()),
} satisfies SpecsFor<typeof appChannels>
