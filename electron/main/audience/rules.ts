import type { SettingValues } from '@contract/config-table'
import { problem, type ConfigProblem } from '../config'
import { isAllowedExternalUrl } from '../security/external-links'

/**
 * The trader's login page must be on the preset's allow-list, as the hand-off templates are (office/link-rules.ts):
 * the window opens nothing else in the browser, so a link off the list would be a dead one.
 */
function checkLoginUrl(values: SettingValues, label: string): ConfigProblem | undefined {
  const url = values.selfLoginUrl
  return url && !isAllowedExternalUrl(url, values.linkAllowList ?? []) ? problem(`${label}: self.loginUrl`, 'HOST_NOT_ALLOWED') : undefined
}

/**
 * A build for traders (`audience: "self"`) runs on someone's own PC: no shared-desk staff mode, no office settings
 * screen behind a PIN, and never the practice sandbox by accident: its preset names its platform, the real one or
 * `{ "mode": "sandbox" }` on purpose.
 */
function checkSelf(values: SettingValues, label: string): ConfigProblem | undefined {
  if (values.audience !== 'self') return undefined
  if (!values.platform) {
    return problem(`${label}: platform`, 'REQUIRED', 'is required in a build for traders: { "mode": "remote", … } (or { "mode": "sandbox" } for practice)')
  }
  if (values.staffMode) return problem(`${label}: staffMode.enabled`, 'SELF_CONFLICT')
  if (values.settingsPin) return problem(`${label}: settingsPin`, 'SELF_CONFLICT')
  return undefined
}

/** The audience's rules and the login page's over an installer preset (office/resolve.ts readShipped). */
export const checkAudience = (values: SettingValues, label: string): ConfigProblem | undefined =>
  checkSelf(values, label) ?? checkLoginUrl(values, label)
