#!/usr/bin/env node
// The first step of `npm test`, `npm run dev`, `npm run bench` and `npm run test:electron`: on a Node older than
// package.json's engines it stops at once with one sentence saying what to do, instead of dozens of failures later
// (Electron 45's tooling, vite 8 and the tests need Node >= 22.12). Plain JavaScript that any Node runs.
//   node scripts/node-gate.mjs <script>            exits 1 with the sentence when this Node is too old
//   node scripts/node-gate.mjs --check             exits 1 silently (test-all.sh then switches to the pinned Node)
import { readFileSync } from 'node:fs'

const wanted = /(\d+)\.(\d+)/.exec(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node)
const [major, minor] = [Number(wanted[1]), Number(wanted[2])]
const [haveMajor, haveMinor] = process.versions.node.split('.').map(Number)
const recent = haveMajor > major || (haveMajor === major && haveMinor >= minor)
if (recent) process.exit(0)
if (process.argv[2] !== '--check') {
  const script = process.argv[2] ?? 'test'
  const command = script === 'test' ? 'npm test' : `npm run ${script}`
  console.error(
    `\n!! This project needs Node >= ${major}.${minor} and this is Node ${process.version}: run "bash scripts/node24.sh ${command}" ` +
      `(it fetches the pinned Node 24 from the npm registry into .tools/ once), or "source scripts/node24.sh" for this shell, or install Node 24 LTS.\n`,
  )
}
process.exit(1)
