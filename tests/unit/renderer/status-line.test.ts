import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import StatusLine from '../../../renderer/src/components/StatusLine.vue'
import { createDeskI18n } from '../../../renderer/src/i18n'
import enUS from '../../../renderer/src/i18n/messages/en-US'
import { useAppStore } from '../../../renderer/src/stores/app'
import { appInfoFixture } from '../../support/fixtures'

function mountWith(info: typeof appInfoFixture | null, locale: 'zh-CN' | 'en-US', loadFailed = false) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useAppStore()
  store.info = info
  store.loadFailed = loadFailed
  return mount(StatusLine, { global: { plugins: [pinia, createDeskI18n(locale, { 'en-US': enUS })] } })
}

describe('StatusLine', () => {
  it('shows version, platform, register source and sandbox mode in English', () => {
    const text = mountWith(appInfoFixture, 'en-US').text()
    expect(text).toContain('Version 0.1.0')
    expect(text).toContain('System: Linux')
    expect(text).toContain('Register source 9')
    expect(text).toContain('Sandbox')
  })

  it('names the platform host when one is configured, in Chinese', () => {
    const info = { ...appInfoFixture, platformConfigured: true, sandbox: false, platformHost: 'api.broker.example', registerSource: 7 as const, platform: 'win32' }
    const text = mountWith(info, 'zh-CN').text()
    expect(text).toContain('平台：api.broker.example')
    expect(text).toContain('注册来源 7')
    expect(text).toContain('系统：Windows')
    expect(text).not.toContain('沙盒')
  })

  it('says the status is unavailable when main did not answer', () => {
    expect(mountWith(null, 'en-US', true).text()).toBe('Status unavailable')
  })
})

describe('the UI languages', () => {
  it('the page starts with Chinese only; English loads when first shown, and the switch waits for it', async () => {
    const { showLanguage } = await import('../../../renderer/src/i18n')
    const i18n = createDeskI18n('zh-CN')
    expect(i18n.global.availableLocales).toEqual(['zh-CN'])
    expect(i18n.global.t('status.label')).toBe('应用状态')
    await showLanguage(i18n.global, 'en-US')
    expect(i18n.global.locale.value).toBe('en-US')
    expect(i18n.global.availableLocales.sort()).toEqual(['en-US', 'zh-CN'])
    expect(i18n.global.t('status.label')).toBe('Application status')
  })
})
