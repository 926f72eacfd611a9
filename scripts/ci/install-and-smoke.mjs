#!/usr/bin/env node
// CI: installs each test installer of ci-installers/ the way IT does, starts the installed app and runs
// scripts/smoke-installed.mjs against it, then uninstalls. Windows: the NSIS installer silently, per machine
// (/S /allusers), uninstalled silently after. macOS: the app copied from the mounted DMG to /Applications.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const product = 'Registration Desk'
let failures = 0
const sh = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  return result.status ?? 1
}

for (const name of existsSync('ci-installers') ? readdirSync('ci-installers') : []) {
  const folder = join('ci-installers', name)
  const office = JSON.parse(readFileSync(join(folder, 'preset.json'), 'utf8')).office.code
  let app
  let uninstall = () => {}
  if (process.platform === 'win32') {
    const installer = readdirSync(folder).find((f) => f.endsWith('-setup.exe'))
    if (!installer) throw new Error(`no NSIS installer in ${folder}`)
    // start /wait: the NSIS installer returns before it has finished otherwise
    if (sh('cmd', ['/c', 'start', '/wait', '""', join(folder, installer), '/S', '/allusers']) !== 0) throw new Error(`${installer} /S /allusers failed`)
    const dir = join(process.env.ProgramFiles ?? 'C:\\Program Files', product)
    app = join(dir, `${product}.exe`)
    uninstall = () => sh('cmd', ['/c', 'start', '/wait', '""', join(dir, `Uninstall ${product}.exe`), '/S', '/allusers'])
  } else if (process.platform === 'darwin') {
    const dmg = readdirSync(folder).find((f) => f.endsWith('.dmg'))
    if (!dmg) throw new Error(`no DMG in ${folder}`)
    const mount = `/tmp/desk-dmg-${name}`
    if (sh('hdiutil', ['attach', '-nobrowse', '-readonly', '-mountpoint', mount, join(folder, dmg)]) !== 0) throw new Error(`cannot mount ${dmg}`)
    const bundle = `/Applications/${product}.app`
    rmSync(bundle, { recursive: true, force: true })
    cpSync(join(mount, `${product}.app`), bundle, { recursive: true, verbatimSymlinks: true })
    sh('hdiutil', ['detach', mount])
    // an unsigned test build on Apple silicon runs only with at least an ad-hoc signature
    if (sh('codesign', ['--verify', bundle]) !== 0) sh('codesign', ['--force', '--deep', '--sign', '-', bundle])
    app = join(bundle, 'Contents/MacOS', product)
    uninstall = () => rmSync(bundle, { recursive: true, force: true })
  } else {
    console.log('install-and-smoke: Windows and macOS only')
    process.exit(0)
  }
  console.log(`== ${name}: ${app}`)
  if (sh(process.execPath, ['scripts/smoke-installed.mjs', '--app', app, '--office', office, '--out', join('smoke', name)]) !== 0) failures += 1
  uninstall()
}
process.exit(failures ? 1 : 0)
