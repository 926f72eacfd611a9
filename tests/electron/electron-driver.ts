import { _electron, type ElectronApplication, type Page } from '@playwright/test'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { papers, secretSafeScreenshot, type AppDriver } from '../journeys/driver'
import { startSandbox, type Sandbox } from '../../sandbox/server'
import { localProbe } from '../support/sandbox-probe'
import { switchableProxy } from '../support/switchable-proxy'

const root = resolve(__dirname, '../..')
const screenshotDir = join(root, 'tests/electron/screenshots')

/**
 * The real app: the built main process launched by Playwright, on a temp data folder kept across restarts. It talks
 * to a sandbox this process starts (a loopback platform URL, so the app is in sandbox mode), so the test can read what
 * the platform received and inject faults.
 */
export function electronDriver(
  executablePath: string,
  setup: { env?: Record<string, string>; preset?: Record<string, unknown> } = {},
): AppDriver {
  const userDataDir = mkdtempSync(join(tmpdir(), 'desk-electron-'))
  const presetFile = join(userDataDir, 'shipped-office.json')
  if (setup.preset) writeFileSync(presetFile, JSON.stringify(setup.preset))
  const env: Record<string, string> = { ...setup.env, ...(setup.preset ? { DESK_OFFICE_FILE: presetFile } : {}) }
  const errors: string[] = []
  let app: ElectronApplication | undefined
  let sandbox: Sandbox | undefined
  let proxy: Awaited<ReturnType<typeof switchableProxy>> | undefined
  const mainErrors: string[] = []

  async function start(): Promise<Page> {
    sandbox ??= await startSandbox()
    proxy ??= await switchableProxy(Number(new URL(sandbox.url).port))
    app = await _electron.launch({
      executablePath,
      args: [join(root, 'out/main/index.js')],
      env: {
        ...process.env,
        ...env,
        DESK_API_URL: `http://127.0.0.1:${proxy.port}/api`,
        DESK_COMPANY_ID: '1001',
        DESK_PLATFORM_IS_SANDBOX: '1',
        DESK_USER_DATA_DIR: userDataDir,
      } as Record<string, string>,
    })
    app.process().stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString()
      if (/Unhandled|uncaught/i.test(text)) mainErrors.push(text.trim())
    })
    const page = await app.firstWindow()
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.waitForLoadState('domcontentloaded')
    return page
  }

  async function stop(): Promise<void> {
    await app?.close()
    app = undefined
  }

  return {
    kind: 'electron',
    userDataDir,
    platform: localProbe(
      () => sandbox,
      async (reachable) => void (await (reachable ? proxy?.restore() : proxy?.refuse())),
    ),
    mainErrors: () => [...mainErrors],
    // a second launch with the URL in argv: the single-instance lock hands it to the running app
    deepLink: async (url) => {
      const second = await _electron
        .launch({
          executablePath,
          args: [join(root, 'out/main/index.js'), url],
          env: { ...process.env, ...env, DESK_API_URL: `http://127.0.0.1:${proxy!.port}/api`, DESK_COMPANY_ID: '1001', DESK_PLATFORM_IS_SANDBOX: '1', DESK_USER_DATA_DIR: userDataDir } as Record<string, string>,
        })
        .catch(() => undefined)
      await second?.close().catch(() => {})
    },
    open: start,
    restart: async () => {
      await stop()
      return start()
    },
    pageErrors: () => [...errors],
    // the real window's page through Electron's printToPDF (what webContents.print lays out for a printer)
    renderPrint: async (_page, paper, name) => {
      mkdirSync(screenshotDir, { recursive: true })
      const path = join(screenshotDir, `${name}.pdf`)
      const inches = { width: papers[paper].width / 25.4, height: papers[paper].height / 25.4 }
      const base64 = await app!.evaluate(async ({ BrowserWindow }, pageSize) => {
        const pdf = await BrowserWindow.getAllWindows()[0]!.webContents.printToPDF({ pageSize, printBackground: true })
        return pdf.toString('base64')
      }, inches)
      writeFileSync(path, Buffer.from(base64, 'base64'))
      return path
    },
    screenshot: async (page, name) => {
      mkdirSync(screenshotDir, { recursive: true })
      await secretSafeScreenshot(page, join(screenshotDir, `${name}.png`))
    },
    close: async () => {
      await stop()
      await proxy?.close()
      await sandbox?.close()
      rmSync(userDataDir, { recursive: true, force: true })
      // the real app talks to this strict sandbox: any deviation from the platform contract fails the journey
      const violations = sandbox?.violations.splice(0) ?? []
      if (violations.length) throw new Error(`platform contract violations:\n${violations.map((v) => `  ${v.rule}: ${v.detail}`).join('\n')}`)
    },
  }
}
