import { expect, type Page } from '@playwright/test'
import { expectNoSeriousAxeViolations } from './axe'
import { journey } from './define'
import { enterCode, formReady, sendCodeAndRead, submitAndExpectResult, switchLanguage, uniqueEmail } from './steps'

async function registerOne(page: Page): Promise<void> {
  await page.getByTestId('email').fill(uniqueEmail('camp'))
  await enterCode(page, await sendCodeAndRead(page))
  await submitAndExpectResult(page)
}

const lastRegisterBody = async (driver: Parameters<Parameters<typeof journey>[1]>[0]) =>
  (await driver.platform.requests()).filter((r) => r.endpoint === 'register').at(-1)!.body as Record<string, unknown>

const utmKeys = ['utmSource', 'utmMedium', 'utmCampaign', 'utmContent', 'utmTerm', 'thirdServerCode', 'thirdServerSource']
const campaignOf = (body: Record<string, unknown>) => Object.fromEntries(utmKeys.filter((k) => k in body).map((k) => [k, body[k]]))

/** Campaign attribution: by hand, from a pasted link, from a deep link; cleared; remembered across a restart. */
/** a staff-mode office with a campaign of its own (deep links then wait for the clerk's yes) */
const officePresetForCampaign = {
  platform: { mode: 'sandbox' },
  office: { code: 'SH-01', name: '陆家嘴网点' },
  campaign: { utmSource: 'branch-sh01', utmMedium: 'walk-in' },
  staffMode: { enabled: true, idleMinutes: 30 },
  // an office's build takes no campaign from links unless its preset says so
  links: { deepLinkCampaigns: true },
}

