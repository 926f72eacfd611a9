import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const OLD_NODE = 'v20.19.0'

/**
 * A stand-in `node` that reports v20 (what many systems still ship): a folder to put first on PATH. `node --version`
 * prints v20.19.0, and a program run by it sees process.version v20.19.0; underneath it is this test's Node, so npm and
 * the scripts run as they would on a real Node 20 up to the point where they look at the version. Only a real Node 20
 * shows what else would break there (which is the point of stopping early).
 */
export function oldNodeOnPath(): { dir: string; PATH: string } {
  const dir = mkdtempSync(join(tmpdir(), 'node20-'))
  const pretend = join(dir, 'pretend-v20.cjs')
  writeFileSync(
    pretend,
    `Object.defineProperty(process, 'version', { value: '${OLD_NODE}' })\n` +
      `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '${OLD_NODE.slice(1)}' } })\n`,
  )
  const node = join(dir, 'node')
  writeFileSync(
    node,
    `#!/usr/bin/env bash\ncase "$1" in --version|-v) echo ${OLD_NODE}; exit 0 ;; esac\nexec ${JSON.stringify(process.execPath)} --require ${JSON.stringify(pretend)} "$@"\n`,
  )
  chmodSync(node, 0o755)
  return { dir, PATH: `${dir}:${process.env.PATH}` }
}
