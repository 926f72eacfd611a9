import { computed, ref, watch } from 'vue'
import { useCountdown } from './useCountdown'

/**
 * The wait before another code may be sent, per recipient (main keeps the same rule: registration/tickets.ts): the
 * login in the form shows its own wait, another login or method waits on nothing, and coming back to an earlier
 * login finds its wait still running.
 */
export function useResendWait(currentKey: () => string | null, clock: () => number = Date.now) {
  const countdown = useCountdown(clock)
  const countdownFor = ref<string | null>(null)
  /** each recipient's deadline (ms) */
  const deadlines = new Map<string, number>()

  const seconds = computed(() => (currentKey() !== null && currentKey() === countdownFor.value ? countdown.secondsLeft.value : 0))

  function start(key: string, wait: number): void {
    countdownFor.value = key
    deadlines.set(key, clock() + wait * 1000)
    countdown.start(wait)
  }

  watch(currentKey, (key) => {
    const left = key && key !== countdownFor.value ? (deadlines.get(key) ?? 0) - clock() : 0
    if (key && left > 0) start(key, left / 1000)
  })

  /** all waits end (a new customer; or the platform wants a fresh code) */
  function stop(): void {
    deadlines.clear()
    countdownFor.value = null
    countdown.stop()
  }

  return { seconds, start, stop }
}
