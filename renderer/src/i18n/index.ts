import { createI18n } from 'vue-i18n'
import enUS from './messages/en-US'
import zhCN from './messages/zh-CN'
import type { UiLanguage } from '../../../electron/contract/types'

export type MessageSchema = typeof enUS
export const languages: readonly UiLanguage[] = ['zh-CN', 'en-US']

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
