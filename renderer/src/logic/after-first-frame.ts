/**
 * Runs `work` once: in a task after the next frame (so it does not compete with drawing it), or after `fallbackMs` if no
 * frame comes (a window that is hidden or covered draws none).
 */
export function afterFirstFrame(work: () => void, fallbackMs = 1000): void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    work()
  }
  requestAnimationFrame(() => setTimeout(once, 0))
  setTimeout(once, fallbackMs)
}
