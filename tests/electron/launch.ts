import { _electron, type ElectronApplication } from '@playwright/test'
import { createHash, X509Certificate } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '../..')

export interface Launch {
  env?: Record<string, string>
  args?: string[]
  preset?: Record<string, unknown>
  userDataDir?: string
}

/** The built app in the real Electron, on its own data folder, with what one test needs; closed and cleaned by the caller. */
export async function launchApp(binary: string, setup: Launch = {}): Promise<{ app: ElectronApplication; userDataDir: string }> {
  const userDataDir = setup.userDataDir ?? mkdtempSync(join(tmpdir(), 'desk-runtime-'))
  const env: Record<string, string> = { ...(process.env as Record<string, string>), DESK_USER_DATA_DIR: userDataDir, ...setup.env }
  if (setup.preset) {
    const file = join(userDataDir, 'shipped-office.json')
    writeFileSync(file, JSON.stringify(setup.preset))
    env.DESK_OFFICE_FILE = file
  }
  const app = await _electron.launch({ executablePath: binary, args: [join(root, 'out/main/index.js'), ...(setup.args ?? [])], env })
  return { app, userDataDir }
}

/** Every file under a folder, as text, for the "never written anywhere" checks. */
export function everyFileText(dir: string): string {
  if (!existsSync(dir)) return ''
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? everyFileText(path) : readFileSync(path, 'latin1')))
    .join('\n')
}

/** Chromium trusts exactly this server certificate (its SPKI), as it would trust an office CA from the OS store. */
export const spkiOf = (certPem: string) =>
  createHash('sha256').update(new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' })).digest('base64')

/**
 * Launch arguments that make Chromium trust one test server's certificate by its key (Chromium honours the SPKI list
 * only with --user-data-dir given too: the app's data folder, so the caller passes it as userDataDir as well).
 */
export const trustArgs = (certPem: string, folder: string) => [`--ignore-certificate-errors-spki-list=${spkiOf(certPem)}`, `--user-data-dir=${folder}`]

/** The app's log lines (logs/desk.log in its data folder), parsed. */
export function logEvents(userDataDir: string): Record<string, unknown>[] {
  const file = join(userDataDir, 'logs', 'desk.log')
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>
      } catch {
        return {}
      }
    })
}

/**
 * A script run in the window's page by main (webContents.executeJavaScript), answered within a few seconds or
 * undefined: after a renderer crash Playwright's Page is gone for good, so the reloaded page is read through main.
 */
export function inWindow<T>(app: ElectronApplication, script: string): Promise<T | undefined> {
  return app.evaluate(async ({ BrowserWindow }, code) => {
    const win = BrowserWindow.getAllWindows()[0]
    if (!win || win.webContents.isCrashed()) return undefined
    const timeout = new Promise<undefined>((done) => setTimeout(() => done(undefined), 3000))
    return Promise.race([win.webContents.executeJavaScript(code).catch(() => undefined), timeout])
  }, script) as Promise<T | undefined>
}
