import { cpus, loadavg, release, totalmem, type } from 'node:os'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { handlerCost } from './lib/handler-cost'
import { interactiveFigures, launch } from './lib/interactive'
import { logCost } from './lib/log-cost'
import { mainStart } from './lib/main-start'
import { pairedRatio, round } from './lib/stats'
import { stayingPower } from './lib/staying-power'
import { initialWeight } from './lib/weight'

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
const mb = (bytes: number) => `${round(bytes / 1024 / 1024, 2)} MB`
const ms = (n: number) => `${round(n, 1)} ms`
const ratio = (value: number, base: number, extra = '') => `${round(value / base, 2)}${extra}`

async function main(): Promise<void> {
  const rows: Row[] = []
  // the machine is shared: its load when the run began and ended goes with the figures
  const loadAtStart = loadavg()[0]!
  const rendererDir = resolve(__dirname, '../out/renderer')
  const browser = await launch()

  // the first load: what the page must fetch and evaluate before it can draw the form
  const weight = initialWeight(rendererDir)
  rows.push({ figure: 'Initial JS, gzip, against the budget', value: kb(weight.jsGzip), baseline: '55 KB budget', ratio: ratio(weight.jsGzip, 55 * 1024) })
  rows.push({ figure: 'Initial CSS, gzip', value: kb(weight.cssGzip), baseline: '—', ratio: '—' })

  const interactive = await interactiveFigures(browser, rendererDir, 25)
  const baseWeight = initialWeight(interactive.baselineDir)
  rows.push({ figure: 'Initial JS, gzip, against a bare Vue + Pinia + vue-i18n page', value: kb(weight.jsGzip), baseline: kb(baseWeight.jsGzip), ratio: ratio(weight.jsGzip, baseWeight.jsGzip) })
  const alone = interactive.inPage
  const bare = interactive.baseline
  const paired = (pick: 'form' | 'paint') => {
    const r = pairedRatio(interactive.times.inPage.map((m) => m[pick]), interactive.times.base.map((m) => m[pick]))
    return `${round(r.median, 2)} (middle half ${round(r.low, 2)}–${round(r.high, 2)})`
  }
  rows.push({
    figure: `Time to an interactive form, the renderer alone (window.desk in the page, answering from memory), median of ${interactive.runs} cold loads; ratio: median of the loads' paired ratios`,
    value: ms(alone.form),
    baseline: `${ms(bare.form)} (the bare page)`,
    ratio: paired('form'),
  })
  rows.push({
    figure: `Time to the form painted (first contentful paint), the renderer alone, median of ${interactive.runs} cold loads; ratio as above`,
    value: ms(alone.paint),
    baseline: `${ms(bare.paint)} (the bare page)`,
    ratio: paired('paint'),
  })
  rows.push({
    figure: `Time to an interactive form through the E2E bridge (main's real services; each call a Playwright binding), median of ${interactive.runs}`,
    value: ms(interactive.app.form),
    baseline: `${ms(bare.form)} (the bare page)`,
    ratio: ratio(interactive.app.form, bare.form),
  })
  const start = await mainStart(25)
  const startRatio = (f: { ms: number; ratio: { median: number; low: number; high: number } }) =>
    `${round(f.ratio.median, 2)} (middle half ${round(f.ratio.low, 2)}–${round(f.ratio.high, 2)}; +${round(f.ms - start.empty, 1)} ms)`
  const emptyMain = `${ms(start.empty)} (an empty main, same stand-in)`
  const load = `load average ${round(start.load.before, 1)} → ${round(start.load.after, 1)}`
  rows.push({
    figure: `Main's start to its window, office mode (a remote platform), median of ${start.runs} cold processes with a stand-in Electron, interleaved with the empty main in turning order (${load}); ratio: median of the rounds' paired ratios`,
    value: ms(start.office.ms),
    baseline: emptyMain,
    ratio: startRatio(start.office),
  })
  rows.push({
    figure: `Main's start to its window, practice mode (the embedded sandbox starts after the window), median of ${start.runs}; ratio as above`,
    value: ms(start.sandbox.ms),
    baseline: emptyMain,
    ratio: startRatio(start.sandbox),
  })
  rows.push({
    figure: `Main's start to its first answer (app info through the dispatcher, the services started after the window), office mode, median of ${start.runs}; ratio as above`,
    value: ms(start.officeAnswered.ms),
    baseline: `${ms(start.empty)} (the empty main's window)`,
    ratio: startRatio(start.officeAnswered),
  })
  rows.push({
    figure: `Main's start to its first answer, practice mode (the embedded sandbox started), median of ${start.runs}; ratio as above`,
    value: ms(start.sandboxAnswered.ms),
    baseline: `${ms(start.empty)} (the empty main's window)`,
    ratio: startRatio(start.sandboxAnswered),
  })

  const cost = await handlerCost(200)
  rows.push({
    figure: `Register through main (dispatcher + service), median of ${cost.iterations}`,
    value: ms(cost.handler),
    baseline: `${ms(cost.fetch)} (bare fetch of the same request)`,
    ratio: ratio(cost.handler, cost.fetch, ` (+${round(cost.handler - cost.fetch, 2)} ms)`),
  })
  const logs = await logCost()
  rows.push({
    figure: `A log line's cost to the code that writes it (queued, written once per event-loop turn), median of 7 × ${logs.lines}`,
    value: `${round(logs.queuedMicros, 2)} µs`,
    baseline: `${round(logs.syncMicros, 2)} µs (a synchronous append per line, as before)`,
    ratio: ratio(logs.queuedMicros, logs.syncMicros),
  })

  const stay = await stayingPower(browser, 200, 20)
  rows.push({
    figure: `Renderer JS heap after ${stay.count} registrations with "next customer" (after GC)`,
    value: mb(stay.endHeap),
    baseline: `${mb(stay.startHeap)} after ${stay.warmUp} warm-up registrations`,
    ratio: ratio(stay.endHeap, stay.startHeap, ` (+${round((stay.endHeap - stay.startHeap) / 1024, 0)} KB; ${round((stay.endHeap - stay.startHeap) / 1024 / stay.count, 2)} KB per registration)`),
  })
  const quarters = stay.quarterHeaps.map((heap, i) => heap - (stay.quarterHeaps[i - 1] ?? stay.startHeap))
  rows.push({
    figure: `Renderer JS heap: growth over each quarter of the run (${stay.count / 4} registrations each; does it level off?)`,
    value: quarters.map((g) => `${g >= 0 ? '+' : ''}${round(g / 1024, 0)} KB`).join(' / '),
    baseline: 'the first quarter',
    ratio: `last/first ${ratio(quarters.at(-1)!, Math.max(1, quarters[0]!))}`,
  })
  rows.push({
    figure: 'What grew in the renderer heap (heap-snapshot diff, warm start → end)',
    value: stay.growth.slice(0, 4).map((g) => `${g.name} +${round(g.size / 1024, 0)} KB (+${g.count})`).join('; ') || 'nothing',
    baseline: '—',
    ratio: '—',
  })
  // the same run with V8's compilers off: whatever still grows is not the JIT's code
  const interpreterOnly = await launch('--no-opt --no-maglev --no-sparkplug')
  const plain = await stayingPower(interpreterOnly, 200, 20)
  await interpreterOnly.close()
  rows.push({
    figure: `Diagnostic: the same ${plain.count} registrations with V8's compilers off (interpreter only; not how the app runs): renderer heap growth, and what grew`,
    value: `+${round((plain.endHeap - plain.startHeap) / 1024, 0)} KB: ${plain.growth.slice(0, 3).map((g) => `${g.name} +${round(g.size / 1024, 0)} KB`).join('; ') || 'nothing'}`,
    baseline: `+${round((stay.endHeap - stay.startHeap) / 1024, 0)} KB with them on`,
    ratio: ratio(plain.endHeap - plain.startHeap, Math.max(1, stay.endHeap - stay.startHeap)),
  })
  rows.push({
    figure: `Renderer DOM nodes / JS event listeners after ${stay.count} registrations`,
    value: `${stay.endDom.nodes} / ${stay.endDom.jsEventListeners}`,
    baseline: `${stay.startDom.nodes} / ${stay.startDom.jsEventListeners}`,
    ratio: `${round(stay.endDom.nodes / stay.startDom.nodes, 2)} / ${round(stay.endDom.jsEventListeners / stay.startDom.jsEventListeners, 2)}`,
  })
  rows.push({ figure: `Main side RSS after ${stay.count} registrations`, value: mb(stay.endMain.rss), baseline: mb(stay.startMain.rss), ratio: ratio(stay.endMain.rss, stay.startMain.rss) })
  rows.push({
    figure: `Main side JS heap after ${stay.count} registrations${stay.gcAvailable ? ' (after GC)' : ''}`,
    value: mb(stay.endMain.heap),
    baseline: mb(stay.startMain.heap),
    ratio: ratio(stay.endMain.heap, stay.startMain.heap, ` (${round((stay.endMain.heap - stay.startMain.heap) / 1024 / stay.count, 2)} KB per registration)`),
  })
  rows.push({ figure: 'Journal entries after the staying-power run', value: String(stay.journalCount), baseline: String(stay.count + stay.warmUp), ratio: ratio(stay.journalCount, stay.count + stay.warmUp) })
  rows.push({ figure: 'Staying-power run: time per registration (send code, type, register, next customer)', value: ms((stay.seconds * 1000) / stay.count), baseline: '—', ratio: '—' })

  const machine = `${cpus()[0]?.model.trim() ?? 'cpu'} × ${cpus().length}, ${round(totalmem() / 1024 ** 3, 0)} GB, ${type()} ${release()}, Node ${process.version}, Chromium ${browser.version()}, 1-minute load average ${round(loadAtStart, 1)} at the start and ${round(loadavg()[0]!, 1)} at the end`
  await browser.close()

  const table = ['| figure | value | baseline | ratio |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.figure} | ${r.value} | ${r.baseline} | ${r.ratio} |`)].join('\n')
  const doc = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} on ${machine}; every baseline measured in the same run.`,
    '',
    'Notes. The bare page is Vue + Pinia + vue-i18n (full build) with a three-element form, built the way the renderer is.',
    '"The renderer alone" puts `window.desk` in the page answering from memory, so it times the renderer\'s own start;',
    "the E2E bridge row crosses a Playwright binding per IPC call, slower than Electron's IPC (an upper bound). \"Painted\"",
    'is the first contentful paint (neither page draws text before its form; ours draws Chinese, in software here: no',
    'GPU, one raster thread). Each load is in a fresh browser context,',
    "nothing cached: every start, as the app keeps no V8 code cache (docs/security.md). Main's",
    'start runs the built bundle in fresh Node processes with a plain stand-in Electron (bench/standin/) up to its window,',
    "and on to its first answer: the stand-in asks app info through main's registered channel as the window would.",
    '"Main side" is the bench process, which hosts main\'s real services (as the E2E bridge does) and Playwright\'s client;',
    "the staying-power run talks to a sandbox in a process of its own, so the sandbox's growing store is not counted.",
    'Registrations: email, password, the journal and settings written to disk each time.',
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
