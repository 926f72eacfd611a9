import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createDeskI18n } from './i18n'
import { useAppStore } from './stores/app'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
const i18n = createDeskI18n()
app.use(pinia).use(i18n)

void useAppStore(pinia)
  .load()
  .then((info) => {
    if (info) i18n.global.locale.value = info.defaultLanguage
  })

app.mount('#app')
