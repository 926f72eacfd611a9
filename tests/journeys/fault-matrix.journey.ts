import { expect, type Page } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Fault } from '../../sandbox/faults'
import { journey } from './define'
import type { AppDriver } from './driver'
import { enterCode, formReady, sendCodeAndRead, switchLanguage, uniqueEmail } from './steps'

const TIMEOUT_MS = 1500

interface Case {
  name: string
  /** how the platform misbehaves: a sandbox fault, or the relay refusing connections */
  fault: Fault | 'refused'
  /** the message the clerk must see (en-US), or null when the call must succeed */
  message: RegExp | null
}

const cases: Case[] = [
  { name: 'timeout', fault: { mode: 'delay', count: 1, delayMs: TIMEOUT_MS + 900 }, message: /did not answer in time/ },
  { name: 'connection refused', fault: 'refused', message: /cannot be reached/ },
  { name: 'connection reset', fault: { mode: 'reset', count: 1 }, message: /cannot be reached/ },
  { name: 'HTTP 500', fault: { mode: 'http-500', count: 1 }, message: /had a problem \(HTTP 500\)/ },
  { name: 'HTML 502 page', fault: { mode: 'html-502', count: 1 }, message: /had a problem \(HTTP 502\)/ },
  { name: 'malformed JSON', fault: { mode: 'malformed-json', count: 1 }, message: /could not read/ },
  { name: 'JSON without code', fault: { mode: 'no-code', count: 1 }, message: /could not read/ },
  { name: '429 with reset', fault: { mode: 'rate-limit', count: 1, resetSeconds: 42 }, message: /Please wait 42 s/ },
  { name: 'slow, just under the timeout', fault: { mode: 'delay', count: 1, delayMs: TIMEOUT_MS - 500 }, message: null },
]

interface Row {
  endpoint: string
  name: string
  shown: string
  trace: boolean
  kept: boolean
  usable: boolean
  retry: string
}

async function arm(driver: AppDriver, endpoint: 'sendCode' | 'register', fault: Case['fault']): Promise<void> {
  if (fault === 'refused') await driver.platform.setReachable(false)
  else await driver.platform.arm(endpoint, fault)
}

async function disarm(driver: AppDriver, fault: Case['fault']): Promise<void> {
  if (fault === 'refused') await driver.platform.setReachable(true)
  await driver.platform.clearFaults()
}

async function errorShown(page: Page, message: RegExp): Promise<{ shown: string; trace: boolean }> {
  await expect(page.getByTestId('form-error')).toContainText(message)
  const shown = (await page.getByTestId('form-error').locator('.message').innerText()).trim()
  const trace = await page.getByTestId('error-trace').isVisible()
  if (trace) await expect(page.getByTestId('error-trace')).toContainText(/[0-9a-f]{8}-[0-9a-f-]{27}/)
  return { shown, trace }
}

/**
 * The platform takes longer than our timeout and answers later; the clerk presses Register again at once. The platform
 * answers that duplicate "too frequent" (its first request, same idempotency key, is still running): the app keeps the
 * key, says so calmly, waits visibly and asks again until the platform replays its first answer. End: exactly one
 * customer, and its number on screen.
 */
async function slowRegister(driver: AppDriver, page: Page): Promise<Row> {
  const login = uniqueEmail('fslow')
  await page.getByTestId('email').fill(login)
  await enterCode(page, await sendCodeAndRead(page))
  await driver.platform.arm('register', { mode: 'delay', count: 1, delayMs: TIMEOUT_MS + 1500 })
  await page.getByTestId('submit').click()
  const timedOut = await errorShown(page, /did not answer in time/)
  await page.getByTestId('submit').click()
  await expect(page.getByTestId('form-error')).toContainText(/still processing the first attempt/)
  await expect(page.getByTestId('still-processing')).toContainText(/Asking again in \d s/)
  await driver.screenshot(page, 'register-still-processing-en-US')
  const kept = (await page.getByTestId('email').inputValue()) === login
  await expect(page.getByTestId('result')).toBeVisible({ timeout: 15_000 })
  const created = (await driver.platform.customers()).filter((x) => x.email === login)
  expect(created).toHaveLength(1)
  await expect(page.getByTestId('customer-no')).toHaveText(created[0]!.customerNo)
  await driver.platform.clearFaults()
  await page.getByTestId('register-another').click()
  await formReady(page)
  return {
    endpoint: 'register',
    name: 'slower than the timeout, answered later (Register pressed again at once)',
    shown: `${timedOut.shown} Then: “still processing the first attempt”, asking again every 3 s`,
    trace: timedOut.trace,
    kept,
    usable: true,
    retry: 'same key kept; the platform replayed its first answer: exactly 1 customer, its number on screen',
  }
}

