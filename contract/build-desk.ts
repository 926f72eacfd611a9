type Listener = (payload: unknown) => void
type Fn = (arg?: unknown) => unknown

/**
 * Builds the `window.desk` object from the API map, the event map, an invoke function and a subscribe function.
 * Self-contained on purpose: the preload bundles it, and the E2E bridge injects its source text into the page, so both
 * build the very same shape.
 */
export function buildDesk(
  map: Record<string, Record<string, string>>,
  events: Record<string, Record<string, string>>,
  invoke: (channel: string, payload: unknown) => Promise<unknown>,
  subscribe: (channel: string, listener: Listener) => () => void,
): Record<string, Record<string, Fn>> {
  const desk: Record<string, Record<string, Fn>> = {}
  for (const group of new Set([...Object.keys(map), ...Object.keys(events)])) {
    const functions: Record<string, Fn> = {}
    for (const [name, channel] of Object.entries(map[group] ?? {})) {
      functions[name] = (payload?: unknown) => invoke(channel, payload)
    }
    for (const [name, channel] of Object.entries(events[group] ?? {})) {
      functions[name] = (listener?: unknown) => {
        if (typeof listener !== 'function') throw new TypeError('listener must be a function')
        return subscribe(channel, listener as Listener)
      }
    }
    desk[group] = Object.freeze(functions)
  }
  return Object.freeze(desk)
}
