import { computed, type ComputedRef } from 'vue'
import { createI18n, useI18n } from 'vue-i18n'
import { uiLanguages } from '../../../electron/contract/languages'
import type enUS from './messages/en-US'
import zhCN from './messages/zh-CN'
import type { UiLanguage } from '../../../electron/contract/types'

export type MessageSchema = typeof enUS
export const isUiLanguage = (value: string): value is UiLanguage => (uiLanguages as readonly string[]).includes(value)

/**
 * The first screen's language ships with the page; the other one loads when it is first needed (the office's default,
 * or the clerk's switch), so the page does not carry both (bench/results.md). Both are compiled at build time.
 */
const loaders: Record<UiLanguage, () => Promise<MessageSchema>> = {
  'zh-CN': async () => zhCN,
  'en-US': async () => (await import('./messages/en-US')).default,
}

/** The UI language as the contract's type (vue-i18n's locale is a plain string). */
export function useUiLanguage(): ComputedRef<UiLanguage> {
  const { locale } = useI18n()
  return computed(() => (isUiLanguage(locale.value) ? locale.value : 'en-US'))
}

/** What switching needs of vue-i18n's composer (the app's global one). */
interface LanguageHost {
  readonly availableLocales: readonly string[]
  setLocaleMessage(locale: UiLanguage, messages: MessageSchema): void
  locale: { value: string }
}

/** Switches the UI language, loading its messages first when this page has not had them yet. */
export async function showLanguage(composer: LanguageHost, language: UiLanguage): Promise<void> {
  if (!composer.availableLocales.includes(language)) composer.setLocaleMessage(language, await loaders[language]())
  composer.locale.value = language
}

/** The language switch's side: the global composer of the running app. */
export function useLanguageSwitch(): (language: UiLanguage) => Promise<void> {
  const composer = useI18n({ useScope: 'global' }) as unknown as LanguageHost
  return (language) => showLanguage(composer, language)
}

/** The app's i18n, with the first screen's messages; `more` adds others already at hand (tests). */
export function createDeskI18n(locale: UiLanguage = 'zh-CN', more: Partial<Record<UiLanguage, MessageSchema>> = {}) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, ...more } as Record<UiLanguage, MessageSchema>,
    missingWarn: false,
    fallbackWarn: false,
  })
}
