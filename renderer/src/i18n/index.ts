import { computed, type ComputedRef } from 'vue'
import { createI18n, useI18n } from 'vue-i18n'
import { uiLanguages } from '../../../electron/contract/fields'
import enUS from './messages/en-US'
import zhCN from './messages/zh-CN'
import type { UiLanguage } from '../../../electron/contract/types'

export type MessageSchema = typeof enUS
export const isUiLanguage = (value: string): value is UiLanguage => (uiLanguages as readonly string[]).includes(value)

/** The UI language as the contract's type (vue-i18n's locale is a plain string). */
export function useUiLanguage(): ComputedRef<UiLanguage> {
  const { locale } = useI18n()
  return computed(() => (isUiLanguage(locale.value) ? locale.value : 'en-US'))
}

export function createDeskI18n(locale: UiLanguage = 'zh-CN') {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en-US',
    messages: { 'en-US': enUS, 'zh-CN': zhCN },
    missingWarn: false,
    fallbackWarn: false,
  })
}
