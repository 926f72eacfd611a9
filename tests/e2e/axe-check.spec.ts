import { expect, test } from '@playwright/test'
import { expectNoSeriousAxeViolations } from '../journeys/axe'

// the check every journey relies on must fail where axe finds something serious, not pass whatever the page is
test('the accessibility check fails on a page with a nameless button and an image without text, naming both', async ({ page }) => {
  await page.setContent('<html lang="en"><title>probe</title><main><button></button><img src="x.png"></main></html>')
  const failure = await expectNoSeriousAxeViolations(page, 'probe').then(() => '', (error: unknown) => String(error))
  expect(failure).toContain('probe: button-name (1)')
  expect(failure).toContain('probe: image-alt (1)')
  // and passes once they are fixed
  await page.setContent('<html lang="en"><title>probe</title><main><button>Register</button><img src="x.png" alt="logo"></main></html>')
  await expectNoSeriousAxeViolations(page, 'probe fixed')
})
