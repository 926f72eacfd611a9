import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

const activity = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'input', 'touchstart'] as const

/**
 * Idle watch for the shared PC: after `minutes` without input, `warning` turns on and a countdown of `graceSeconds`
 * runs; `stay()` turns it off again; at zero `onTimeout` clears the form. `enabled` switches it all off.
 */
export function useIdle(options: {
  enabled: Ref<boolean>
  minutes: Ref<number>
  graceSeconds: number
  /** only warn when something personal is on screen */
  shouldWarn: () => boolean
  onTimeout: () => void
}) {
  const warning = ref(false)
  const secondsLeft = ref(options.graceSeconds)
  let lastInput = Date.now()
  let timer: ReturnType<typeof setInterval> | undefined

  // While the warning shows, only its own button counts: a nudged mouse must not silently cancel a privacy clear.
  const touch = () => {
    if (!warning.value) lastInput = Date.now()
  }
  const stay = () => {
    warning.value = false
    lastInput = Date.now()
  }

  function check(): void {
    if (!options.enabled.value) {
      warning.value = false
      return
    }
    const idleMs = Date.now() - lastInput
    const limit = options.minutes.value * 60_000
    if (!warning.value) {
      if (idleMs >= limit && options.shouldWarn()) {
        warning.value = true
        secondsLeft.value = options.graceSeconds
      }
      return
    }
    secondsLeft.value = Math.max(0, Math.ceil((limit + options.graceSeconds * 1000 - idleMs) / 1000))
    if (secondsLeft.value === 0) {
      warning.value = false
      lastInput = Date.now()
      options.onTimeout()
    }
  }

  onMounted(() => {
    for (const event of activity) window.addEventListener(event, touch, { capture: true, passive: true })
    timer = setInterval(check, 1000)
  })
  onBeforeUnmount(() => {
    for (const event of activity) window.removeEventListener(event, touch, { capture: true })
    clearInterval(timer)
  })

  return { warning, secondsLeft, stay }
}
