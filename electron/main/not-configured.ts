import type { DeskResult } from '@contract/result'

/** What a platform call answers when the configuration is unusable (the window shows the configuration problem). */
export const notConfigured: DeskResult<never> = {
  ok: false,
  error: { kind: 'state', code: 'NOT_CONFIGURED', message: 'No usable platform configuration' },
}
