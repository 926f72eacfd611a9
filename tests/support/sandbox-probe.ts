import type { PlatformProbe } from '../journeys/driver'
import type { Sandbox } from '../../sandbox/server'

/** A probe over a sandbox in this process. */
export function localProbe(
  sandbox: () => Sandbox | undefined,
  reachability: (reachable: boolean) => Promise<void> = async () => {
    throw new Error('this app talks to its embedded sandbox: start the journey with externalPlatform')
  },
): PlatformProbe {
  const sb = () => {
    const s = sandbox()
    if (!s) throw new Error('the app has no sandbox running')
    return s
  }
  return {
    setReachable: reachability,
    requests: async () => [...sb().requests],
    customers: async () => [...sb().platform.state.data.customers],
    arm: async (endpoint, fault) => sb().faults.arm(endpoint, fault),
    clearFaults: async () => sb().faults.clear(),
  }
}
