import type { Browser, Page } from '@playwright/test'
import { browserDriver } from '../../tests/e2e/browser-driver'
import { officePreset } from '../../tests/journeys/office.journey'

async function registerOne(page: Page, i: number): Promise<void> {
  await page.getByTestId('email').fill(`stay${i}-${Date.now().toString(36)}@example.com`)
  await page.getByTestId('send-code').click()
  const shown = page.getByTestId('sandbox-code')
  await shown.waitFor()
  await page.getByTestId('code').fill((await shown.locator('strong').innerText()).replace(/\D/g, ''))
  await page.getByTestId('submit').click()
  await page.getByTestId('result').waitFor()
  await page.keyboard.press('F9') // next customer
  await page.getByTestId('register-form').waitFor()
}

const gcMain = () => (globalThis as { gc?: () => void }).gc?.()

/**
 * A branch PC runs all day: `count` registrations in one page with "next customer" between them. Renderer heap after a
 * forced GC (CDP), and the main side (this process: main's services, plus Playwright's client) RSS and heap.
 */
export async function stayingPower(browser: Browser, count = 200) {
  const driver = browserDriver(browser, { preset: { ...officePreset, defaults: { country: 'CN', language: 'en-US' } }, env: { DESK_RESEND_SECONDS: '1' } })
  const page = await driver.open()
  await page.getByTestId('staff-id').fill('BENCH')
  await page.getByTestId('staff-start').click()
  const cdp = await page.context().newCDPSession(page)
  const rendererHeap = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize
  }
  const mainMemory = () => {
    gcMain()
    const m = process.memoryUsage()
    return { rss: m.rss, heap: m.heapUsed }
  }

  for (let i = 0; i < 5; i++) await registerOne(page, i) // warm-up: first-use allocations are not growth
  const startHeap = await rendererHeap()
  const startMain = mainMemory()
  const started = Date.now()
  for (let i = 0; i < count; i++) await registerOne(page, 100 + i)
  const seconds = (Date.now() - started) / 1000
  const endHeap = await rendererHeap()
  const endMain = mainMemory()
  const journalCount = await page.evaluate(async () => ((await window.desk.journal.today()) as { ok: boolean; value: { count: number } }).value.count)
  await driver.close()
  return { count, seconds, startHeap, endHeap, startMain, endMain, journalCount, gcAvailable: typeof (globalThis as { gc?: unknown }).gc === 'function' }
}
