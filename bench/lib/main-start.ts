import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { median } from './stats'

const root = resolve(__dirname, '../..')
const hook = resolve(root, 'bench/standin/hook.cjs')

/** One cold start in a fresh Node process with the stand-in Electron: ms from process start to the window. */
function startOnce(main: string, env: Record<string, string>): Promise<number> {
  const userData = mkdtempSync(join(tmpdir(), 'desk-start-'))
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--require', hook, main], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', STANDIN_USER_DATA: userData, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ...env },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    })
    let windowAt: number | undefined
    child.on('message', (message: { windowAt?: number }) => {
      if (typeof message.windowAt !== 'number') return
      windowAt = message.windowAt
      child.kill()
    })
    child.stdout!.resume()
    child.once('exit', (code) => {
      rmSync(userData, { recursive: true, force: true, maxRetries: 3 })
      if (windowAt === undefined) fail(new Error(`main exited (${code}) before its window`))
      else ok(windowAt)
    })
  })
}

/**
 * Main's start: the built bundle evaluated up to the point where it creates its window, with a stand-in Electron, against
 * an empty main with the same stand-in, alternating, `runs` cold processes each. Office mode (a remote platform) is the
 * production case; sandbox mode also starts the embedded practice server.
 */
export async function mainStart(runs = 15) {
  const bundle = resolve(root, 'out/main/index.js')
  const empty = resolve(root, 'bench/baseline/main-empty.cjs')
  const office = { DESK_API_URL: 'https://api.broker.example/api', DESK_COMPANY_ID: '880012' }
  await startOnce(empty, {})
  await startOnce(bundle, office)
  const times = { empty: [] as number[], office: [] as number[], sandbox: [] as number[] }
  for (let i = 0; i < runs; i++) {
    times.empty.push(await startOnce(empty, {}))
    times.office.push(await startOnce(bundle, office))
    times.sandbox.push(await startOnce(bundle, {}))
  }
  return { runs, empty: median(times.empty), office: median(times.office), sandbox: median(times.sandbox) }
}

if (process.argv[1]?.endsWith('main-start.ts')) {
  void mainStart(Number(process.argv[2] ?? 15)).then((r) => console.log(JSON.stringify(r)))
}
