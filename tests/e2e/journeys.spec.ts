import { test } from '@playwright/test'
import { allJourneys } from '../journeys'
import { browserDriver } from './browser-driver'

for (const { name, run, env, preset, externalPlatform, updateFeed, packagedFacts } of allJourneys) {
  test(name, async ({ browser }) => {
    const driver = browserDriver(browser, { env, preset, externalPlatform, updateFeed, packagedFacts })
    try {
      await run(driver)
    } finally {
      await driver.close()
    }
  })
}
