import { _electron, type ElectronApplication, type Page } from '@playwright/test'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { AppDriver } from '../journeys/driver'

const root = resolve(__dirname, '../..')
const screenshotDir = join(root, 'tests/electron/screenshots')

/** The real app: the built main process launched by Playwright, on a temp data folder kept across restarts. */
export function electronDriver(executablePath: string, env: Record<string, string> = {}): AppDriver {
  const userDataDir = mkdtempSync(join(tmpdir(), 'desk-electron-'))
  const errors: string[] = []
  let app: ElectronApplication | undefined

  async function start(): Promise<Page> {
    app = await _electron.launch({
      executablePath,
      args: [join(root, 'out/main/index.js')],
      env: { ...process.env, ...env, DESK_USER_DATA_DIR: userDataDir } as Record<string, string>,
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
    open: start,
    restart: async () => {
      await stop()
      return start()
    },
    pageErrors: () => [...errors],
    screenshot: async (page, name) => {
      mkdirSync(screenshotDir, { recursive: true })
      await page.screenshot({ path: join(screenshotDir, `${name}.png`) })
    },
    close: async () => {
      await stop()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
