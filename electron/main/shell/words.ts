import type { UiLanguage } from '@contract/types'
import en from '@contract/wording/shell-en-US'
import zh from '@contract/wording/shell-zh-CN'
import zhHK from '@contract/wording/shell-zh-HK'

export type ShellWords = typeof en

const tables: Record<UiLanguage, ShellWords> = { 'en-US': en, 'zh-CN': zh, 'zh-HK': zhHK }

/** The words of main's own menus and message boxes, in the UI language the window last told main. */
export const shellWords = (language: UiLanguage): ShellWords => tables[language] ?? en

/** `{name}` placeholders filled in, as the page's vue-i18n does. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
