import { cpus, release, totalmem, type } from 'node:os'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { handlerCost } from './lib/handler-cost'
import { interactiveFigures, launch } from './lib/interactive'
import { round } from './lib/stats'
import { stayingPower } from './lib/staying-power'
import { initialWeight } from './lib/weight'
import { mainStart } from './lib/main-start'

/**
 * `npm run bench`: every figure against a baseline measured in the same run, written to bench/results.md and
 * printed. Nothing here is a pass/fail test; budgets are reported as ratios.
 */
interface Row {
  figure: string
  value: string
  baseline: string
  ratio: string
}

const kb = (bytes: number) => `${round(bytes / 1024, 1)} KB`
const mb = (bytes: number) => `${round(bytes / 1024 / 1024, 1)} MB`
const ms = (n: number) => `${round(n, 1)} ms`

async function main(): Promise<void> {
  const rows: Row[] = []
  const rendererDir = resolve(__dirname, '../out/renderer')
  const browser = await launch()

  const weight = initialWeight(rendererDir)
  rows.push({ figure: 'Initial JS, gzip (budget 100 KB)', value: kb(weight.jsGzip), baseline: '100 KB budget', ratio: `${round(weight.jsGzip / (100 * 1024), 2)}` })
  rows.push({ figure: 'Initial CSS, gzip', value: kb(weight.cssGzip), baseline: '—', ratio: '—' })

  const interactive = await interactiveFigures(browser, rendererDir, 15)
  const baseWeight = initialWeight(interactive.baselineDir)
  rows.push({ figure: 'Initial JS, gzip, vs bare Vue + Pinia + vue-i18n', value: kb(weight.jsGzip), baseline: kb(baseWeight.jsGzip), ratio: `${round(weight.jsGzip / baseWeight.jsGzip, 2)}` })
  rows.push({
    figure: `Time to an interactive form, median of ${interactive.runs} cold loads (app through the IPC bridge)`,
    value: ms(interactive.app),
    baseline: `${ms(interactive.baseline)} (bare Vue + Pinia + vue-i18n page)`,
    ratio: `${round(interactive.app / interactive.baseline, 2)}`,
  })

  const start = await mainStart(15)
  rows.push({
    figure: `Main's start to its window, office mode (a remote platform), median of ${start.runs} cold processes with a stand-in Electron`,
    value: ms(start.office),
    baseline: `${ms(start.empty)} (an empty main, same stand-in)`,
    ratio: `${round(start.office / start.empty, 2)} (+${round(start.office - start.empty, 1)} ms)`,
  })
  rows.push({
    figure: `Main's start to its window, practice mode (embedded sandbox started), median of ${start.runs}`,
    value: ms(start.sandbox),
    baseline: `${ms(start.empty)} (an empty main, same stand-in)`,
    ratio: `${round(start.sandbox / start.empty, 2)} (+${round(start.sandbox - start.empty, 1)} ms)`,
  })

  const cost = await handlerCost(200)
  rows.push({
    figure: `Register through main (dispatcher + service), median of ${cost.iterations}`,
    value: ms(cost.handler),
    baseline: `${ms(cost.fetch)} (bare fetch of the same request)`,
    ratio: `${round(cost.handler / cost.fetch, 2)} (+${round(cost.handler - cost.fetch, 2)} ms)`,
  })

  const stay = await stayingPower(browser, 200)
  rows.push({
    figure: `Renderer JS heap after ${stay.count} registrations with "next customer" (after GC)`,
    value: mb(stay.endHeap),
    baseline: `${mb(stay.startHeap)} after 5 warm-up registrations`,
    ratio: `${round(stay.endHeap / stay.startHeap, 2)} (${round((stay.endHeap - stay.startHeap) / 1024 / stay.count, 2)} KB per registration)`,
  })
  rows.push({
    figure: `Renderer DOM nodes / JS event listeners after ${stay.count} registrations`,
    value: `${stay.endDom.nodes} / ${stay.endDom.jsEventListeners}`,
    baseline: `${stay.startDom.nodes} / ${stay.startDom.jsEventListeners}`,
    ratio: `${round(stay.endDom.nodes / stay.startDom.nodes, 2)} / ${round(stay.endDom.jsEventListeners / stay.startDom.jsEventListeners, 2)}`,
  })
  rows.push({
    figure: `Main side RSS after ${stay.count} registrations`,
    value: mb(stay.endMain.rss),
    baseline: mb(stay.startMain.rss),
    ratio: `${round(stay.endMain.rss / stay.startMain.rss, 2)}`,
  })
  rows.push({
    figure: `Main side JS heap after ${stay.count} registrations${stay.gcAvailable ? ' (after GC)' : ''}`,
    value: mb(stay.endMain.heap),
    baseline: mb(stay.startMain.heap),
    ratio: `${round(stay.endMain.heap / stay.startMain.heap, 2)} (${round((stay.endMain.heap - stay.startMain.heap) / 1024 / stay.count, 2)} KB per registration)`,
  })
  rows.push({ figure: `Journal entries after the staying-power run`, value: String(stay.journalCount), baseline: String(stay.count + 5), ratio: `${round(stay.journalCount / (stay.count + 5), 2)}` })
  rows.push({ figure: 'Staying-power run: time per registration (send code, type, register, next customer)', value: ms((stay.seconds * 1000) / stay.count), baseline: '—', ratio: '—' })

  const machine = `${cpus()[0]?.model.trim() ?? 'cpu'} × ${cpus().length}, ${round(totalmem() / 1024 ** 3, 0)} GB, ${type()} ${release()}, Node ${process.version}, Chromium ${browser.version()}`
  await browser.close()

  const table = [
    '| figure | value | baseline | ratio | machine |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.figure} | ${r.value} | ${r.baseline} | ${r.ratio} | ${machine} |`),
  ].join('\n')
  const doc = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; every baseline measured in the same run.`,
    'Notes: "main side" is the bench process, which hosts main\'s real services (as the E2E bridge does) and',
    "Playwright's client; the staying-power run talks to a sandbox in a process of its own, so the sandbox's growing",
    "store is not counted. In the E2E bridge each IPC call crosses a Playwright binding, slower than Electron's IPC,",
    'so the time to an interactive form is an upper bound for the real app. Registrations: email, password, the',
    'journal and settings written to disk each time.',
    '',
    table,
    '',
  ].join('\n')
  mkdirSync(resolve(__dirname), { recursive: true })
  writeFileSync(resolve(__dirname, 'results.md'), doc)
  console.log(doc)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
