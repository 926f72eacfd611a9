import { expect, type Page } from '@playwright/test'
import { TEST_SETTINGS_PIN } from '../support/office-pin'
import { expectNoSeriousAxeViolations } from './axe'
import { journey } from './define'
import { enterCode, formReady, sendCodeAndRead, submitAndExpectResult, switchLanguage, uniqueEmail } from './steps'

/**
 * New versions on the office's terms: a quiet notice under the header and a line in the status bar, never while a
 * customer is at the desk. The browser tier drives electron-updater's real classes against a local https feed; the
 * real-Electron tier has no feed of its own and skips.
 */
/** The connection check's update row, once it says `text`: the first update check runs shortly after start, so ask again until its outcome is in the report. */
async function connectionUpdatesSaying(page: Page, text: string) {
  await page.getByTestId('nav-office-admin').click()
  await page.getByTestId('office-admin-connection').click()
  const updates = page.getByTestId('connection-updates')
  await expect
    .poll(async () => {
      if (await page.getByTestId('connection-again').isEnabled()) await page.getByTestId('connection-again').click()
      return updates.textContent()
    }, { timeout: 20_000 })
    .toContain(text)
  return updates
}

export const updateJourneys = [
  journey(
    'a new version downloads in the background and waits: the notice hides while a customer is at the desk and returns after',
    async (driver) => {
      if (!driver.updateInstalls) return
      const page = await driver.open()
      await formReady(page)
      const notice = page.getByTestId('update-notice')
      await expect(notice).toContainText('版本 0.2.0 已就绪 — 请在没有客户办理时重新启动。')
      await expect(page.getByTestId('status-update')).toHaveText('版本 0.2.0 已就绪（重启后安装）')
      await driver.screenshot(page, 'update-ready-zh-CN')
      await expectNoSeriousAxeViolations(page, 'update notice zh-CN')

      // a customer comes to the desk: nothing about updates until they have gone
      const email = uniqueEmail('upd')
      await page.getByTestId('email').fill(email)
      await expect(notice).toBeHidden()
      await enterCode(page, await sendCodeAndRead(page))
      await submitAndExpectResult(page)
      await expect(notice).toBeHidden() // the result is still on screen
      await page.getByTestId('register-another').click()
      await expect(notice).toBeVisible()

      await switchLanguage(page, 'English')
      await expect(notice).toContainText('Version 0.2.0 is ready — restart when no customer is at the desk.')
      await expect(page.getByTestId('status-update')).toHaveText('Version 0.2.0 ready (installs on restart)')
      await driver.screenshot(page, 'update-ready-en-US')
      await expectNoSeriousAxeViolations(page, 'update notice en-US')

      await page.getByTestId('update-restart').click()
      await expect.poll(() => driver.updateInstalls!()).toBe(1)
    },
    { updateFeed: { policy: 'auto', offers: '0.2.0' } },
  ),
  journey(
    'an installer swapped after its check is refused at "Restart now", and the notice says so in the clerk\'s language',
    async (driver) => {
      if (!driver.updateInstalls) return
      const page = await driver.open()
      await formReady(page)
      const notice = page.getByTestId('update-notice')
      await expect(notice).toContainText('版本 0.2.0 已就绪')
      await page.getByTestId('update-restart').click()
      await expect(page.getByTestId('update-text')).toHaveText('已下载的更新未安装：它在检查之后被改动过。应用会重新下载；如再次出现，请告知 IT。')
      await expect(page.getByTestId('update-restart')).toBeHidden()
      expect(await driver.updateInstalls()).toBe(0)
      await driver.screenshot(page, 'update-installer-refused-zh-CN')
      await switchLanguage(page, 'English')
      await expect(page.getByTestId('update-text')).toHaveText('The downloaded update was not installed: it changed on this PC after it was checked. It will be downloaded again; if this happens again, tell IT.')
      await driver.screenshot(page, 'update-installer-refused-en-US')
      await expectNoSeriousAxeViolations(page, 'installer refused en-US')
      await switchLanguage(page, '繁體中文')
      await expect(page.getByTestId('update-text')).toHaveText('已下載的更新未有安裝：它在檢查之後被改動過。應用程式會重新下載；如再次出現，請通知 IT。')
      await driver.screenshot(page, 'update-installer-refused-zh-HK')
    },
    { updateFeed: { policy: 'auto', offers: '0.2.0', swapInstaller: true } },
  ),
  journey(
    'a release signed for another office is refused before download, and the connection check says why in every language',
    async (driver) => {
      if (!driver.updateInstalls) return
      const page = await driver.open()
      await formReady(page)
      const updates = await connectionUpdatesSaying(page, '此版本是为其他网点签发的（HK-01）')
      await expect(updates).toHaveText(/^127\.0\.0\.1:\d+ · 失败 · \d+ 毫秒 · HTTP 200 · 已拒绝：此版本是为其他网点签发的（HK-01）( · 自 .+ 起连续失败 \d+ 次)?$/)
      await driver.screenshot(page, 'update-release-refused-zh-CN')
      await expect(page.getByTestId('update-notice')).toHaveCount(0)
      expect(driver.updateInstalls()).toBe(0)
      await switchLanguage(page, 'English')
      await expect(updates).toContainText('refused: the release is signed for another office (HK-01)')
      await driver.screenshot(page, 'update-release-refused-en-US')
      await expectNoSeriousAxeViolations(page, 'connection check, release refused en-US')
      await switchLanguage(page, '繁體中文')
      await expect(updates).toContainText('已拒絕：此版本是為其他分行簽署的（HK-01）')
      await driver.screenshot(page, 'update-release-refused-zh-HK')
    },
    { updateFeed: { policy: 'auto', offers: '0.2.0', signedFor: { office: 'HK-01' } }, preset: { platform: { mode: 'sandbox' }, settingsPin: TEST_SETTINGS_PIN } },
  ),
  journey(
    'notify in staff mode: the clerk downloads between customers, the feed shows in the connection check, End shift offers the restart',
    async (driver) => {
      if (!driver.updateInstalls) return
      const page = await driver.open()
      await expect(page.getByTestId('staff-prompt')).toBeVisible()
      await page.getByTestId('staff-id').fill('E2048')
      await page.getByTestId('staff-start').click()
      await formReady(page)
      await switchLanguage(page, 'English')
      const notice = page.getByTestId('update-notice')
      await expect(notice).toContainText('Version 0.3.0 is available.')
      await driver.screenshot(page, 'update-available-en-US')
      await expectNoSeriousAxeViolations(page, 'update offer en-US')
      await page.getByTestId('update-download').click()
      await expect(notice).toContainText('Version 0.3.0 is ready')
      expect(driver.updateInstalls()).toBe(0) // nothing installs by itself

      // the connection check reads the feed through the same network as platform calls
      await page.getByTestId('nav-office-admin').click()
      await page.getByTestId('office-admin-connection').click()
      await expect(page.getByTestId('connection-updates')).toHaveText(/^127\.0\.0\.1:\d+ · OK · \d+ ms · HTTP 200 · offers 0\.3\.0 \(stable\)$/)
      await page.getByTestId('connection-back').click()

      // a customer, then "next customer": the notice comes back only with the empty form
      await page.getByTestId('email').fill(uniqueEmail('shift'))
      await expect(notice).toBeHidden()
      await page.keyboard.press('F9')
      await expect(notice).toBeVisible()

      // End shift: the natural moment, offered in the start-of-shift prompt as well
      await page.getByTestId('end-shift').click()
      await expect(page.getByTestId('shift-update')).toHaveText('Version 0.3.0 is ready — restart when no customer is at the desk.')
      await driver.screenshot(page, 'update-end-of-shift-en-US')
      await expectNoSeriousAxeViolations(page, 'end of shift with an update')
      await page.getByTestId('shift-update-restart').click()
      await expect.poll(() => driver.updateInstalls!()).toBe(1)
    },
    {
      updateFeed: { policy: 'notify', offers: '0.3.0' },
      preset: { platform: { mode: 'sandbox' }, staffMode: { enabled: true, idleMinutes: 3 }, settingsPin: TEST_SETTINGS_PIN },
    },
  ),
  journey(
    'a download this PC cannot save (a file where the updater\'s folder should be): the connection check says what and where, in every language',
    async (driver) => {
      if (!driver.updateInstalls) return
      const page = await driver.open()
      await formReady(page)
      const updates = await connectionUpdatesSaying(page, '下载内容无法保存到本机')
      await expect(updates).toHaveText(/^127\.0\.0\.1:\d+ · 失败 · \d+ 毫秒 · HTTP 200 · 不会更新：下载内容无法保存到本机，位置：.*registration-desk-updater[\\/]pending · 更新程序的文件夹位置上有一个同名文件 \(EEXIST\)$/)
      await expect(page.getByTestId('connection-updatesGood')).toHaveText('本机没有记录')
      await driver.screenshot(page, 'update-blocked-locally-zh-CN')
      await expect(page.getByTestId('update-notice')).toHaveCount(0)
      await switchLanguage(page, 'English')
      await expect(updates).toContainText('not updating: the download cannot be saved on this PC, at ')
      await expect(updates).toContainText('pending · a file is where the updater’s folder should be (EEXIST)')
      await expect(page.getByTestId('connection-updatesGood')).toHaveText('none recorded on this PC')
      await driver.screenshot(page, 'update-blocked-locally-en-US')
      await expectNoSeriousAxeViolations(page, 'connection check, download blocked on this PC en-US')
      await switchLanguage(page, '繁體中文')
      await expect(updates).toContainText('不會更新：下載內容無法儲存到本機，位置：')
      await expect(updates).toContainText('更新程式的資料夾位置上有一個同名檔案 (EEXIST)')
      await driver.screenshot(page, 'update-blocked-locally-zh-HK')
      expect(driver.updateInstalls()).toBe(0)
    },
    { updateFeed: { policy: 'auto', offers: '0.2.0', blockPending: true }, preset: { platform: { mode: 'sandbox' }, settingsPin: TEST_SETTINGS_PIN } },
  ),
]
