import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { SMOKE_PAGE_SCRIPT } from '../../electron/main/smoke/page-script'
import { browserDriver, screenshotDir } from './browser-driver'

/**
 * The installed-app smoke journey's page script (electron/main/smoke/page-script.ts), which only a packaged test build
 * runs in CI, run here as the same text against the built renderer with main's real services: proof on every run that
 * its selectors and steps still register a customer, for both CI presets (scripts/ci/test-installers.mjs builds them:
 * the office example with staff mode, the retail example for traders, each on the embedded sandbox).
 */
const root = resolve(__dirname, '../..')
/** the preset as scripts/ci/test-installers.mjs turns it into a CI one (its $schema line is the editor's, not the app's) */
function preset(file: string, code: string): Record<string, unknown> {
  const { $schema: _schema, ...example } = JSON.parse(readFileSync(join(root, 'resources/presets', file), 'utf8')) as Record<string, unknown>
  return { ...example, platform: { mode: 'sandbox' }, office: { code, name: `CI ${code}` }, updates: { policy: 'off' } }
}

for (const [file, code] of [['practice-sandbox.json', 'CI-OFFICE'], ['retail.example.json', 'CI-RETAIL']] as const) {
  test(`the installed-app smoke journey's page script registers one customer (${file})`, async ({ browser }) => {
    const driver = browserDriver(browser, { preset: preset(file, code) })
    try {
      const page = await driver.open()
      const run = (phase: string, email = '') => page.evaluate(`(${SMOKE_PAGE_SCRIPT})(${JSON.stringify(phase)}, ${JSON.stringify(email)})`) as Promise<Record<string, string>>
      const form = await run('form')
      await expect(page.getByTestId('register-form')).toBeVisible()
      await expect(page.getByTestId('staff-id')).toHaveCount(0) // staff mode (the office preset): the shift was started first
      expect(form.title).toMatch(/开户登记台|Registration Desk|開戶登記台/)
      const email = `smoke${Date.now().toString(36)}@example.com`
      const result = await run('register', email)
      expect(result.customerNo).toMatch(/^\d{7,}$/)
      expect(result.login).toBe(email)
      expect(JSON.stringify(result)).not.toMatch(/\b\d{6}\b(?!\d)/) // the code is never in the answer
      const customers = (await driver.platform.customers()).filter((c) => c.email === email)
      expect(customers).toHaveLength(1)
      await run('mask')
      await page.screenshot({ path: join(screenshotDir, `smoke-page-${code}.png`) })
      await expect(run('nonsense')).rejects.toThrow(/unknown phase nonsense/)
      expect(driver.pageErrors()).toEqual([])
    } finally {
      await driver.close()
    }
  })
}
