import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from '../log'
import { SMOKE_PAGE_SCRIPT } from './page-script'

/** The part of a BrowserWindow the smoke journey uses (structural: this file stays free of Electron). */
export interface SmokeWindow {
  webContents: {
    executeJavaScript(code: string, userGesture?: boolean): Promise<unknown>
    capturePage(): Promise<{ toPNG(): Uint8Array }>
  }
}

export interface SmokeStep {
  name: 'form' | 'register'
  ok: boolean
  detail: Record<string, unknown> | string
}

/** A login for the smoke registration: unique per run, on the reserved example.com domain. */
export const smokeEmail = (now = Date.now()) => `smoke${now.toString(36)}@example.com`

/**
 * The installed test build registers one customer against its embedded sandbox, from inside (test-seams.ts
 * `smokeOut`): the form appears, a registration completes; a screenshot after each (secrets hatched), and
 * journey.json for scripts/smoke-installed.mjs. Never throws: a failed step is written down, and the caller quits.
 */
export async function runSmokeJourney(win: SmokeWindow, outDir: string, log: Logger, email = smokeEmail()): Promise<SmokeStep[]> {
  const steps: SmokeStep[] = []
  const page = (phase: 'form' | 'register' | 'mask', login = '') =>
    win.webContents.executeJavaScript(`(${SMOKE_PAGE_SCRIPT})(${JSON.stringify(phase)}, ${JSON.stringify(login)})`, true) as Promise<Record<string, unknown>>
  const shot = async (name: string) => {
    await page('mask')
    await writeFile(join(outDir, `${name}.png`), (await win.webContents.capturePage()).toPNG())
  }
  await mkdir(outDir, { recursive: true })
  for (const [name, run] of [
    ['form', () => page('form')],
    ['register', () => page('register', email)],
  ] as const) {
    try {
      steps.push({ name, ok: true, detail: await run() })
      await shot(`installed-${name}`)
    } catch (error) {
      steps.push({ name, ok: false, detail: String((error as Error)?.message ?? error).slice(0, 300) })
      break
    }
  }
  log.info('smoke.journey', { reason: steps.map((s) => `${s.name} ${s.ok ? 'ok' : 'failed'}`).join(', ') })
  await writeFile(join(outDir, 'journey.json'), JSON.stringify({ email, steps }, null, 2))
  return steps
}
