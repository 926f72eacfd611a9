import { test } from '@playwright/test'
import { allJourneys } from '../journeys'
import { browserDriver } from './browser-driver'

for (const { name, run, env, preset, externalPlatform, updateFeed, packagedFacts, slow } of allJourneys) {
  test(name, async ({ browser }) => {
    // a walk of every screen at every size with axe: minutes on a loaded machine
    if (slow) test.setTimeout(360_000)
    const driver = browserDriver(browser, { env, preset, externalPlatform, updateFeed, packagedFacts })
    try {
      await run(driver)
    } finally {
      await driver.close()
    }
  })
}
