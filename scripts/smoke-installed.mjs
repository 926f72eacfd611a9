#!/usr/bin/env node
// The installed app, from the outside (CI on Windows after a silent NSIS install; on macOS the app from the DMG):
//   node scripts/smoke-installed.mjs --app <executable> --office <code> --out <folder>
// 1. started as a user would, it comes up on the preset inside app.asar (the log's app.started names the office and
//    the sandbox mode), its window draws a first frame (window.shown), its embedded sandbox answers on 127.0.0.1; a
//    screenshot of the screen is kept;
// 2. one registration against the embedded sandbox: started with DESK_SMOKE_OUT, a TEST build (the marker inside its
//    app.asar, written only by `package:office -- --test-build`) fills its own form from main, registers one customer,
//    keeps a screenshot of the form and of the result (secrets hatched) and journey.json, and quits
//    (electron/main/smoke/, electron/main/test-seams.ts; a release build ignores DESK_SMOKE_OUT); that run has
//    NODE_COMPILE_CACHE set to an empty folder, and whether the installed app wrote its compiled main bundle there is
//    checked against docs/security.md, which says Electron 45 honours the variable (a residual risk: IT's answer is the
//    machine variable NODE_DISABLE_COMPILE_CACHE);
// 3. ELECTRON_RUN_AS_NODE=1 with a script does not run the script (the RunAsNode fuse is off);
// 4. --remote-debugging-port makes it exit at once, and nothing listens on that port.
// A fused, packaged app cannot be driven by Playwright (it needs --inspect and a debugging port, which this very test
// proves are refused): hence the journey from inside a test build.
// Plain Node, no dependencies: it runs right after the install, before or without node_modules.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    app: { type: 'string' },
    office: { type: 'string' },
    out: { type: 'string', default: 'smoke' },
    // for tests/package/smoke-installed.test.ts, which runs it against a stand-in app
    'data-dir': { type: 'string' },
    'no-screenshot': { type: 'boolean', default: false },
  },
})
if (!values.app || !values.office) {
  console.error('usage: node scripts/smoke-installed.mjs --app <installed executable> --office <office code of the preset> [--out folder]')
  process.exit(2)
}
const app = values.app
const out = values.out
mkdirSync(out, { recursive: true })
const product = 'Registration Desk'
const dataDir =
  values['data-dir'] ??
  (process.platform === 'win32'
    ? join(process.env.APPDATA ?? join(homedir(), 'AppData/Roaming'), product)
    : process.platform === 'darwin'
      ? join(homedir(), 'Library/Application Support', product)
      : join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), product))
const logFile = join(dataDir, 'logs/desk.log')
const results = []
const check = (name, ok, detail = '') => {
  results.push({ name, ok, detail })
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`)
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const logLines = () =>
  existsSync(logFile)
    ? readFileSync(logFile, 'utf8').split('\n').filter(Boolean).map((line) => { try { return JSON.parse(line) } catch { return {} } })
    : []
const stop = (child) => {
  if (child.exitCode !== null) return
  if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'])
  else child.kill('SIGTERM')
}
const exited = (child, ms) =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode)
    const timer = setTimeout(() => resolve(undefined), ms)
    child.once('exit', (code) => (clearTimeout(timer), resolve(code ?? -1)))
  })
const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
function screenshot(name) {
  const file = join(out, `${name}.png`)
  if (process.platform === 'darwin') spawnSync('screencapture', ['-x', file])
  if (process.platform === 'win32') {
    const ps = [
      'Add-Type -AssemblyName System.Windows.Forms,System.Drawing',
      '$b=[System.Windows.Forms.Screen]::PrimaryScreen.Bounds',
      '$i=New-Object System.Drawing.Bitmap $b.Width,$b.Height',
      '[System.Drawing.Graphics]::FromImage($i).CopyFromScreen($b.Location,[System.Drawing.Point]::Empty,$b.Size)',
      `$i.Save('${file.replace(/'/g, "''")}')`,
    ].join(';')
    spawnSync('powershell', ['-NoProfile', '-Command', ps])
  }
  return existsSync(file)
}

