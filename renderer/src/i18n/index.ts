import { computed, markRaw, type ComputedRef } from 'vue'
import { resolveValue } from '@intlify/core-base'
import { createI18n, registerMessageResolver, useI18n } from 'petite-vue-i18n'
import { uiLanguages } from '@contract/languages'
import type enFirst from './messages/en-US/first-screen'
import type enOther from './messages/en-US/other-screens'
import zhFirst from './messages/zh-CN/first-screen'
import { mergeWords, type Words } from './merge-words'
import type { UiLanguage } from '@contract/types'

/**
 * The words, per language, in two parts (both compiled at build time): the first screen's, and every other screen's.
 * Only Chinese first-screen words ship with the page; the rest loads when first needed: the other part right after the
 * first screen is up (and before any other screen shows), English and Traditional Chinese (zh-HK) when one is the
 * office's default or the clerk's choice. bench/results.md has what this saves.
 */
type FirstScreen = typeof enFirst
type OtherScreens = typeof enOther
export type MessageSchema = FirstScreen & OtherScreens
type Part = 'first' | 'other'

const loaders: Record<UiLanguage, Record<Part, () => Promise<FirstScreen | OtherScreens>>> = {
  'zh-CN': {
    first: async () => zhFirst,
    other: async () => (await import('./messages/zh-CN/other-screens')).default,
  },
  'zh-HK': {
    first: async () => (await import('./messages/zh-HK/first-screen')).default,
    other: async () => (await import('./messages/zh-HK/other-screens')).default,
  },
  'en-US': {
    first: async () => (await import('./messages/en-US/first-screen')).default,
    other: async () => (await import('./messages/en-US/other-screens')).default,
  },
}

/**
 * A trader's words (preset audience "self"), loaded only by a build for traders, before its first screen draws, with
 * the function that applies them (so neither weighs on a clerk's first screen).
 */
const selfLoaders: Record<UiLanguage, () => Promise<{ words: Words; apply: typeof import('./audience').selfModeWords }>> = {
  'zh-CN': async () => {
    const [words, audience] = await Promise.all([import('./messages/zh-CN/self'), import('./audience')])
    return { words: words.default, apply: audience.selfModeWords }
  },
  'en-US': async () => {
    const [words, audience] = await Promise.all([import('./messages/en-US/self'), import('./audience')])
    return { words: words.default, apply: audience.selfModeWords }
  },
  'zh-HK': async () => {
    const [words, audience] = await Promise.all([import('./messages/zh-HK/self'), import('./audience')])
    return { words: words.default, apply: audience.selfModeWords }
  },
}

export const isUiLanguage = (value: string): value is UiLanguage => (uiLanguages as readonly string[]).includes(value)

/** The UI language as the contract's type (vue-i18n's locale is a plain string). */
export function useUiLanguage(): ComputedRef<UiLanguage> {
  const { locale } = useI18n()
  return computed(() => (isUiLanguage(locale.value) ? locale.value : 'en-US'))
}

/** What loading and switching need of vue-i18n's composer (the app's global one). */
interface LanguageHost {
  locale: { value: string }
  setLocaleMessage(locale: UiLanguage, messages: MessageSchema): void
}


/**
 * A language's words as vue-i18n keeps them: marked raw. vue-i18n holds the messages in a deep `ref` in the browser, so
 * every message node a screen read would get a reactive proxy, tracked on every `t()` and cached for good (the
 * renderer heap's growing WeakMap tables, bench/results.md). The words never change in place: a new part replaces
 * the language's object (setLocaleMessage), which re-renders what shows them.
 */
const rawWords = (words: Words): MessageSchema => markRaw(words) as MessageSchema

/** Per composer: the parts it has, the loads under way, and whether other screens have been wanted yet. */
interface HostState {
  done: Set<string>
  pending: Map<string, Promise<void>>
  otherWanted: boolean
  /** each language's words loaded so far, merged */
  words: Map<string, Words>
  audience: 'desk' | 'self'
  /** self mode: each language's table, loaded once */
  self: Map<UiLanguage, ReturnType<(typeof selfLoaders)[UiLanguage]>>
}
const states = new WeakMap<LanguageHost, HostState>()
const stateOf = (host: LanguageHost): HostState => {
  let state = states.get(host)
  if (!state) {
    state = { done: new Set(['zh-CN:first']), pending: new Map(), otherWanted: false, words: new Map([['zh-CN', zhFirst]]), audience: 'desk', self: new Map() }
    states.set(host, state)
  }
  return state
}

