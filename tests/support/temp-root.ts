import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * One temporary folder for a whole test run: every `mkdtemp(tmpdir())` a test makes lands inside it (TMPDIR is read
 * by os.tmpdir() on each call, and the workers inherit it), and the run removes it at the end. Tests keep creating
 * their folders as before; the machine's /tmp no longer collects a few hundred of them per run.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'desk-test-run-'))
  const before = { TMPDIR: process.env.TMPDIR, TEMP: process.env.TEMP, TMP: process.env.TMP }
  process.env.TMPDIR = process.env.TEMP = process.env.TMP = root
  return () => {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
    // DESK_KEEP_TEST_TMP=1 keeps it for a look after a failure
    if (process.env.DESK_KEEP_TEST_TMP !== '1') rmSync(root, { recursive: true, force: true })
    else console.log(`test files kept in ${root}`)
  }
}
