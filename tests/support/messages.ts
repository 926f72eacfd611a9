import type { UiLanguage } from '@contract/types'
import enFirst from '../../renderer/src/i18n/messages/en-US/first-screen'
import enOther from '../../renderer/src/i18n/messages/en-US/other-screens'
import zhFirst from '../../renderer/src/i18n/messages/zh-CN/first-screen'
import zhOther from '../../renderer/src/i18n/messages/zh-CN/other-screens'
import hkFirst from '../../renderer/src/i18n/messages/zh-HK/first-screen'
import hkOther from '../../renderer/src/i18n/messages/zh-HK/other-screens'
import { mergeWords } from '../../renderer/src/i18n/merge-words'

type MessageSchema = typeof enFirst & typeof enOther

/** Every word of each language, both parts merged, as a running app has them once every screen has been shown. */
export const allMessages: Record<UiLanguage, MessageSchema> = {
  'en-US': mergeWords(enFirst, enOther) as MessageSchema,
  'zh-CN': mergeWords(zhFirst, zhOther) as MessageSchema,
  'zh-HK': mergeWords(hkFirst, hkOther) as MessageSchema,
}
