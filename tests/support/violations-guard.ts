import { afterEach } from 'vitest'
import { recordedViolations } from '../../sandbox/strict'

/**
 * Every test that talks to a sandbox runs it strictly (the default): when the test (or its set-up) made a request that
 * deviates from the platform contract, the test fails, naming each violation. A test that provokes violations on
 * purpose takes them out itself (`takeViolations()`) and asserts them.
 */
afterEach(() => {
  const found = recordedViolations.splice(0)
  if (found.length) {
    throw new Error(`platform contract violations:\n${found.map((v) => `  ${v.rule} (${v.endpoint}): ${v.detail}`).join('\n')}`)
  }
})

export const takeViolations = () => recordedViolations.splice(0)
