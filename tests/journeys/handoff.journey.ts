import { expect, type Page } from '@playwright/test'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { decodeQr, pdfPagePng, pdfPages, pdfText } from '../support/print-proof'
import { expectNoSeriousAxeViolations } from './axe'
import { journey } from './define'
import type { AppDriver, PrintedSlip } from './driver'
import { enterCode, formReady, sendCodeAndRead, submitAndExpectResult, switchLanguage, uniqueEmail } from './steps'

/** An office with staff mode and the hand-off templates, each on the link allow-list. */
export const handoffPreset = {
  platform: { mode: 'sandbox' },
  office: { code: 'SH-01', name: '陆家嘴网点' },
  defaults: { country: 'CN', language: 'zh-CN' },
  staffMode: { enabled: true, idleMinutes: 3 },
  links: { allowList: ['kyc.broker.example', 'help.broker.example', 'broker.example'] },
  handoff: {
    continue: 'https://kyc.broker.example/continue?c={customerNumber}&lang={lang}&src={registerSource}&co={companyId}',
    setPassword: 'https://kyc.broker.example/password?c={customerNumber}',
    tradingApp: 'https://broker.example/app',
    help: 'https://help.broker.example/{lang}/open-account',
  },
}

/** the result screen as the clerk and the customer see it, at 125 % and 150 % of 1366×768; its QR code read back each time */
async function resultAtDeskSizes(driver: AppDriver, page: Page, language: string, expected: string): Promise<void> {
  for (const [width, height] of [
    [1093, 582],
    [911, 485],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.getByTestId('handoff-qr').scrollIntoViewIfNeeded()
    await expect(page.getByTestId('handoff-qr')).toBeInViewport({ ratio: 1 })
    await driver.screenshot(page, `result-handoff-${language}-${width}`)
    expect(decodeQr(await page.screenshot()), `QR on the result screen at ${width}×${height}`).toBe(expected)
  }
  await expectNoSeriousAxeViolations(page, `result with hand-off ${language}`)
}

/**
 * "Print slip", then what the printer got: on A4 and on an 80 mm roll, its text and its QR code read back. Where a real
 * print dialog would ask (the Electron tier), the page is rendered as the printer would get it (printToPDF) instead.
 */
async function printAndRead(driver: AppDriver, page: Page, language: string, expected: string, notice: string) {
  let slip: PrintedSlip
  if (driver.printedSlips) {
    const before = driver.printedSlips().length
    await page.getByTestId('print-slip').click()
    await expect(page.getByTestId('print-notice')).toHaveText(notice)
    await expect(page.getByTestId('register-another')).toBeFocused() // the slip is the last thing of this customer
    slip = driver.printedSlips()[before]!
  } else {
    slip = { a4: await driver.renderPrint(page, 'a4', `slip-a4-${language}`), receipt: await driver.renderPrint(page, 'receipt', `slip-receipt-${language}`) }
  }
  const texts: string[] = []
  for (const paper of ['a4', 'receipt'] as const) {
    const pdf = slip[paper]
    expect(pdfPages(pdf), `${paper} slip fits one page`).toBe(1)
    const png = pdfPagePng(pdf)
    expect(decodeQr(png), `QR on the ${paper} slip`).toBe(expected)
    // the printed page as an image beside the screenshots, to look at
    writeFileSync(join(dirname(pdf), `slip-${paper}-${language}.png`), png)
    texts.push(pdfText(pdf))
  }
  return texts
}

export const handoffJourneys = [
  journey(
    'after "Customer registered": QR code to continue, links, and a printed slip on A4 and 80 mm in both languages',
    async (driver) => {
      const page = await driver.open()
      await page.getByTestId('staff-id').fill('E1024')
      await page.getByTestId('staff-start').click()
      await formReady(page)
      const email = uniqueEmail('slip')
      await page.getByTestId('email').fill(email)
      const code = await sendCodeAndRead(page)
      await enterCode(page, code)
      const customerNo = await submitAndExpectResult(page)
      const register = (await driver.platform.requests()).filter((r) => r.endpoint === 'register').at(-1)!
      const body = register.body as { registerSource: number }
      const expected = `https://kyc.broker.example/continue?c=${customerNo}&lang=zh-CN&src=${body.registerSource}&co=1001`

      // the screen: the QR code with its URL beneath, the other links as buttons
      await expect(page.getByTestId('handoff-qr')).toContainText('用手机扫码继续')
      await expect(page.getByTestId('handoff-url')).toHaveText(expected)
      await expect(page.getByTestId('handoff-setPassword')).toHaveAttribute('href', `https://kyc.broker.example/password?c=${customerNo}`)
      await expect(page.getByTestId('handoff-tradingApp')).toHaveAttribute('href', 'https://broker.example/app')
      await expect(page.getByTestId('handoff-help')).toHaveAttribute('href', 'https://help.broker.example/zh-CN/open-account')
      await expect(page.getByTestId('slip')).toBeHidden() // paper only
      await resultAtDeskSizes(driver, page, 'zh-CN', expected)

      const [a4, receipt] = await printAndRead(driver, page, 'zh-CN', expected, '凭条已打印。')
      const masked = `${email[0]}***@example.com`
      for (const text of [a4!, receipt!]) {
        for (const shown of ['开户凭条', '网点：陆家嘴网点（SH-01）', '真实姓名、证件号码、出生日期', customerNo, masked, '个人', 'E1024', '您的后续步骤', '基础信息', '用手机扫码继续', 'https://help.broker.example/zh-CN/open-account', 'https://broker.example/app']) {
          expect(text.replace(/\s+/g, ''), shown).toContain(shown.replace(/\s+/g, ''))
        }
        expect(text.replace(/\s+/g, '')).toContain(expected)
        expect(text).not.toContain(email)
        expect(text).not.toContain(code)
      }

      // the journal keeps that a slip was printed for this registration, and nothing more (where "Print slip" printed)
      if (driver.printedSlips) {
        const journalDir = join(driver.userDataDir, 'journal')
        const entries = readdirSync(journalDir).flatMap((f) => readFileSync(join(journalDir, f), 'utf8').trim().split('\n')).map((l) => JSON.parse(l) as Record<string, unknown>)
        expect(entries).toHaveLength(1)
        expect(entries[0]).toMatchObject({ customerNo, login: masked, slipPrinted: true, staffId: 'E1024' })
      }

      // the same customer in English: the screen and the slip follow the UI language
      await switchLanguage(page, 'English')
      await expect(page.getByTestId('handoff-qr')).toContainText('Scan with your phone to continue')
      await resultAtDeskSizes(driver, page, 'en-US', expected)
      const [a4En, receiptEn] = await printAndRead(driver, page, 'en-US', expected, 'Slip printed.')
      for (const text of [a4En!, receiptEn!]) {
        for (const shown of ['Account opening slip', 'Served by', 'E1024', customerNo, masked, 'Individual', 'Your next steps', 'Scan with your phone to continue', 'Set your login password:', 'Office: 陆家嘴网点 (SH-01)']) {
          expect(text.replace(/\s+/g, ' '), shown).toContain(shown)
        }
        expect(text).not.toContain(email)
      }

      // next customer: the result and its slip are gone, and main will print no slip for the previous customer
      await page.getByTestId('next-customer').click()
      await formReady(page)
      await expect(page.getByTestId('slip')).toHaveCount(0)
      expect(driver.pageErrors()).toEqual([])
    },
    // slow: two languages, two papers each, QR codes decoded; over a minute beside the fit walks on a loaded machine
    { preset: handoffPreset, slow: true },
  ),

  journey(
    'a hand-off template on a host outside the allow-list is a configuration problem naming the field',
    async (driver) => {
      const page = await driver.open()
      await expect(page.getByTestId('config-problem')).toContainText('office.json (installer): handoff.tradingApp')
      await expect(page.getByTestId('config-problem-explained')).toHaveText(
        'A link for customers goes to a website that is not on the office’s list of allowed links (links.allowList).',
      )
      await driver.screenshot(page, 'config-problem-handoff-en-US')
      await switchLanguage(page, '简体中文')
      await expect(page.getByTestId('config-problem-explained')).toHaveText('给客户的链接指向的网站不在网点允许的链接列表（links.allowList）中。')
      await driver.screenshot(page, 'config-problem-handoff-zh-CN')
      await expectNoSeriousAxeViolations(page, 'configuration problem (hand-off) zh-CN')
      expect(driver.pageErrors()).toEqual([])
    },
    { preset: { ...handoffPreset, handoff: { ...handoffPreset.handoff, tradingApp: 'https://apps.elsewhere.example/get' } } },
  ),
]
