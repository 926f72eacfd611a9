import { readFileSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'

/** axe-core itself, put into the page once: injecting it on every check (as @axe-core/playwright does) was half its cost */
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
  id: string
  impact?: string | null
  help: string
  nodes: unknown[]
}
type AxeWindow = { axe: { run: (options: unknown) => Promise<{ violations: AxeViolation[] }> } }

/** axe-core over the whole page (every rule axe runs by default): no serious or critical violation may remain. */
export async function expectNoSeriousAxeViolations(page: Page, screen: string): Promise<void> {
  // a reloaded page (after a renderer crash) has lost it: put it back
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as AxeWindow).axe.run({ resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }))
  })
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${screen}: ${v.id} (${v.nodes}) ${v.help}`)).toEqual([])
}
