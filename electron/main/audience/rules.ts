import type { SettingValues } from '../../contract/settings'
import { problem, type ConfigProblem } from '../config'
import { isAllowedExternalUrl } from '../security/external-links'

/** A template's host as the allow-list sees it (placeholders stand for URL-encoded values, never a host of their own). */
const sample = (template: string) => template.replace(/\{[^}]*\}/g, 'x')

/**
 * The links a preset names (hand-off templates, the trader's login page) must lead to hosts on its own allow-list:
 * the window opens nothing else in the browser, so a link off the list would be a dead button.
 */
function checkLinks(values: SettingValues, label: string): ConfigProblem | undefined {
  const allow = values.linkAllowList ?? []
  const links: [string, string | undefined][] = [
    ...Object.entries(values.handoff ?? {}).map(([kind, t]): [string, string | undefined] => [`handoff.${kind}`, t]),
    ['self.loginUrl', values.selfLoginUrl],
  ]
  for (const [field, link] of links) {
    if (link && !isAllowedExternalUrl(sample(link), allow)) return problem(`${label}: ${field}`, 'LINK_NOT_ALLOWED')
  }
  return undefined
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

/** The audience's and the links' rules over an installer preset (office/resolve.ts readShipped). */
export const checkAudience = (values: SettingValues, label: string): ConfigProblem | undefined =>
  checkSelf(values, label) ?? checkLinks(values, label)
