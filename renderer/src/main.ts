import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createDeskI18n, showLanguage } from './i18n'
import { useAppStore } from './stores/app'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
const i18n = createDeskI18n()
app.use(pinia).use(i18n)

// the office's language is loaded (when it is not the page's own) alongside the other start-up questions
void useAppStore(pinia).load({ beforeReady: (info) => showLanguage(i18n.global, info.defaultLanguage) })

app.mount('#app')
