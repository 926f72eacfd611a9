import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createDeskI18n, ensureOtherScreens, showAudience, showLanguage } from './i18n'
import { useAppStore } from './stores/app'
import { afterFirstFrame } from './logic/after-first-frame'
import { loadErrorWording } from './wording/load'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
const i18n = createDeskI18n()
app.use(pinia).use(i18n)

// What the page cannot handle reaches main's log (the class and where only: a message may hold what a customer typed).
const report = (kind: 'error' | 'rejection' | 'vue', error: unknown, where?: string) =>
  useAppStore(pinia).reportError({ kind, name: (error instanceof Error ? error.name : typeof error).slice(0, 80), ...(where ? { where: where.slice(0, 200) } : {}) })
window.addEventListener('error', (event) => report('error', event.error, event.filename ? `${event.filename}:${event.lineno}:${event.colno}` : undefined))
window.addEventListener('unhandledrejection', (event) => report('rejection', event.reason))
app.config.errorHandler = (error, _instance, info) => {
  report('vue', error, info)
  console.error(error) // still visible in development and to the E2E tier's page-error check
}

// The start-up questions go to main first (the office's language is loaded alongside them, when it is not the page's
// own), and the app is drawn once with the answers: main answers in a few milliseconds, so there is no point drawing a
// "starting" screen first and the form again (bench/results.md). A failed start still draws (the status line says so).
void useAppStore(pinia)
  // a trader's build: its words (audience "self") replace the clerk's before anything draws
  .load({ beforeReady: async (info) => void (await Promise.all([showAudience(i18n.global, info.audience), showLanguage(i18n.global, info.defaultLanguage)])) })
  .finally(() => {
    app.mount('#app')
    // once the form is on screen (after the next frame, not before it), the other screens' words follow, so no later
    // screen waits for them; a window that draws no frame (hidden, covered) gets them after a second anyway
    afterFirstFrame(() => {
      void ensureOtherScreens(i18n.global)
      void loadErrorWording()
    })
  })
