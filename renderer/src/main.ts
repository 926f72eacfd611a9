import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createDeskI18n, ensureOtherScreens, showLanguage } from './i18n'
import { useAppStore } from './stores/app'
import { loadErrorWording } from './wording/load'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
const i18n = createDeskI18n()
app.use(pinia).use(i18n)

// the office's language is loaded (when it is not the page's own) alongside the other start-up questions
void useAppStore(pinia)
  .load({ beforeReady: (info) => showLanguage(i18n.global, info.defaultLanguage) })
  // once the form is up, the other screens' words follow, so no later screen waits for them
  .then(() =>
    setTimeout(() => {
      void ensureOtherScreens(i18n.global)
      void loadErrorWording()
    }, 0),
  )

app.mount('#app')
