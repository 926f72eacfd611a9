#!/usr/bin/env node
// CI: installs each test installer of ci-installers/ the way IT does, starts the installed app and runs
// scripts/smoke-installed.mjs against it, then uninstalls. Windows: the NSIS installer silently, per machine
// (/S /allusers), uninstalled silently after. macOS: the app copied from the mounted DMG to /Applications.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

const product = 'Registration Desk'
let failures = 0
const sh = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  return result.status ?? 1
}

for (const name of existsSync('ci-installers') ? readdirSync('ci-installers') : []) {
  const folder = join('ci-installers', name)
  const preset = JSON.parse(readFileSync(join(folder, 'preset.json'), 'utf8'))
  const office = preset.office.code
  let app
  let uninstall = () => {}
  if (process.platform === 'win32') {
    const installer = readdirSync(folder).find((f) => f.endsWith('-setup.exe'))
    if (!installer) throw new Error(`no NSIS installer in ${folder}`)
    // an office build installs per machine (the runner's account is an administrator without UAC prompts, so the
    // installer runs elevated in this process); a build for traders (audience "self") is a one-click per-user install
    // into %LOCALAPPDATA%\Programs\<package name> (electron-builder's per-user folder), no /allusers
    const perUser = preset.audience === 'self'
    const scope = perUser ? [] : ['/allusers']
    if (sh(resolve(folder, installer), ['/S', ...scope]) !== 0) throw new Error(`${installer} /S ${scope.join(' ')} failed`)
    const programs = join(process.env.LOCALAPPDATA ?? join(process.env.USERPROFILE ?? 'C:\\Users\\runneradmin', 'AppData', 'Local'), 'Programs')
    const candidates = perUser ? [join(programs, 'registration-desk'), join(programs, product)] : [join(process.env.ProgramFiles ?? 'C:\\Program Files', product)]
    const dir = candidates.find((d) => existsSync(join(d, `${product}.exe`)))
    if (!dir) throw new Error(`${installer} installed no ${product}.exe in ${candidates.join(' or ')}`)
    app = join(dir, `${product}.exe`)
    // _?=: NSIS's uninstaller otherwise copies itself to %TEMP% and returns at once, still uninstalling under the next install
    uninstall = () => sh(join(dir, `Uninstall ${product}.exe`), ['/S', ...scope, `_?=${dir}`])
  } else if (process.platform === 'darwin') {
    const dmg = readdirSync(folder).find((f) => f.endsWith('.dmg'))
    if (!dmg) throw new Error(`no DMG in ${folder}`)
    const mount = `/tmp/desk-dmg-${name}`
    if (sh('hdiutil', ['attach', '-nobrowse', '-readonly', '-mountpoint', mount, join(folder, dmg)]) !== 0) throw new Error(`cannot mount ${dmg}`)
    const bundle = `/Applications/${product}.app`
    rmSync(bundle, { recursive: true, force: true })
    // ditto keeps the bundle as it is (symlinks in the frameworks, attributes), as the Finder's copy does
    if (sh('ditto', [join(mount, `${product}.app`), bundle]) !== 0) throw new Error(`cannot copy the app from ${dmg}`)
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
