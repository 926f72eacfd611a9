import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterFirstFrame } from '../../../renderer/src/logic/after-first-frame'

describe('afterFirstFrame', () => {
  let frames: FrameRequestCallback[] = []
  beforeEach(() => {
    vi.useFakeTimers()
    frames = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('runs in a task after the next frame, not before it, and only once', () => {
    const work = vi.fn()
    afterFirstFrame(work)
    vi.advanceTimersByTime(500)
    expect(work).not.toHaveBeenCalled() // no frame yet
    frames.shift()!(0)
    expect(work).not.toHaveBeenCalled() // not inside the frame itself
    vi.advanceTimersByTime(0)
    expect(work).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(5000)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('runs after the fallback when no frame comes (a hidden window), and not again when one does', () => {
    const work = vi.fn()
    afterFirstFrame(work, 1000)
    vi.advanceTimersByTime(999)
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(work).toHaveBeenCalledTimes(1)
    frames.shift()!(0)
    vi.advanceTimersByTime(10)
    expect(work).toHaveBeenCalledTimes(1)
  })
})
