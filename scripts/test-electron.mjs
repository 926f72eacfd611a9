#!/usr/bin/env node
// `npm run test:electron`: the real-Electron tier alone, on this machine. Downloads the Electron binary once (where
// there is internet; scripts/ensure-electron.mjs says what to do where there is none), builds, runs the tier with
// DESK_ELECTRON_REQUIRED=1 (a missing binary is a failure, not a skip) and ends with the same closing line as npm test.
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'

const env = { ...process.env, DESK_ELECTRON_REQUIRED: '1' }
const step = (title, command, args) => {
  console.log(`== ${title}`)
  return spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' }).status === 0
}
rmSync('test-results/playwright-electron.json', { force: true })
mkdirSync('test-results', { recursive: true })
if (step('the Electron binary (downloaded once)', process.execPath, ['scripts/ensure-electron.mjs', 'test:electron'])) {
  if (step('build', 'npx', ['electron-vite', 'build'])) step('Electron: the real app', 'npx', ['playwright', 'test', '-c', 'tests/electron/playwright.config.ts'])
}
const summary = spawnSync(process.execPath, ['scripts/summarize-results.mjs', '--only', 'electron'], { stdio: 'inherit', env })
process.exit(summary.status ?? 1)
