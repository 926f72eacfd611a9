import type enFirst from './messages/en-US/first-screen'
import type enOther from './messages/en-US/other-screens'
import type { Words } from './merge-words'

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> }
/** A self-mode table: some of the words of both parts, same keys (a key that does not exist is a type error). */
export type SelfWords = DeepPartial<typeof enFirst & typeof enOther>

/**
 * What only a shared desk shows: the journal, staff shifts, the office settings, the idle guard, "next customer" and
 * a deep link's campaign waiting for the clerk. A trader's build never shows them (main refuses their channels too),
 * so its words do not carry them at all.
 */
export const deskOnlyWords = [
  'journal',
  'staff',
  'settings',
  'idle',
  'nav.journal',
  'nav.settings',
  'nav.nextCustomer',
  'nav.nextCustomerHint',
  'campaign.thisCustomerOnly',
  'campaign.pendingArrived',
  'campaign.pendingApply',
  'campaign.pendingIgnore',
  'result.another',
  'slip.office',
  'slip.staff',
  // a trader's own build is never "exposed" (network/exposure.ts): the words speak of customers' data on a shared desk
  'connection.exposure',
  'glossary.journal',
  'glossary.nextCustomer',
  // a register that finishes after "next customer" (main's PREVIOUS_CUSTOMER_REGISTERED): a trader has no next customer
  'errors.previousRegistered',
  'errors.previousShiftRegistered',
] as const

function without(words: Words, path: string[]): Words {
  const [head, ...rest] = path
  if (!(head! in words)) return words
  const { [head!]: inner, ...others } = words
  if (!rest.length) return others
  return inner && typeof inner === 'object' ? { ...others, [head!]: without(inner as Words, rest) } : words
}

/**
 * A message, as opposed to a section of them: source text (tests), or what the build compiled it to (an AST object
 * `{ t, b }`). A message is replaced whole, never merged into: merging two ASTs would mix their parts.
 */
const isMessage = (value: unknown): boolean =>
  typeof value !== 'object' || value === null || (typeof (value as { t?: unknown }).t === 'number' && 'b' in value)

/** The self-mode table over the words: its messages replace theirs, key by key. */
function overlay(words: Words, self: Words): Words {
  const out: Words = { ...words }
  for (const [key, value] of Object.entries(self)) {
    const under = out[key]
    out[key] = isMessage(value) || isMessage(under) ? value : overlay(under as Words, value as Words)
  }
  return out
}

/** A language's words for a trader: the desk-only words gone, the self-mode table over the rest. */
export function selfModeWords(words: Words, self: Words): Words {
  const trimmed = deskOnlyWords.reduce((w, path) => without(w, path.split('.')), words)
  return overlay(trimmed, self)
}
