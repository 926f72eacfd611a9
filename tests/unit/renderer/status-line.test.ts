import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import StatusLine from '../../../renderer/src/components/StatusLine.vue'
import { createDeskI18n } from '../../../renderer/src/i18n'
import { allMessages } from '../../support/messages'
import { useAppStore } from '../../../renderer/src/stores/app'
import { appInfoFixture } from '../../support/fixtures'

function mountWith(info: typeof appInfoFixture | null, locale: 'zh-CN' | 'en-US', loadFailed = false) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useAppStore()
  store.info = info
  store.loadFailed = loadFailed
  return mount(StatusLine, { global: { plugins: [pinia, createDeskI18n(locale, allMessages)] } })
}

describe('StatusLine', () => {
  it('shows a clerk practice mode, and none of the technical facts (they are in the connection check), in English', () => {
    const text = mountWith(appInfoFixture, 'en-US').text()
    expect(text).toContain('Practice mode')
    for (const technical of ['Version', '0.1.0', 'System', 'Linux', 'Register source', 'Sandbox']) expect(text).not.toContain(technical)
  })

  it('names the platform host when one is configured, in Chinese', () => {
    const info = { ...appInfoFixture, platformConfigured: true, sandbox: false, platformHost: 'api.broker.example', registerSource: 7 as const, platform: 'win32' }
    const text = mountWith(info, 'zh-CN').text()
    expect(text).toContain('平台：api.broker.example')
    expect(text).not.toContain('注册来源')
    expect(text).not.toContain('练习模式')
  })

  it('says the status is unavailable when main did not answer', () => {
    expect(mountWith(null, 'en-US', true).text()).toBe('Status unavailable')
  })
})

describe('the UI languages', () => {
  it("the page starts with Chinese first-screen words only; the rest and English load when first needed, and wait for it", async () => {
    const { showLanguage, ensureOtherScreens } = await import('../../../renderer/src/i18n')
    const i18n = createDeskI18n('zh-CN')
    const g = i18n.global
    const has = (key: string) => g.t(key) !== key
    expect(g.availableLocales).toEqual(['zh-CN'])
    expect(g.t('status.label')).toBe('应用状态')
    expect(g.t('connection.open')).toBe(allMessages['zh-CN'].connection.open)
    expect(has('journal.title')).toBe(false) // another screen's words are not in the page yet
    await showLanguage(g, 'en-US')
    expect(g.locale.value).toBe('en-US')
    expect(g.t('status.label')).toBe('Application status')
    expect(has('journal.title')).toBe(false)
    await ensureOtherScreens(g)
    expect(g.t('journal.title')).toBe('Registrations today')
    expect(g.t('connection.open')).toBe('Check the connection') // both parts of a section, merged
    await showLanguage(g, 'zh-CN') // other screens wanted once: a switch brings them along
    expect(g.t('journal.title')).toBe(allMessages['zh-CN'].journal.title)
  })

  it('Traditional Chinese (zh-HK) is not in the page either: it loads when first shown, both parts once wanted', async () => {
    const { showLanguage, ensureOtherScreens } = await import('../../../renderer/src/i18n')
    const g = createDeskI18n('zh-CN').global
    expect(g.availableLocales).not.toContain('zh-HK')
    await showLanguage(g, 'zh-HK')
    expect(g.locale.value).toBe('zh-HK')
    expect(g.t('form.title')).toBe('新客戶註冊')
    expect(g.t('journal.title')).toBe('journal.title') // the other screens' words wait until wanted
    await ensureOtherScreens(g)
    expect(g.t('journal.title')).toBe('今日登記')
    expect(g.t('connection.open')).toBe('檢查網絡連線')
  })

  it('every language has every word (the Chinese files are typed against the English ones)', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
    expect(keys(allMessages['zh-CN']).sort()).toEqual(keys(allMessages['en-US']).sort())
    expect(keys(allMessages['zh-HK']).sort()).toEqual(keys(allMessages['en-US']).sort())
  })
})

describe('words and a language switch at the same time', () => {
  it('a screen that wants the other words while the office language loads gets them in that language', async () => {
    const { showLanguage, ensureOtherScreens } = await import('../../../renderer/src/i18n')
    const g = createDeskI18n('zh-CN').global
    const switching = showLanguage(g, 'en-US') // the office's default, loading
    await ensureOtherScreens(g) // a configuration-problem screen renders meanwhile (still Chinese)
    await switching
    expect(g.locale.value).toBe('en-US')
    expect(g.t('configProblem.title')).toBe(allMessages['en-US'].configProblem.title)
  })
})

describe('the words stay out of Vue reactivity', () => {
  it('no proxy per message node: vue-i18n keeps them in a deep ref, so they are marked raw (first part and later parts)', async () => {
    const { isProxy } = await import('vue')
    const { showLanguage, ensureOtherScreens } = await import('../../../renderer/src/i18n')
    const g = createDeskI18n('zh-CN').global
    expect(isProxy(g.getLocaleMessage('zh-CN'))).toBe(false)
    await showLanguage(g, 'en-US')
    await ensureOtherScreens(g)
    const english = g.getLocaleMessage('en-US') as Record<string, Record<string, unknown>>
    expect(isProxy(english)).toBe(false)
    expect(isProxy(english.form)).toBe(false)
    expect(g.t('journal.title')).toBe('Registrations today') // and the later part is there
    expect(g.t('form.title')).toBe('New customer') // with the first
  })
})
