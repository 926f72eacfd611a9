import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { plantCompileCache, runWith } from '../../support/compile-cache-plant'

/**
 * Node's compile cache (found by the attack3 review): Node's LoadEnvironment() reads NODE_COMPILE_CACHE
 * (Environment::InitializeCompileCache, src/env.cc), and Electron 45's browser process starts its Node environment
 * through that same call (shell/common/node_bindings.cc NodeBindings::LoadEnvironment) with no fuse or patch removing
 * the variable (only NODE_OPTIONS / NODE_EXTRA_CA_CERTS are, by the nodeOptions fuse). A normal account can set it
 * (HKCU\Environment, launchctl setenv) and a planted entry runs in place of the main bundle, before any of our code:
 * nothing in the app can stop it. docs/security.md states it as a residual risk; what IT can do is proven here with
 * this machine's Node 24 (the Node line Electron 45 embeds) and, in the real-Electron tier, with Electron itself
 * (tests/electron/compile-cache.spec.ts).
 */
const genuineSource = 'console.log("genuine main: registrations go to https://api.broker.example");'
const planted = 'console.log("PLANTED CODE RUNS IN MAIN");'

function plantedSetUp() {
  const dir = mkdtempSync(join(tmpdir(), 'compile-cache-'))
  const bundle = join(dir, 'index.js')
  writeFileSync(bundle, genuineSource)
  const cache = join(dir, 'cache')
  plantCompileCache(bundle, cache, planted, (env) => runWith(process.execPath, [bundle], env))
  return { bundle, cache }
}

describe('NODE_COMPILE_CACHE: a residual risk the app cannot close, and the machine setting that does', () => {
  it('with only the user\'s variable, a planted entry runs in place of the genuine file (why docs/security.md names it)', () => {
    const { bundle, cache } = plantedSetUp()
    const out = runWith(process.execPath, [bundle], { NODE_COMPILE_CACHE: cache }).stdout
    expect(out).toContain('PLANTED CODE RUNS IN MAIN')
    expect(out).not.toContain('genuine')
  })

  it('with NODE_DISABLE_COMPILE_CACHE set (IT\'s machine-wide variable), the same planted entry is ignored', () => {
    const { bundle, cache } = plantedSetUp()
    const out = runWith(process.execPath, [bundle], { NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: '1' }).stdout
    expect(out).toContain('genuine main')
    expect(out).not.toContain('PLANTED')
  })
})
