import type { Browser, Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { browserDriver } from '../../tests/e2e/browser-driver'
import { officePreset } from '../../tests/journeys/office.journey'
import { heapGrowth, heapSummary } from './heap-diff'

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

/** The sandbox in a process of its own, so its growing store is not counted as the app's memory. */
async function sandboxProcess(): Promise<{ apiUrl: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../../sandbox/cli.ts'), '--port', '0'], {
    cwd: resolve(__dirname, '../..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const apiUrl = await new Promise<string>((ok, fail) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /Platform base URL: (\S+)/.exec(out)
      if (m) ok(m[1]!)
    })
    child.once('exit', () => fail(new Error(`sandbox exited: ${out}`)))
  })
  child.stdout!.resume()
  return { apiUrl, child }
}

/**
 * A branch PC runs all day: `count` registrations in one page with "next customer" between them. Renderer heap after a
 * forced GC (CDP), and the main side (this process: main's services, plus Playwright's client) RSS and heap.
 */
export async function stayingPower(browser: Browser, count = 200, warmUp = 5) {
  const platform = await sandboxProcess()
  const driver = browserDriver(browser, {
    preset: { ...officePreset, defaults: { country: 'CN', language: 'en-US' } },
    env: { DESK_RESEND_SECONDS: '1', DESK_API_URL: platform.apiUrl, DESK_COMPANY_ID: '1001', DESK_PLATFORM_IS_SANDBOX: '1' },
  })
  const page = await driver.open()
  await page.getByTestId('staff-id').fill('BENCH')
  await page.getByTestId('staff-start').click()
  const cdp = await page.context().newCDPSession(page)
  const rendererHeap = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize
  }
  const domCounters = async () => (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number }
  const mainMemory = () => {
    gcMain()
    const m = process.memoryUsage()
    return { rss: m.rss, heap: m.heapUsed }
  }

  // warm-up: first-use allocations and V8 tiering its hot functions up (optimised code) are not growth
  for (let i = 0; i < warmUp; i++) await registerOne(page, i)
  await page.waitForTimeout(500)
  const startHeap = await rendererHeap()
  const startSnapshot = await heapSummary(cdp)
  const startDom = await domCounters()
  const startMain = mainMemory()
  const started = Date.now()
  // does it level off? the heap after every quarter of the run
  const quarterHeaps: number[] = []
  for (let i = 0; i < count; i++) {
    await registerOne(page, 100 + i)
    if ((i + 1) % Math.floor(count / 4) === 0) quarterHeaps.push(await rendererHeap())
  }
  const seconds = (Date.now() - started) / 1000
  await page.waitForTimeout(500) // let the last transition finish before counting nodes
  const endHeap = await rendererHeap()
  const growth = heapGrowth(startSnapshot, await heapSummary(cdp))
  const endDom = await domCounters()
  const endMain = mainMemory()
  const journalCount = await page.evaluate(async () => ((await window.desk.journal.today()) as { ok: boolean; value: { count: number } }).value.count)
  await driver.close()
  platform.child.kill()
  return { count, warmUp, seconds, startHeap, quarterHeaps, endHeap, growth, startDom, endDom, startMain, endMain, journalCount, gcAvailable: typeof (globalThis as { gc?: unknown }).gc === 'function' }
}
