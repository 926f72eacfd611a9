/**
 * Builds the `window.desk` object from the API map and an invoke function. Self-contained on purpose: the preload
 * bundles it, and the E2E bridge injects its source text into the page, so both build the very same shape.
 */
export function buildDesk(
  map: Record<string, Record<string, string>>,
  invoke: (channel: string, payload: unknown) => Promise<unknown>,
): Record<string, Record<string, (payload?: unknown) => Promise<unknown>>> {
  const desk: Record<string, Record<string, (payload?: unknown) => Promise<unknown>>> = {}
  for (const group of Object.keys(map)) {
    const functions: Record<string, (payload?: unknown) => Promise<unknown>> = {}
    for (const name of Object.keys(map[group]!)) {
      const channel = map[group]![name]!
      functions[name] = (payload?: unknown) => invoke(channel, payload)
    }
    desk[group] = Object.freeze(functions)
  }
  return Object.freeze(desk)
}
