import { fillTemplate, handoffKinds, type HandoffKind, type HandoffLinks, type HandoffTemplates, type HandoffValues } from '@contract/handoff'
import type { RegistrationOutcome } from '@contract/types'

/** What a registration's links are filled from besides its outcome: the UI language, the source, the company. */
export interface HandoffFacts {
  lang: string
  registerSource: number
  companyId: string
}

/** Which links a registration's outcome calls for: no next steps while the account waits for review, no password link once one is set. */
function applies(kind: HandoffKind, outcome: Pick<RegistrationOutcome, 'status' | 'passwordSet'>): boolean {
  if (kind === 'help') return true
  if (outcome.status !== 'registered') return false
  return kind === 'setPassword' ? !outcome.passwordSet : true
}

/**
 * The office's templates filled for one registration: finished URLs only, each value URL-encoded, built here in main
 * and handed to the window with the outcome (the window never builds a link). A kind is absent when the office set no
 * template, it does not apply to this outcome, or a value it needs is missing. Shared by the clerk's result screen
 * and a trader's own registration.
 */
export function handoffLinks(
  templates: HandoffTemplates,
  outcome: Pick<RegistrationOutcome, 'status' | 'passwordSet' | 'customerNo'>,
  facts: HandoffFacts,
): HandoffLinks {
  const values: HandoffValues = {
    customerNumber: outcome.customerNo,
    lang: facts.lang,
    registerSource: String(facts.registerSource),
    companyId: facts.companyId,
  }
  const links: HandoffLinks = {}
  for (const kind of handoffKinds) {
    const template = templates[kind]
    const url = template && applies(kind, outcome) ? fillTemplate(template, values) : undefined
    if (url) links[kind] = url
  }
  return links
}
