import type { HandlerSlice } from '@contract/channels'
import type { appChannels } from '@contract/ipc/app'
import { ok } from '@contract/result'
import type { AppService } from './service'

export function appHandlers(app: AppService): HandlerSlice<typeof appChannels> {
  return {
    'desk:app:info': async () => ok(app.info()),
    'desk:app:set-language': async (language) => {
      app.setLanguage(language)
      return ok(null)
    },
    'desk:app:copy-text': async (text) => {
      app.copyText(text)
      return ok(null)
    },
    'desk:app:last-login': async () => ok(app.lastLogin()),
    'desk:app:report-error': async (report) => {
      app.reportError(report)
      return ok(null)
    },
    'desk:app:save-diagnostics': async () => app.saveDiagnostics(),
    'desk:app:licences': async () => ok(app.licences()),
  }
}
