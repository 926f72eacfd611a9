#!/usr/bin/env node
// Makes sure `npm run dev` / `npm run preview` have an Electron binary to start, before electron-vite looks for one.
//
// Electron 45 no longer downloads its binary at install time; electron-vite only reads node_modules/electron/path.txt
// and otherwise stops with "Electron uninstall". So this step, run first:
// - with ELECTRON_EXEC_PATH set (a local Electron build, or the test tier's stand-in): uses it, downloads nothing;
// - with the binary already in node_modules/electron/dist: nothing to do;
// - otherwise: downloads it once through Electron's own installer (ELECTRON_MIRROR and the Electron cache apply), and
//   says so; when that cannot work (offline, or ELECTRON_SKIP_BINARY_DOWNLOAD=1) it ends with one clear sentence.
// Plain Node with no dependencies of its own, so it works before anything else is set up.
import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const command = process.argv[2] ?? 'dev'
const fail = (sentence) => {
  console.error(`\n!! ${sentence}\n`)
  process.exit(1)
}

const override = process.env.ELECTRON_EXEC_PATH
if (override) {
  try {
    accessSync(override, constants.X_OK)
  } catch {
    fail(`ELECTRON_EXEC_PATH is set to "${override}", which is not an executable file: point it at an Electron binary, or unset it to use the one in node_modules.`)
  }
  console.log(`== npm run ${command}: using the Electron at ELECTRON_EXEC_PATH (${override})`)
  process.exit(0)
}

let moduleDir
try {
  moduleDir = dirname(createRequire(join(process.cwd(), 'package.json')).resolve('electron/package.json'))
} catch {
  fail('The electron package is not installed: run "npm install" first.')
}
const { version } = JSON.parse(readFileSync(join(moduleDir, 'package.json'), 'utf8'))
const installed = () => {
  const pathFile = join(moduleDir, 'path.txt')
  return existsSync(pathFile) && existsSync(join(moduleDir, 'dist', readFileSync(pathFile, 'utf8')))
}
if (installed()) process.exit(0)

const howToGetIt =
  `get it once with "npx install-electron" on a machine with internet, or set ELECTRON_MIRROR to a reachable mirror, ` +
  `or put electron-v${version}-${process.platform}-${process.arch}.zip in the Electron cache (electron_config_cache); ` +
  `"npm test" runs without it.`

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  fail(`npm run ${command} needs the Electron ${version} binary, which is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set: ${howToGetIt}`)
}

console.log(`== npm run ${command}: fetching the Electron ${version} binary once (about 100 MB) into ${join(moduleDir, 'dist')}`)
const result = spawnSync(process.execPath, [join(moduleDir, 'install.js')], {
  stdio: ['ignore', 'inherit', 'pipe'],
  encoding: 'utf8',
  timeout: 15 * 60_000,
})
if (result.status !== 0 || !installed()) {
  const stderr = result.stderr ?? ''
  const offline = /fetch failed|ENOTFOUND|ECONNREFUSED|ECONNRESET|EAI_AGAIN|ETIMEDOUT/.test(stderr) || result.error
  const firstError = stderr.split('\n').find((line) => /error/i.test(line))?.trim().slice(0, 160)
  const why = offline ? 'no connection to the download server' : (firstError ?? `the installer exited with ${result.status}`)
  fail(`npm run ${command} needs the Electron ${version} binary, and it could not be downloaded (${why}): ${howToGetIt}`)
}
console.log(`== Electron ${version} is installed`)
