import type { handoffPlaceholders } from '../../contract/settings'
import type { HandoffKind, HandoffLink, RegistrationOutcome } from '../../contract/types'
import type { HandoffTemplates } from '../config'
import { isAllowedExternalUrl } from '../security/external-links'

export type HandoffValues = Record<(typeof handoffPlaceholders)[number], string>

/** The order the result screen offers them in: the next thing to do first. */
const kinds: HandoffKind[] = ['continueKyc', 'setPassword', 'getApp']

/** A template with its placeholders replaced by URL-encoded values (the settings table allows only the closed list). */
export const fillTemplate = (template: string, values: HandoffValues): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? encodeURIComponent(values[name as keyof HandoffValues]) : whole))

/**
 * The preset's hand-off links for one registration, filled here in main (the renderer never builds a URL), and only
 * those the allow-list lets the window open: the preset was checked at start (audience/rules.ts), this checks the
 * filled result. "Set your password" only while the platform says the password is still to be set.
 */
export function handoffLinks(templates: HandoffTemplates, values: HandoffValues, allowList: readonly string[], passwordSet: boolean): HandoffLink[] {
  return kinds
    .filter((kind) => templates[kind] && !(kind === 'setPassword' && passwordSet))
    .map((kind) => ({ kind, url: fillTemplate(templates[kind]!, values) }))
    .filter((link) => isAllowedExternalUrl(link.url, allowList))
}

/** What leads on from a successful registration: its hand-off links and, for a trader, the broker's login page. */
export function leadOn(
  outcome: RegistrationOutcome,
  options: { templates: HandoffTemplates; values: Omit<HandoffValues, 'customerNumber'>; allowList: readonly string[]; loginUrl?: string },
): RegistrationOutcome {
  if (outcome.status !== 'registered') return outcome
  const handoff = handoffLinks(options.templates, { ...options.values, customerNumber: outcome.customerNo }, options.allowList, outcome.passwordSet)
  const loginUrl = options.loginUrl && isAllowedExternalUrl(options.loginUrl, options.allowList) ? options.loginUrl : undefined
  return { ...outcome, ...(handoff.length ? { handoff } : {}), ...(loginUrl ? { loginUrl } : {}) }
}
