import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { median, pairedRatio } from './stats'

const root = resolve(__dirname, '../..')
const hook = resolve(root, 'bench/standin/hook.cjs')

interface Start {
  /** ms from process start to `new BrowserWindow` */
  window: number
  /** ms from process start to main's answer to the window's first question (app info), through the dispatcher */
  answered: number
}

/** One cold start in a fresh Node process with the stand-in Electron (bench/standin/electron.cjs). */
export function startOnce(main: string, env: Record<string, string>): Promise<Start> {
  const userData = mkdtempSync(join(tmpdir(), 'desk-start-'))
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--require', hook, main], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', STANDIN_USER_DATA: userData, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ...env },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    })
    let window: number | undefined
    let answered: number | undefined
    let problem: string | undefined
    child.on('message', (message: { windowAt?: number; answeredAt?: number; answered?: string }) => {
      if (typeof message.windowAt === 'number') window = message.windowAt
      if (typeof message.answeredAt === 'number') {
        // the empty main has no channels: its window is all it does
        answered = message.answered === 'no handler' ? window : message.answeredAt
        if (message.answered === 'error') problem = 'main answered app info with an error'
        child.kill()
      }
    })
    child.stdout!.resume()
    child.once('exit', (code) => {
      rmSync(userData, { recursive: true, force: true, maxRetries: 3 })
      if (window === undefined || answered === undefined || problem) fail(new Error(problem ?? `main exited (${code}) before its window answered`))
      else ok({ window, answered })
    })
  })
}

const kinds = ['empty', 'office', 'sandbox'] as const
type Kind = (typeof kinds)[number]

/**
 * Main's start: the built bundle evaluated up to the point where it creates its window (and on to its first answer),
 * with a stand-in Electron, against an empty main with the same stand-in, `runs` cold processes each. The three are
 * interleaved and their order turns each round (empty-office-sandbox, office-sandbox-empty, …), so a slow spell of
 * the shared machine falls on each of them alike; the ratio is the median of each round's paired ratio, with its
 * middle half. Office mode (a remote platform) is the production case; sandbox mode also starts the practice server.
 */
export async function mainStart(runs = 25) {
  const bundle = resolve(root, 'out/main/index.js')
  const empty = resolve(root, 'bench/baseline/main-empty.cjs')
  const office = { DESK_API_URL: 'https://api.broker.example/api', DESK_COMPANY_ID: '880012' }
  const launch: Record<Kind, () => Promise<Start>> = {
    empty: () => startOnce(empty, {}),
    office: () => startOnce(bundle, office),
    sandbox: () => startOnce(bundle, {}),
  }
  // warm the disk cache for each
  for (const kind of kinds) await launch[kind]()
  const loadBefore = loadavg()[0]!
  const times: Record<Kind, Start[]> = { empty: [], office: [], sandbox: [] }
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(i + k) % kinds.length]!
      times[kind].push(await launch[kind]())
    }
  }
  const loadAfter = loadavg()[0]!
  const pick = (kind: Kind, of: keyof Start) => times[kind].map((t) => t[of])
  const figure = (kind: Kind, of: keyof Start) => ({
    ms: median(pick(kind, of)),
    ratio: pairedRatio(pick(kind, of), pick('empty', 'window')),
  })
  return {
    runs,
    load: { before: loadBefore, after: loadAfter },
    empty: median(pick('empty', 'window')),
    office: figure('office', 'window'),
    sandbox: figure('sandbox', 'window'),
    officeAnswered: figure('office', 'answered'),
    sandboxAnswered: figure('sandbox', 'answered'),
  }
}

if (process.argv[1]?.endsWith('main-start.ts')) {
  void mainStart(Number(process.argv[2] ?? 25)).then((r) => console.log(JSON.stringify(r)))
}
