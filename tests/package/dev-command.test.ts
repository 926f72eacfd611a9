import { spawn } from 'node:child_process'
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The README's first command, `npm run dev`, run for real in a fresh copy of the project. No Electron binary can be
 * downloaded here, so a stand-in executable at ELECTRON_EXEC_PATH (the variable electron-vite honours) plays Electron:
 * it records how it was started, loads the page from the dev server, and exits. What only a real Electron confirms:
 * that the window opens and the app runs on the embedded sandbox (the real-Electron tier, where a binary exists).
 */
const root = resolve(__dirname, '../..')
const projectFiles = ['package.json', 'electron.vite.config.ts', 'tsconfig.json', 'tsconfig.node.json', 'tsconfig.web.json']
const projectDirs = ['contract', 'electron', 'renderer', 'sandbox', 'resources', 'scripts']

/** A copy of the project whose node_modules has everything but the Electron binary (as after a fresh npm install). */
function freshCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-fresh-'))
  for (const f of projectFiles) copyFileSync(join(root, f), join(dir, f))
  for (const d of projectDirs) cpSync(join(root, d), join(dir, d), { recursive: true })
  const modules = join(dir, 'node_modules')
  mkdirSync(modules)
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== 'electron') symlinkSync(join(root, 'node_modules', entry), join(modules, entry))
  }
  const electron = join(modules, 'electron')
  mkdirSync(electron)
  for (const f of ['package.json', 'index.js', 'install.js', 'cli.js', 'checksums.json']) copyFileSync(join(root, 'node_modules/electron', f), join(electron, f))
  return dir
}

interface Run {
  code: number | null
  output: string
}

function npmRun(cwd: string, script: string, env: Record<string, string | undefined>, timeoutMs = 120_000): Promise<Run> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', script], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const timer = setTimeout(() => {
      output += '\n[test] timed out: killing the command'
      process.kill(-child.pid!, 'SIGKILL')
    }, timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code, output })
    })
  })
}

/** The stand-in Electron: a Node script that writes down its arguments and environment and what the dev server served. */
function standInElectron(dir: string): { exec: string; record: string } {
  const record = join(dir, 'stand-in-record.json')
  const exec = join(dir, 'fake-electron')
  writeFileSync(
    exec,
    `#!${process.execPath}
const { writeFileSync } = require('node:fs')
const url = process.env.ELECTRON_RENDERER_URL
fetch(url).then((r) => r.text().then((body) => ({ status: r.status, body })), (e) => ({ status: 0, body: String(e) })).then((page) => {
  writeFileSync(${JSON.stringify(record)}, JSON.stringify({
    argv: process.argv.slice(2), cwd: process.cwd(), rendererUrl: url, page,
    nodeEnvElectronVite: process.env.NODE_ENV_ELECTRON_VITE,
  }))
  process.exit(0)
})
`,
  )
  chmodSync(exec, 0o755)
  return { exec, record }
}

describe('npm run dev on a fresh clone', () => {
  let project: string
  beforeAll(() => {
    project = freshCopy()
  })

  it('starts Electron (the stand-in at ELECTRON_EXEC_PATH) on the app with the dev server, and ends when it exits', async () => {
    const { exec, record } = standInElectron(project)
    const run = await npmRun(project, 'dev', { ELECTRON_EXEC_PATH: exec, ELECTRON_SKIP_BINARY_DOWNLOAD: undefined })
    expect(run.output).not.toContain('Electron uninstall')
    expect(run.output).toContain('using the Electron at ELECTRON_EXEC_PATH')
    expect(run.output).not.toContain('fetching the Electron')
    expect(existsSync(record), run.output).toBe(true)
    const seen = JSON.parse(readFileSync(record, 'utf8'))
    expect(seen.argv[0]).toBe('.') // the project: package.json "main" points at the dev build of main
    expect(seen.cwd).toBe(project)
    expect(seen.nodeEnvElectronVite).toBe('development')
    expect(seen.rendererUrl).toMatch(/^http:\/\/(localhost|127\.0\.0\.1):\d+$/)
    expect(seen.page.status).toBe(200)
    expect(seen.page.body).toContain('<div id="app"></div>')
    expect(seen.page.body).toContain('Content-Security-Policy')
    expect(existsSync(join(project, 'out/main/index.js'))).toBe(true)
    expect(existsSync(join(project, 'out/preload/index.js'))).toBe(true)
    expect(run.code).toBe(0) // the stand-in's exit ended the command (it would otherwise run until killed)
  })

  it('without a binary and without a way to download it, stops with one sentence saying what to do', async () => {
    // a mirror that refuses at once, so the download fails the same way online and offline
    const run = await npmRun(project, 'dev', { ELECTRON_EXEC_PATH: undefined, ELECTRON_SKIP_BINARY_DOWNLOAD: undefined, ELECTRON_MIRROR: 'http://127.0.0.1:9/' })
    expect(run.code).not.toBe(0)
    expect(run.output).toContain('fetching the Electron 45')
    expect(run.output).not.toContain('Electron uninstall')
    expect(run.output).toMatch(/needs the Electron 45\.\d+\.\d+ binary, and it could not be downloaded \(no connection to the download server\)/)
    expect(run.output).toContain('npx install-electron')
    expect(run.output).toContain('ELECTRON_MIRROR')
    expect(run.output).toContain('"npm test" runs without it')
  })

  it('npm run preview says the same, and never tries a download when told not to', async () => {
    const run = await npmRun(project, 'preview', { ELECTRON_EXEC_PATH: undefined, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })
    expect(run.code).not.toBe(0)
    expect(run.output).not.toContain('fetching the Electron')
    expect(run.output).toMatch(/npm run preview needs the Electron 45\.\d+\.\d+ binary, which is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set/)
    expect(run.output).not.toContain('Electron uninstall')
  })
})
