import { _electron, expect, test } from '@playwright/test'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { formReady } from '../journeys/steps'
import { entriesIn, plantCompileCache, runWith } from '../support/compile-cache-plant'
import { electronOrSkip } from './electron-binary'
import { logEvents } from './launch'

/**
 * Does Electron 45's browser process honour NODE_COMPILE_CACHE (docs/security.md, "Node's compile cache")? Its source
 * says yes (NodeBindings::LoadEnvironment → node::LoadEnvironment → Environment::InitializeCompileCache; no fuse covers
 * the variable): this proves it on the real binary, and proves what IT can do about it. The built app is copied to a
 * folder of its own (the planted entry is keyed by the script's path; out/ is shared with the other specs).
 */
const binary = electronOrSkip(test)
const root = resolve(__dirname, '../..')

function appCopy(): { dir: string; main: string; marker: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'desk-compile-cache-'))
  cpSync(join(root, 'out'), join(dir, 'out'), { recursive: true })
  return { dir, main: join(dir, 'out/main/index.js'), marker: join(dir, 'planted.txt'), cache: join(dir, 'cache') }
}

/** the clerk's code: say it ran, keep its own compiled entry (Node writes the cache at exit; flush is sure), leave */
const plantedCode = (marker: string) =>
  `require("module").flushCompileCache&&require("module").flushCompileCache();require("fs").writeFileSync(${JSON.stringify(marker)},"planted");process.exit(0);`

test.describe('NODE_COMPILE_CACHE in the real Electron', () => {
  test('Electron honours it in the browser process: a planted entry runs in place of the main bundle (residual risk)', async () => {
    const copy = appCopy()
    try {
      plantCompileCache(copy.main, copy.cache, plantedCode(copy.marker), (env) => runWith(binary, [copy.main], env))
      expect(entriesIn(copy.cache).length).toBeGreaterThan(0)
      rmSync(copy.marker, { force: true })
      const run = runWith(binary, [copy.main], { NODE_COMPILE_CACHE: copy.cache, DESK_USER_DATA_DIR: join(copy.dir, 'data') }, 30_000)
      // the genuine file is on disk, yet the planted code ran (it writes its marker and exits at once)
      expect(existsSync(copy.marker), `exit ${run.status} ${run.signal ?? ''} ${run.stderr.slice(0, 400)}`).toBe(true)
    } finally {
      rmSync(copy.dir, { recursive: true, force: true })
    }
  })

  test('with NODE_DISABLE_COMPILE_CACHE set (IT\'s machine-wide variable) the same planted entry is ignored: the genuine app starts', async () => {
    const copy = appCopy()
    const userDataDir = join(copy.dir, 'data')
    try {
      plantCompileCache(copy.main, copy.cache, plantedCode(copy.marker), (env) => runWith(binary, [copy.main], env))
      rmSync(copy.marker, { force: true })
      const app = await _electron.launch({
        executablePath: binary,
        args: [copy.main],
        env: { ...(process.env as Record<string, string>), NODE_COMPILE_CACHE: copy.cache, NODE_DISABLE_COMPILE_CACHE: '1', DESK_USER_DATA_DIR: userDataDir },
      })
      try {
        await formReady(await app.firstWindow())
        expect(await app.evaluate(() => process.getBuiltinModule('node:module').getCompileCacheDir())).toBeUndefined()
      } finally {
        await app.close()
      }
      expect(existsSync(copy.marker)).toBe(false)
      expect(logEvents(userDataDir).some((e) => e.event === 'app.started')).toBe(true)
    } finally {
      rmSync(copy.dir, { recursive: true, force: true })
    }
  })
})
