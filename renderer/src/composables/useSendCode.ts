import { nextTick } from 'vue'
import { useRegistrationStore } from '../stores/registration'

/**
 * "Send code" from the button or from Enter in the login field, and where the next key goes: into the code field once
 * a code is on its way; else to what is wrong (the login field, or the message beside the button, scrolled into view).
 */
export function useSendCode() {
  const store = useRegistrationStore()

  async function send(): Promise<void> {
    const sent = await store.sendCode()
    await nextTick()
    if (sent) return document.getElementById('code')?.focus()
    const field = store.error?.field ?? (store.issues[store.loginField] ? store.loginField : undefined)
    const target = field && document.getElementById(field)
    if (target) target.focus()
    else document.getElementById('send-error')?.scrollIntoView({ block: 'nearest' })
  }

  /** Enter in the login field: the obvious next step is the code (send one, or type the one already sent). */
  async function next(): Promise<void> {
    if (store.codeIsForCurrentLogin) document.getElementById('code')?.focus()
    else await send()
  }

  return { send, next }
}
