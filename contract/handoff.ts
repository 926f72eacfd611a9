/**
 * The hand-off after a registration: the office's URL templates (preset `handoff`) for where the customer goes next
 * (continue verification, set the login password, get the trading app, the broker's help), their rules and how they
 * are filled. Pure data and functions: the settings table checks templates with them, main fills them
 * (main/handoff/links.ts), and the renderer only ever receives finished URLs.
 */

/** The templates an office may set, by their office.json key under `handoff`. */
export const handoffKinds = ['continue', 'setPassword', 'tradingApp', 'help'] as const
export type HandoffKind = (typeof handoffKinds)[number]
export type HandoffTemplates = Partial<Record<HandoffKind, string>>
/** The finished links of one registration (a kind is absent when no template is set or it does not apply). */
export type HandoffLinks = Partial<Record<HandoffKind, string>>

/**
 * The closed list of placeholders: values that are not secret and not personal beyond the account itself. Never the
 * login name, the verification code, the sendToken or a password: a template naming anything else is refused.
 */
export const handoffPlaceholders = ['customerNumber', 'lang', 'registerSource', 'companyId'] as const
export type HandoffPlaceholder = (typeof handoffPlaceholders)[number]
export type HandoffValues = Record<HandoffPlaceholder, string>

export const TEMPLATE_MAX = 500

/** Every `{…}` in a template (and lone braces, which no URL may carry), in order. */
const bracePattern = /\{([^{}]*)\}|[{}]/g

/** What is wrong with a template on its own (the host's allow-list is checked with the preset's list, below). */
export type TemplateProblem = 'LINK_HTTPS' | 'PLACEHOLDER_UNKNOWN' | 'NOT_A_URL'

/** Placeholder names a template uses that are not on the closed list (a lone brace counts as one). */
export function unknownPlaceholders(template: string): string[] {
  const unknown: string[] = []
  for (const match of template.matchAll(bracePattern)) {
    const name = match[1]
    if (name === undefined || !(handoffPlaceholders as readonly string[]).includes(name)) unknown.push(match[0])
  }
  return unknown
}

/** The template with every placeholder given a harmless value: what the URL parser and the host check see. */
const probe = (template: string) => template.replace(bracePattern, '0')

/**
 * A template's own rules: at most TEMPLATE_MAX characters, https, a literal host (no placeholder before the path: the
 * host is what the allow-list vouches for), only placeholders from the closed list.
 */
export function templateProblem(template: string): TemplateProblem | undefined {
  if (template.length > TEMPLATE_MAX) return 'NOT_A_URL'
  if (!/^https:\/\//i.test(template)) return 'LINK_HTTPS'
  if (unknownPlaceholders(template).length) return 'PLACEHOLDER_UNKNOWN'
  const authority = /^https:\/\/([^/?#]*)/i.exec(template)![1]!
  if (authority.includes('{') || authority.includes('@')) return 'NOT_A_URL'
  return URL.canParse(probe(template)) ? undefined : 'NOT_A_URL'
}

/** The host a valid template's links go to. */
export const templateHost = (template: string): string => new URL(probe(template)).hostname.toLowerCase()

/**
 * A template filled with the values, each URL-encoded (so no value can add a parameter, a path or a fragment).
 * Undefined when the template needs a value that is missing (an empty customer number, say): a link without it would
 * send the customer to the wrong place.
 */
export function fillTemplate(template: string, values: Partial<HandoffValues>): string | undefined {
  if (templateProblem(template)) return undefined
  let missing = false
  const filled = template.replace(bracePattern, (_whole, name: HandoffPlaceholder) => {
    const value = values[name]
    if (!value) missing = true
    return encodeURIComponent(value ?? '')
  })
  return missing ? undefined : filled
}
