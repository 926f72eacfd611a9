import type { ConfigResult, DeskConfig } from './config'

/**
 * The configuration as it is now: one value every service reads the same way, through `current()`, at the moment it
 * needs it. The office administration screen's save resolves every layer again and replaces it, so what an office
 * changes reaches every reader without a restart (tests/unit/main/config-source.test.ts).
 */
export interface ConfigSource {
  /** the last resolution, usable or not (the configuration-problem screen needs the problem) */
  result(): ConfigResult
  /** the usable configuration, or undefined when it could not be used */
  current(): DeskConfig | undefined
  /** resolves every layer again (the office screen's save tries its new layer with it), without applying it */
  resolve(): ConfigResult
  /** makes a resolution the current value (the office screen saved a layer that combines with the others) */
  replace(next: ConfigResult): void
}

export function createConfigSource(initial: ConfigResult, resolve?: () => ConfigResult): ConfigSource {
  let result = initial
  resolve ??= () => result
  return {
    result: () => result,
    current: () => (result.ok ? result.config : undefined),
    resolve,
    replace: (next) => void (result = next),
  }
}
