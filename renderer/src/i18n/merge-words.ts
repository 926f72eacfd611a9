export type Words = Record<string, unknown>

/**
 * Two parts of a language's words as one, section by section, as vue-i18n merges locale messages: new objects, so the
 * imported parts stay as they are.
 */
export function mergeWords(into: Words, part: Words): Words {
  const out: Words = { ...into }
  for (const [key, value] of Object.entries(part)) {
    const left = out[key]
    out[key] = left && typeof left === 'object' && value && typeof value === 'object' ? mergeWords(left as Words, value as Words) : value
  }
  return out
}
