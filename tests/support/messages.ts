import type { UiLanguage } from '../../electron/contract/types'
import enFirst from '../../renderer/src/i18n/messages/en-US/first-screen'
import enOther from '../../renderer/src/i18n/messages/en-US/other-screens'
import zhFirst from '../../renderer/src/i18n/messages/zh-CN/first-screen'
import zhOther from '../../renderer/src/i18n/messages/zh-CN/other-screens'

type MessageSchema = typeof enFirst & typeof enOther

/** The two parts merged as vue-i18n's mergeLocaleMessage merges them: section by section, deeply. */
function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const left = out[key]
    out[key] = left && typeof left === 'object' && value && typeof value === 'object' ? merge(left as Record<string, unknown>, value as Record<string, unknown>) : value
  }
  return out
}

/** Every word of each language, both parts merged, as a running app has them once every screen has been shown. */
export const allMessages: Record<UiLanguage, MessageSchema> = {
  'en-US': merge(enFirst, enOther) as MessageSchema,
  'zh-CN': merge(zhFirst, zhOther) as MessageSchema,
}
