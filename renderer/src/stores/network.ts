import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { DeskError } from '@contract/result'
import type { ConnectionReport } from '@contract/types'
import type { NetworkEventPayloads } from '@contract/ipc/network'

/** The connection check: main runs it (read-only); this store asks and keeps the last report. */
export const useNetworkStore = defineStore('network', () => {
  const report = ref<ConnectionReport | null>(null)
  const failure = ref<DeskError | null>(null)
  const checking = ref(false)
  /** the office proxy asks for a login (main asked; the platform calls wait for the answer) */
  const proxyChallenge = ref<NetworkEventPayloads['desk:event:proxy-login'] | null>(null)
  let unsubscribe: (() => void) | undefined

  function listen(): void {
    unsubscribe ??= window.desk.network.onProxyLogin((challenge) => (proxyChallenge.value = challenge))
  }

  /** the clerk's answer; main keeps it in memory only, and the password leaves the renderer here */
  async function answerProxyLogin(credentials: { username: string; password: string } | null): Promise<void> {
    proxyChallenge.value = null
    await window.desk.network.proxyLogin(credentials)
  }

  async function check(): Promise<void> {
    checking.value = true
    failure.value = null
    try {
      const result = await window.desk.network.check()
      if (result.ok) report.value = result.value
      else failure.value = result.error
    } finally {
      checking.value = false
    }
  }

  return { report, failure, checking, check, proxyChallenge, listen, answerProxyLogin }
})