function writeTable(rows: Row[]): void {
  const out = resolve(__dirname, '../../docs/reliability.md')
  mkdirSync(resolve(out, '..'), { recursive: true })
  const line = (r: Row) =>
    `| ${r.endpoint} | ${r.name} | ${r.shown} | ${r.trace ? 'yes' : 'no'} | ${r.kept ? 'yes' : 'no'} | ${r.usable ? 'yes' : 'no'} | ${r.retry} |`
  writeFileSync(
    out,
    [
      '# Reliability: the fault matrix',
      '',
      'Generated by the E2E journey "fault matrix" (`tests/journeys/fault-matrix.journey.ts`) on every test run: the',
      'built renderer in Chromium, main\'s real services through the IPC bridge, and a sandbox platform behind a',
      `relay that injects each fault (request timeout ${TIMEOUT_MS} ms). For every case the clerk sees a specific`,
      'message (en-US shown) with the trace id for support, nothing typed is lost, the button works again, no',
      'unhandled rejection occurs in main or the renderer, and after the fault clears one retry does the job,',
      'registering exactly one customer.',
      '',
      '| call | fault | message shown | trace id | values kept | button usable | after the fault clears |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(line),
      '',
    ].join('\n'),
  )
}

export const faultMatrixJourneys = [
  journey(
    'fault matrix: send code and register under every transport fault, then one clean retry',
    async (driver) => {
      const page = await driver.open()
      await formReady(page)
      await switchLanguage(page, 'English')
      const rows: Row[] = []

      for (const c of cases) {
        // send code
        const email = uniqueEmail('fs')
        await page.getByTestId('email').fill(email)
        await arm(driver, 'sendCode', c.fault)
        await page.getByTestId('send-code').click()
        if (c.message) {
          const { shown, trace } = await errorShown(page, c.message)
          const kept = (await page.getByTestId('email').inputValue()) === email
          const usable = await page.getByTestId('send-code').isEnabled()
          expect(kept && usable).toBe(true)
          await disarm(driver, c.fault)
          if (c.fault !== 'refused' && c.fault.mode === 'delay') await page.waitForTimeout(1200) // the platform finishes meanwhile
          await page.getByTestId('send-code').click()
          await expect(page.getByTestId('sandbox-code')).toBeVisible()
          rows.push({ endpoint: 'send code', name: c.name, shown, trace, kept, usable, retry: 'code sent' })
        } else {
          await expect(page.getByTestId('sandbox-code')).toBeVisible()
          await disarm(driver, c.fault)
          rows.push({ endpoint: 'send code', name: c.name, shown: '(none: code sent)', trace: false, kept: true, usable: true, retry: '(not needed)' })
        }
        // register
        const login = uniqueEmail('fr')
        await page.getByTestId('email').fill(login)
        await expect(page.getByTestId('send-code')).toBeEnabled()
        await page.getByTestId('password').fill('Keep-me-42')
        await page.getByTestId('confirm').fill('Keep-me-42')
        await enterCode(page, await sendCodeAndRead(page))
        await arm(driver, 'register', c.fault)
        await page.getByTestId('submit').click()
        let row: Row
        if (c.message) {
          const { shown, trace } = await errorShown(page, c.message)
          const kept =
            (await page.getByTestId('email').inputValue()) === login && (await page.getByTestId('password').inputValue()) === 'Keep-me-42'
          const usable = await page.getByTestId('submit').isEnabled()
          expect(kept && usable).toBe(true)
          await disarm(driver, c.fault)
          if (c.fault !== 'refused' && c.fault.mode === 'delay') await page.waitForTimeout(1200)
          await page.getByTestId('submit').click()
          row = { endpoint: 'register', name: c.name, shown, trace, kept, usable, retry: '' }
        } else {
          row = { endpoint: 'register', name: c.name, shown: '(none: registered)', trace: false, kept: true, usable: true, retry: '' }
        }
        await expect(page.getByTestId('result')).toBeVisible()
        await disarm(driver, c.fault)
        const created = (await driver.platform.customers()).filter((x) => x.email === login)
        expect(created, `${c.name}: customers created for one submission`).toHaveLength(1)
        row.retry = c.message ? 'one retry: exactly 1 customer' : 'exactly 1 customer'
        rows.push(row)
        await page.getByTestId('register-another').click()
        await formReady(page)
      }

      rows.push(await slowRegister(driver, page))

      expect(driver.mainErrors()).toEqual([])
      const pageErrors = driver.pageErrors().filter((e) => !/Failed to load resource/.test(e))
      expect(pageErrors).toEqual([])
      if (driver.kind === 'browser') writeTable(rows)
    },
    // slow: about 30 s alone, over a minute beside the fit walks on a loaded machine
    { externalPlatform: true, env: { DESK_TIMEOUT_MS: String(TIMEOUT_MS), DESK_RESEND_SECONDS: '1' }, slow: true },
  ),
]

