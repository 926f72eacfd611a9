import type { EndpointName } from '@contract/platform'

const faultModes = [
  'http-500',
  'html-502',
  'malformed-json',
  'no-code',
  'delay',
  'reset',
  'rate-limit',
] as const
export type FaultMode = (typeof faultModes)[number]

export interface Fault {
  mode: FaultMode
  /** how many of the next calls it applies to */
  count: number
  /** for `delay`: how long before the normal answer */
  delayMs?: number
  /** for `rate-limit`: the x-ratelimit-reset seconds */
  resetSeconds?: number
}

/** Per endpoint, the next N calls misbehave in a chosen way. Tests arm it; the server consumes it. */
export class FaultPlan {
  private readonly queue = new Map<EndpointName | '*', Fault[]>()

  arm(endpoint: EndpointName | '*', fault: Fault): void {
    if (!faultModes.includes(fault.mode)) throw new Error(`unknown fault mode ${String(fault.mode)}`)
    const list = this.queue.get(endpoint) ?? []
    list.push({ ...fault, count: Math.max(1, Math.floor(fault.count)) })
    this.queue.set(endpoint, list)
  }

  clear(): void {
    this.queue.clear()
  }

  /** the fault for this call, if any, counting it down */
  take(endpoint: EndpointName): Fault | undefined {
    for (const key of [endpoint, '*'] as const) {
      const list = this.queue.get(key)
      const next = list?.[0]
      if (!next) continue
      next.count -= 1
      if (next.count <= 0) list!.shift()
      return next
    }
    return undefined
  }
}
