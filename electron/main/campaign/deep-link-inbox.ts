/**
 * A `regdesk://` link can arrive before the services exist (a launch by URL, macOS's open-url before ready): it waits
 * here, the latest one winning, and is handed over once the services open the inbox; later links go straight through.
 */
export function createDeepLinkInbox(first?: string) {
  let pending = first
  let deliver: ((url: string) => void) | undefined
  return {
    arrive(url: string | undefined): void {
      if (!url) return
      if (deliver) deliver(url)
      else pending = url
    },
    open(apply: (url: string) => void): void {
      deliver = apply
      const waiting = pending
      pending = undefined
      if (waiting) apply(waiting)
    },
  }
}
