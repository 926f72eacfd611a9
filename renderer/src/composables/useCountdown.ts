import { computed, onScopeDispose, ref } from 'vue'

/**
 * Seconds left until a moment (the send-code resend wait): ticks once a second only while it runs, and stops itself
 * at zero or when its owner (a component or a store) goes away.
 */
export function useCountdown(clock: () => number = Date.now) {
  const until = ref(0)
  const now = ref(clock())
  let timer: ReturnType<typeof setInterval> | undefined

  const secondsLeft = computed(() => Math.max(0, Math.ceil((until.value - now.value) / 1000)))

  function halt(): void {
    if (timer !== undefined) clearInterval(timer)
    timer = undefined
  }

  function start(seconds: number): void {
    now.value = clock()
    until.value = now.value + seconds * 1000
    if (timer !== undefined || seconds <= 0) return
    timer = setInterval(() => {
      now.value = clock()
      if (now.value >= until.value) halt()
    }, 1000)
  }

  function stop(): void {
    until.value = 0
    halt()
  }

  onScopeDispose(halt)
  return { secondsLeft, start, stop }
}