export const campaignJourneys = [
  journey('a campaign entered by hand is sent exactly, and shown on the chip and the result', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await switchLanguage(page, 'English')
    await expect(page.getByTestId('campaign-summary')).toHaveText('none')
    await page.getByTestId('campaign-edit').click()
    await expect(page.getByTestId('campaign-panel')).toBeVisible()
    await page.getByTestId('campaign-utmSource').fill('  partner-x ')
    await page.getByTestId('campaign-utmCampaign').fill('spring-promo')
    await page.getByTestId('campaign-agentCode').fill('AG-0042')
    await page.getByTestId('campaign-utmTerm').fill('x'.repeat(101))
    await page.getByTestId('campaign-apply').click()
    await expect(page.locator('#campaign-utmTerm-error')).toHaveText('Use at most 100 characters.')
    await driver.screenshot(page, 'campaign-panel-error-en-US')
    await expectNoSeriousAxeViolations(page, 'campaign panel with an error en-US')
    await page.getByTestId('campaign-utmTerm').fill('')
    await page.getByTestId('campaign-apply').click()
    await expect(page.getByTestId('campaign-panel')).toBeHidden()
    await expect(page.getByTestId('campaign-summary')).toHaveText('via partner-x / spring-promo')
    await expect(page.getByTestId('campaign-agent')).toHaveText('agent AG-0042')
    await driver.screenshot(page, 'form-with-campaign-en-US')
    await registerOne(page)
    await expect(page.getByTestId('result-campaign')).toHaveText('partner-x / spring-promo · agent AG-0042')
    expect(campaignOf(await lastRegisterBody(driver))).toEqual({
      utmSource: 'partner-x',
      utmCampaign: 'spring-promo',
      thirdServerCode: 'AG-0042',
      thirdServerSource: 'agent',
    })
  }),

  journey('a pasted account-opening link fills the fields; a bad link says why', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await page.getByTestId('campaign-edit').click()
    await page.getByTestId('campaign-link').fill('http://open.broker.example/?utm_source=a')
    await page.getByTestId('campaign-fill').click()
    await expect(page.locator('#link-error')).toHaveText('只接受安全链接（https://）。')
    await page.getByTestId('campaign-link').fill('open the link please')
    await page.getByTestId('campaign-fill').click()
    await expect(page.locator('#link-error')).toContainText('这不是网页链接')
    await page
      .getByTestId('campaign-link')
      .fill('https://open.broker.example/r?utm_source=wechat&utm_medium=social&utm_campaign=%E6%98%A5%E5%AD%A3&agent=AG-9&foo=bar')
    await page.getByTestId('campaign-fill').click()
    await expect(page.getByTestId('campaign-utmSource')).toHaveValue('wechat')
    await expect(page.getByTestId('campaign-utmCampaign')).toHaveValue('春季')
    await expect(page.getByTestId('campaign-agentCode')).toHaveValue('AG-9')
    await expect(page.getByTestId('campaign-utmTerm')).toHaveValue('')
    await driver.screenshot(page, 'campaign-panel-zh-CN')
    await expectNoSeriousAxeViolations(page, 'campaign panel zh-CN')
    await page.getByTestId('campaign-apply').click()
    await expect(page.getByTestId('campaign-origin')).toHaveText('（来自链接）')
    await registerOne(page)
    expect(campaignOf(await lastRegisterBody(driver))).toEqual({
      utmSource: 'wechat',
      utmMedium: 'social',
      utmCampaign: '春季',
      thirdServerCode: 'AG-9',
      thirdServerSource: 'agent',
    })
  }),

  journey('a deep link reaches the running app through main’s handler and shows on the chip', async (driver) => {
    const page = await driver.open()
    await formReady(page)
    await driver.deepLink('regdesk://register?utm_source=sms-blast&utm_campaign=autumn')
    await expect(page.getByTestId('campaign-summary')).toHaveText('来自 sms-blast / autumn')
    await expect(page.getByTestId('campaign-origin')).toHaveText('（来自打开的链接）')
    await driver.deepLink('regdesk://evil/?utm_source=hijack')
    await page.waitForTimeout(200)
    await expect(page.getByTestId('campaign-summary')).toHaveText('来自 sms-blast / autumn')
    await driver.screenshot(page, 'form-deep-link-zh-CN')
    await registerOne(page)
    expect(campaignOf(await lastRegisterBody(driver))).toEqual({ utmSource: 'sms-blast', utmCampaign: 'autumn' })
  }),

  journey('clearing the campaign sends none; a restart returns to the office default (nothing on disk decides attribution)', async (driver) => {
    let page = await driver.open()
    await formReady(page)
    await page.getByTestId('campaign-edit').click()
    await page.getByTestId('campaign-utmSource').fill('session-source')
    await page.getByTestId('campaign-apply').click()
    await expect(page.getByTestId('campaign-summary')).toHaveText('来自 session-source')
    page = await driver.restart()
    await formReady(page)
    await expect(page.getByTestId('campaign-summary')).toHaveText('来自 branch-12')
    await expect(page.getByTestId('campaign-origin')).toHaveText('（网点默认）')
    await page.getByTestId('campaign-edit').click()
    await page.getByTestId('campaign-clear').click()
    await expect(page.getByTestId('campaign-summary')).toHaveText('无')
    await registerOne(page)
    expect(campaignOf(await lastRegisterBody(driver))).toEqual({})
  }, { env: { DESK_CAMPAIGN_DEFAULTS: 'utm_source=branch-12' } }),

  journey('staff mode: a deep link waits for the clerk, serves one customer, then the office default returns', async (driver) => {
    const page = await driver.open()
    await page.getByTestId('staff-id').fill('E1024')
    await page.getByTestId('staff-start').click()
    await formReady(page)
    await expect(page.getByTestId('campaign-summary')).toHaveText('来自 branch-sh01')
    await driver.deepLink('regdesk://register?utm_source=partner-x&agent=AG-7')
    await expect(page.getByTestId('campaign-pending')).toContainText('收到推广链接：partner-x · 代理 AG-7。用于本位客户吗？')
    await expect(page.getByTestId('campaign-summary')).toHaveText('来自 branch-sh01') // nothing applied yet
    await driver.screenshot(page, 'campaign-deep-link-pending-zh-CN')
    await expectNoSeriousAxeViolations(page, 'campaign deep link pending zh-CN')
    await page.getByTestId('campaign-pending-apply').click()
    await expect(page.getByTestId('campaign-pending')).toHaveCount(0)
    await expect(page.getByTestId('campaign-origin')).toContainText('仅限本位客户')
    await registerOne(page)
    expect(campaignOf(await lastRegisterBody(driver))).toEqual({ utmSource: 'partner-x', thirdServerCode: 'AG-7', thirdServerSource: 'agent' })
    await page.getByTestId('next-customer').click()
    await formReady(page)
    await expect(page.getByTestId('campaign-summary')).toHaveText('来自 branch-sh01')
    await registerOne(page)
    expect(campaignOf(await lastRegisterBody(driver))).toEqual({ utmSource: 'branch-sh01', utmMedium: 'walk-in' })
  }, { preset: { ...officePresetForCampaign } }),

  journey('staff mode with links applied at once: a link serves one customer, says so, and neither the next customer nor the next shift keeps it', async (driver) => {
    const page = await driver.open()
    await page.getByTestId('staff-id').fill('E1024')
    await page.getByTestId('staff-start').click()
    await formReady(page)
    await driver.deepLink('regdesk://register?utm_source=partner-x&agent=AG-7')
    await expect(page.getByTestId('campaign-agent')).toHaveText('代理 AG-7')
    await expect(page.getByTestId('campaign-origin')).toContainText('（来自打开的链接）')
    await expect(page.getByTestId('campaign-origin')).toContainText('仅限本位客户')
    await expect(page.getByTestId('campaign-pending')).toHaveCount(0) // applied without the clerk's yes, as the preset says
    await driver.screenshot(page, 'campaign-deep-link-applied-one-customer-zh-CN')
    await registerOne(page)
    expect(campaignOf(await lastRegisterBody(driver))).toEqual({ utmSource: 'partner-x', thirdServerCode: 'AG-7', thirdServerSource: 'agent' })
    await page.getByTestId('next-customer').click()
    await formReady(page)
    await expect(page.getByTestId('campaign-summary')).toHaveText('来自 branch-sh01')
    await expect(page.getByTestId('campaign-agent')).toHaveCount(0)
    await registerOne(page)
    expect(campaignOf(await lastRegisterBody(driver))).toEqual({ utmSource: 'branch-sh01', utmMedium: 'walk-in' })
    // a link that arrives, then the shift ends before its customer is served: the next clerk starts from the office's
    await page.getByTestId('next-customer').click()
    await driver.deepLink('regdesk://register?agent=AG-8')
    await expect(page.getByTestId('campaign-agent')).toHaveText('代理 AG-8')
    await page.getByTestId('end-shift').click()
    await page.getByTestId('staff-id').fill('E2048')
    await page.getByTestId('staff-start').click()
    await formReady(page)
    await expect(page.getByTestId('campaign-summary')).toHaveText('来自 branch-sh01')
    await expect(page.getByTestId('campaign-agent')).toHaveCount(0)
  }, { preset: { ...officePresetForCampaign, staffMode: { enabled: true, idleMinutes: 30, deepLinkCampaign: 'apply' } } }),
]
