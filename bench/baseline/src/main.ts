import { createPinia, defineStore } from 'pinia'
import { createApp, h, ref } from 'vue'
import { createI18n, useI18n } from 'vue-i18n'

/**
 * The baseline for "time to an interactive form": a bare Vue + Pinia + vue-i18n page with one small form, built the
 * same way as the app (Vite, production mode). Whatever the app takes beyond this is the app's own cost.
 */
const useForm = defineStore('form', () => ({ email: ref('') }))
const i18n = createI18n({ legacy: false, locale: 'en-US', messages: { 'en-US': { email: 'Email', submit: 'Register' } } })

const App = {
  setup() {
    const { t } = useI18n()
    const form = useForm()
    return () =>
      h('form', { 'data-testid': 'register-form' }, [
        h('label', { for: 'email' }, t('email')),
        h('input', { id: 'email', value: form.email, onInput: (e: Event) => (form.email = (e.target as HTMLInputElement).value) }),
        h('button', { type: 'submit' }, t('submit')),
      ])
  },
}

createApp(App).use(createPinia()).use(i18n).mount('#app')
