import { expect, test } from '@playwright/test'
import { allJourneys } from '../journeys'
import { electronOrSkip } from './electron-binary'
import { electronDriver } from './electron-driver'

// Where the Electron binary could not be downloaded (no internet), this tier cannot run; say so rather than pass.
const binary = electronOrSkip(test)

test('the real window: title, window.desk present, require absent', async () => {
  const driver = electronDriver(binary)
  try {
    const page = await driver.open()
    await expect(page).toHaveTitle(/开户登记台|Registration Desk/)
    expect(await page.evaluate(() => typeof window.desk?.app?.info)).toBe('function')
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
    expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined')
  } finally {
    await driver.close()
  }
})

for (const { name, run, env, preset, slow } of allJourneys) {
  test(name, async () => {
    // a walk of every screen at every size with axe: minutes on a loaded machine
    if (slow) test.setTimeout(360_000)
    const driver = electronDriver(binary, { env, preset })
    try {
      await run(driver)
    } finally {
      await driver.close()
    }
  })
}
