import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')

/** Every fenced shell example of the README: its language and its commands (comments dropped, continuations joined). */
const blocks = [...readme.matchAll(/^```(bash|sh|shell|bat)\n([\s\S]*?)^```/gm)].map((m) => ({
  lang: m[1]!,
  text: m[2]!,
  commands: m[2]!
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line && !line.startsWith('#')),
}))

/**
 * The examples this test cannot run itself (they start a window, need internet or the Electron zip, or are Windows
 * commands), each with the test that runs it; a new example without a runner here or there fails below.
 */
const runElsewhere: Record<string, string> = {
  'npm install && npm run dev': 'tests/package/dev-command.test.ts', // the real npm run dev, a stand-in Electron
  'npm install && npm test': '.github/workflows/real-electron.yml', // npm ci && npm test on three systems
  'DESK_API_URL=https://broker.example.com/api DESK_COMPANY_ID=123456 npm run dev': 'tests/package/dev-command.test.ts',
  'npm run package:office -- --preset path/to/office.json': 'tests/package/packaging.test.ts',
  'npm run package:office -- --preset path/to/office.json --win': 'tests/package/packaging.test.ts',
  'npm run package:office -- --preset path/to/office.json --mac': 'tests/package/packaging.test.ts',
  'npm run package:office -- --preset path/to/office.json --test-build': 'scripts/ci/test-installers.mjs',
  // a trader's build: the same script with a self preset (per-user NSIS, the preset in the asar: "packaging a build for traders")
  'npm run package:office -- --preset resources/presets/retail.example.json --win': 'tests/package/packaging.test.ts',
  'npm run package:office -- --preset resources/presets/retail.example.json --mac': 'tests/package/packaging.test.ts',
  'npm run release:key -- --new-key release-key.pem': 'tests/package/release-signing.test.ts', // the same script, a temp file
  'Registration-Desk-0.1.0-setup.exe /S /allusers': 'scripts/ci/install-and-smoke.mjs',
  '"C:\\Program Files\\Registration Desk\\Uninstall Registration Desk.exe" /S /allusers': 'scripts/ci/install-and-smoke.mjs',
}
const runHere = ['npm run sandbox -- --port 4100 --data sandbox-data.json']
const curlBlock = blocks.find((b) => b.text.includes('VerificationApiService.verifyCodeSend'))

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })

describe('every shell example of the README runs as written', () => {
  let sandbox: ChildProcess | undefined
  const dataFile = join(root, 'sandbox-data.json')
  afterAll(() => {
    // bash, npm and the sandbox are one process group of their own (detached): end all three
    if (sandbox?.pid) process.kill(-sandbox.pid, 'SIGKILL')
    rmSync(dataFile, { force: true })
  })

  it('each example is run by this test or by the test named for it', () => {
    const commands = blocks.flatMap((b) => (b === curlBlock ? [] : b.commands))
    expect(commands.length).toBeGreaterThan(5)
    for (const command of commands) {
      const runner = runElsewhere[command] ?? (runHere.includes(command) ? 'here' : undefined)
      expect(runner, `no test runs the README example: ${command}`).toBeDefined()
      if (runner !== 'here') expect(existsSync(join(root, runner!)), runner).toBe(true)
    }
    expect(curlBlock?.text).not.toMatch(/\$\(uuidgen\)/)
  })

  // the examples are bash; the Windows leg of CI runs the rest of the suite
  it.skipIf(process.platform === 'win32')('the sandbox as the README starts it, then the curl registration: a customer number, no contract violation', async () => {
    // the README's port, moved to a free one (tests run side by side); everything else verbatim
    const port = await freePort()
    const [start] = runHere
    rmSync(dataFile, { force: true })
    sandbox = spawn('bash', ['-c', start!.replace('4100', String(port))], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let printed = ''
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`the sandbox did not start: ${printed}`)), 60_000)
      sandbox!.stdout!.on('data', (chunk: Buffer) => {
        printed += chunk.toString()
        if (!printed.includes('listening on')) return
        clearTimeout(timer)
        ready()
      })
    })
    expect(curlBlock, 'the README has its curl example').toBeDefined()
    // a fresh machine: nothing on PATH but what the README names (bash, curl, node): no uuidgen, no jq
    const bare = mkdtempSync(join(tmpdir(), 'fresh-path-'))
    for (const tool of ['bash', 'curl']) symlinkSync(spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim(), join(bare, tool))
    symlinkSync(process.execPath, join(bare, 'node'))
    const run = spawnSync(join(bare, 'bash'), ['-c', curlBlock!.text.replaceAll('4100', String(port))], {
      cwd: bare,
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: bare, HOME: bare },
    })
    expect(run.stderr).toBe('')
    const answer = JSON.parse(run.stdout) as { code: string; data: { customerNo: string; email: string } }
    expect(answer).toMatchObject({ code: '0', data: { customerNo: expect.stringMatching(/^\d+$/), email: 'ann@example.com' } })
    const violations = await fetch(`http://127.0.0.1:${port}/sandbox/violations`).then((r) => r.json())
    expect(violations).toEqual([])
    expect(JSON.parse(readFileSync(dataFile, 'utf8'))).toBeTruthy() // --data kept the customer
  }, 120_000)
})
