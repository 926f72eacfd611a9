import { uiLanguages, type UiLanguage } from '@contract/languages'

const known = new Map<string, Partial<Record<UiLanguage, string>>>()

/**
 * A country's name in each UI language, for the first screen's country field: the window then need not load the
 * system's region names (Intl.DisplayNames, ~15 ms on first use) before it can draw the form. Main warms this while the
 * window loads (index.ts), so neither side waits for it.
 */
export function countryNames(code: string): Partial<Record<UiLanguage, string>> {
  const hit = known.get(code)
  if (hit) return hit
  const names: Partial<Record<UiLanguage, string>> = {}
  for (const language of uiLanguages) {
    try {
      const name = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(code)
      if (name) names[language] = name
    } catch {
      // an unknown code: the window names it itself
    }
  }
  known.set(code, names)
  return names
}