// 1. a normal start, on the preset inside app.asar
rmSync(logFile, { force: true })
const started = spawn(app, [], { stdio: 'ignore' })
let line
for (let i = 0; i < 60 && !line; i++) {
  await sleep(1000)
  line = logLines().find((l) => l.event === 'app.started')
}
check('the installed app starts and logs app.started', Boolean(line), line ? JSON.stringify(line) : `no app.started in ${logFile} within 60 s`)
check('the preset inside app.asar is the one in effect', line?.office === values.office && line?.mode === 'sandbox', `office ${line?.office}, mode ${line?.mode}`)
let shown
for (let i = 0; i < 30 && line && !shown; i++) {
  shown = logLines().find((l) => l.event === 'window.shown')
  if (!shown) await sleep(1000)
}
check('the window draws its first frame', Boolean(shown), shown ? shown.t : 'no window.shown in the log within 30 s')
const sandbox = logLines().find((l) => l.event === 'sandbox.started')
let sandboxAnswer = ''
if (sandbox?.port) {
  sandboxAnswer = await fetch(`http://127.0.0.1:${sandbox.port}/sandbox/customers`).then((r) => `${r.status}`, (e) => String(e))
}
check('the embedded sandbox answers on 127.0.0.1', sandboxAnswer === '200', `port ${sandbox?.port}: ${sandboxAnswer}`)
await sleep(3000) // the window's first frame
// a screen to capture on Windows and macOS (the systems this smoke test is for); Linux has no installer to smoke
if ((process.platform === 'win32' || process.platform === 'darwin') && !values['no-screenshot']) check('a screenshot of the first screen was taken', screenshot('installed-app-first-screen'))
stop(started)
await exited(started, 10_000)

// 2. one registration, driven from inside the test build, against its embedded sandbox
const journeyDir = join(out, 'journey')
rmSync(journeyDir, { recursive: true, force: true })
const compileCache = join(out, 'compile-cache')
rmSync(compileCache, { recursive: true, force: true })
mkdirSync(compileCache, { recursive: true })
const { NODE_DISABLE_COMPILE_CACHE: _, ...userEnv } = process.env
const journeyRun = spawn(app, [], { stdio: 'ignore', env: { ...userEnv, DESK_SMOKE_OUT: journeyDir, NODE_COMPILE_CACHE: compileCache } })
const journeyFile = join(journeyDir, 'journey.json')
for (let i = 0; i < 120 && !existsSync(journeyFile); i++) await sleep(1000)
let journey = { steps: [] }
try {
  journey = JSON.parse(readFileSync(journeyFile, 'utf8'))
} catch {
  // no journey.json within two minutes: every check below fails and says so
}
const step = (name) => journey.steps.find((s) => s.name === name)
const form = step('form')
check('the form appears (the test build drives it from inside)', form?.ok === true, form ? JSON.stringify(form.detail) : `no ${journeyFile} within 120 s`)
check('the status line names the office of the preset inside app.asar', form?.ok === true && String(form.detail.office).includes(values.office), form?.ok ? form.detail.office : '')
const registered = step('register')
check('one registration completes against the embedded sandbox', registered?.ok === true && /^\d{7,}$/.test(registered.detail.customerNo ?? ''), registered ? JSON.stringify(registered.detail) : 'not reached')
check('screenshots of the form and of the result were kept', ['installed-form.png', 'installed-register.png'].every((f) => existsSync(join(journeyDir, f))))
check('the test build quits by itself after the journey', (await exited(journeyRun, 20_000)) !== undefined)
stop(journeyRun)
await exited(journeyRun, 10_000)
const cacheFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? cacheFiles(join(dir, d.name)) : [d.name]))
const cached = cacheFiles(compileCache)
check('as docs/security.md says, the installed app honours NODE_COMPILE_CACHE (a residual risk; IT sets NODE_DISABLE_COMPILE_CACHE)', cached.length > 0, `${cached.length} entries written`)

// 3. ELECTRON_RUN_AS_NODE: the fuse is off, so the app starts as itself and the script never runs
const marker = join(tmpdir(), `desk-run-as-node-${process.pid}`)
const asNode = spawn(app, ['-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`], {
  stdio: 'ignore',
  env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
})
await exited(asNode, 8000)
check('ELECTRON_RUN_AS_NODE=1 runs no script', !existsSync(marker))
stop(asNode)
await exited(asNode, 10_000)

// 4. remote debugging is refused: the app exits at once and opens no port
const port = 9333
const debug = spawn(app, [`--remote-debugging-port=${port}`], { stdio: 'ignore' })
const code = await exited(debug, 20_000)
const open = await listening(port)
check('--remote-debugging-port makes it exit', code !== undefined && code !== 0 && !open, `exit ${code}, port ${port} ${open ? 'open' : 'closed'}`)
stop(debug)

writeFileSync(join(out, 'smoke-report.json'), JSON.stringify({ app, office: values.office, results }, null, 2))
const failed = results.filter((r) => !r.ok).length
console.log(`${results.length - failed} passed, ${failed} failed, 0 skipped`)
process.exit(failed ? 1 : 0)