/** Loads one part of a language into the composer once (concurrent callers share the load). */
function ensurePart(host: LanguageHost, language: UiLanguage, part: Part): Promise<void> {
  const state = stateOf(host)
  const key = `${language}:${part}`
  if (state.done.has(key)) return Promise.resolve()
  const running = state.pending.get(key)
  if (running) return running
  const load = loaders[language][part]().then(async (messages) => {
    state.words.set(language, mergeWords(state.words.get(language) ?? {}, messages))
    await publish(host, language)
    state.done.add(key)
    state.pending.delete(key)
  })
  state.pending.set(key, load)
  return load
}

/** Gives vue-i18n a language's words as loaded so far, for the audience: a trader's replace a clerk's (audience.ts). */
async function publish(host: LanguageHost, language: UiLanguage): Promise<void> {
  const state = stateOf(host)
  let self: Awaited<ReturnType<(typeof selfLoaders)[UiLanguage]>> | undefined
  if (state.audience === 'self') {
    if (!state.self.has(language)) state.self.set(language, selfLoaders[language]())
    self = await state.self.get(language)
  }
  const words = state.words.get(language) ?? {}
  host.setLocaleMessage(language, rawWords(self ? self.apply(words, self.words) : words))
}

/**
 * The audience main says sits at the screen (app info). A build for traders speaks to "you": its words replace the
 * loaded ones before the first screen draws, and every part loaded later comes in the same words.
 */
export async function showAudience(host: LanguageHost, audience: 'desk' | 'self'): Promise<void> {
  const state = stateOf(host)
  if (state.audience === audience) return
  state.audience = audience
  await Promise.all([...state.words.keys()].filter(isUiLanguage).map((language) => publish(host, language)))
}

/** Switches the UI language, loading its words first (and the other screens' too once they have been wanted). */
export async function showLanguage(host: LanguageHost, language: UiLanguage): Promise<void> {
  const state = stateOf(host)
  await Promise.all([ensurePart(host, language, 'first'), state.otherWanted ? ensurePart(host, language, 'other') : undefined])
  // another screen may have asked for its words while the first part loaded: it gets them in this language too
  if (state.otherWanted) await ensurePart(host, language, 'other')
  host.locale.value = language
}

/** Every other screen's words in the current language; a screen other than the form waits for this (`withWords`). */
export function ensureOtherScreens(host: LanguageHost): Promise<void> {
  stateOf(host).otherWanted = true
  return ensurePart(host, isUiLanguage(host.locale.value) ? host.locale.value : 'zh-CN', 'other')
}

let appHost: LanguageHost | undefined

/** The other screens' words in the running app (an error, an update notice, a dialog wait for them). */
export const otherScreensReady = (): Promise<void> => (appHost ? ensureOtherScreens(appHost) : Promise.resolve())

/** A lazily loaded screen or dialog together with its words: `defineAsyncComponent(withWords(() => import(…)))`. */
export const withWords =
  <T>(load: () => Promise<T>) =>
  async (): Promise<T> => {
    const [component] = await Promise.all([load(), otherScreensReady()])
    return component
  }

/** The language switch's side: the global composer of the running app. */
export function useLanguageSwitch(): (language: UiLanguage) => Promise<void> {
  const composer = useI18n({ useScope: 'global' }) as unknown as LanguageHost
  return (language) => showLanguage(composer, language)
}

// petite-vue-i18n reads flat keys by default; our words are nested by screen ("form.email"), as vue-i18n reads them
registerMessageResolver(resolveValue)

/** The app's i18n, with the first screen's Chinese words; `more` adds words already at hand (tests). */
export function createDeskI18n(locale: UiLanguage = 'zh-CN', more: Partial<Record<UiLanguage, MessageSchema>> = {}) {
  const i18n = createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: Object.fromEntries(Object.entries({ 'zh-CN': zhFirst, ...more }).map(([l, w]) => [l, rawWords(w)])) as Record<UiLanguage, MessageSchema>,
    missingWarn: false,
    fallbackWarn: false,
  })
  const host = i18n.global as unknown as LanguageHost
  for (const [language, words] of Object.entries(more)) {
    stateOf(host).done.add(`${language}:first`).add(`${language}:other`)
    stateOf(host).words.set(language, words)
  }
  appHost = host
  return i18n
}
