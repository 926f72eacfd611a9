import { effectScope } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useCountdown } from '../../../renderer/src/composables/useCountdown'

describe('useCountdown (the resend wait)', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('counts down once a second, stops itself at zero, and restarts', () => {
    const scope = effectScope()
    const countdown = scope.run(() => useCountdown())!
    expect(countdown.secondsLeft.value).toBe(0)
    countdown.start(3)
    expect(countdown.secondsLeft.value).toBe(3)
    vi.advanceTimersByTime(1000)
    expect(countdown.secondsLeft.value).toBe(2)
    vi.advanceTimersByTime(2000)
    expect(countdown.secondsLeft.value).toBe(0)
    expect(vi.getTimerCount()).toBe(0) // no timer left running once it is over
    countdown.start(60)
    vi.advanceTimersByTime(30_000)
    expect(countdown.secondsLeft.value).toBe(30)
    scope.stop()
  })

  it('stop() ends it at once, and its owner going away clears the timer', () => {
    const scope = effectScope()
    const countdown = scope.run(() => useCountdown())!
    countdown.start(10)
    countdown.stop()
    expect(countdown.secondsLeft.value).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
    countdown.start(10)
    expect(vi.getTimerCount()).toBe(1)
    scope.stop()
    expect(vi.getTimerCount()).toBe(0)
  })
})
