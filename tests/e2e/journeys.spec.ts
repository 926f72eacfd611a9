import { test } from '@playwright/test'
import { allJourneys } from '../journeys'
import { browserDriver } from './browser-driver'

for (const { name, run, env, preset, externalPlatform, updateFeed, slow } of allJourneys) {
  test(name, async ({ browser }) => {
    test.slow(!!slow)
    const driver = browserDriver(browser, { env, preset, externalPlatform, updateFeed })
    try {
      await run(driver)
    } finally {
      await driver.close()
    }
  })
}
