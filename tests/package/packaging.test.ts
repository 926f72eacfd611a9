import { spawnSync } from 'node:child_process'
import { extractFile, listPackage } from '@electron/asar'
import { Arch, build, Platform } from 'electron-builder'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { builderConfig, officeBuilderConfig, signingProblems, stageOffice, validatePreset } from '../../scripts/package-office'
import { makeStubElectron, readFuses } from './stub-electron'
import { TEST_SETTINGS_PIN } from '../support/office-pin'

const root = resolve(__dirname, '../..')
/** the Shanghai example with a PIN of its own (the documented example PIN is refused, see below) */
const preset = join(mkdtempSync(join(tmpdir(), 'preset-')), 'office.json')
writeFileSync(preset, JSON.stringify({ ...JSON.parse(readFileSync(join(root, 'resources/presets/office-shanghai.json'), 'utf8')), settingsPin: TEST_SETTINGS_PIN }))

/**
 * The installer build, proven where no Electron binary can be downloaded: electron-builder packages the built app for
 * Linux (--dir) around a stub Electron, exactly with electron-builder.yml, and the result is inspected.
 */
/**
 * What package:office does, around a stub Electron: the preset goes into build/office/, which electron-builder.yml
 * puts inside app.asar, and electron-builder packages for Linux (--dir) with exactly the config package:office uses.
 * Answers the unpacked app's folder.
 */
async function packageWith(presetFile: string): Promise<string> {
  if (!existsSync(join(root, 'out/main/index.js'))) throw new Error('out/ is missing: run "npm run build" first')
  validatePreset(presetFile)
  // as a release build stages it: the preset, and no test-build marker (a stale one is removed)
  stageOffice(presetFile, false, join(root, 'build/office'))
  const output = mkdtempSync(join(tmpdir(), 'desk-dist-'))
  const config = officeBuilderConfig(presetFile, true)
  // A config file path (not an object): electron-builder would merge an object with electron-builder.yml.
  const configFile = join(output, 'builder-config.json')
  writeFileSync(
    configFile,
    JSON.stringify({
      ...config,
      electronDist: makeStubElectron(),
      directories: { ...config.directories, output },
      forceCodeSigning: false, // a Linux directory build here; release builds are refused unsigned (see below)
      npmRebuild: false,
    }),
  )
  await build({ projectDir: root, targets: Platform.LINUX.createTarget('dir', Arch.x64), config: configFile })
  return join(output, 'linux-unpacked')
}

describe('packaging an office build', () => {
  let appDir: string
  const binaryName = 'registration-desk'

  beforeAll(async () => {
    appDir = await packageWith(preset)
  }, 120_000)

  it('the asar holds only the built app: out/, package.json and the office preset', () => {
    const files = listPackage(join(appDir, 'resources/app.asar'), { isPack: false })
    const outside = files.filter((f) => f !== '/package.json' && f !== '/out' && !f.startsWith('/out/') && f !== '/office' && f !== '/office/office.json')
    expect(outside).toEqual([])
    for (const needed of ['/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html']) expect(files).toContain(needed)
    expect(files.some((f) => f.includes('node_modules'))).toBe(false)
    expect(files.some((f) => f.endsWith('.map') || f.endsWith('.ts'))).toBe(false)
  })

  it('the office preset sits inside app.asar (integrity-checked, signed), unchanged, and nowhere beside it', () => {
    const asar = join(appDir, 'resources/app.asar')
    expect(extractFile(asar, 'office/office.json').toString('utf8')).toBe(readFileSync(preset, 'utf8'))
    expect(existsSync(join(appDir, 'resources/office.json'))).toBe(false)
  })

  it('office installers are per machine and release builds must be signed', () => {
    const config = builderConfig()
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false, deleteAppDataOnUninstall: false })
    expect(config.forceCodeSigning).toBe(true)
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true })
    expect(signingProblems(['windows', 'mac'], {})).toHaveLength(3)
    expect(signingProblems(['windows'], { WIN_CSC_LINK: 'cert.pfx' })).toEqual([])
    expect(signingProblems(['mac'], { CSC_LINK: 'id.p12', APPLE_API_KEY: 'k.p8', APPLE_API_KEY_ID: 'K', APPLE_API_ISSUER: 'I' })).toEqual([])
    expect(signingProblems(['linux'], {})).toEqual([])
  })

  it("the preset's update feed is the packaged app's: app-update.yml beside app.asar names it (admin-only, like the app)", () => {
    const yml = readFileSync(join(appDir, 'resources/app-update.yml'), 'utf8')
    expect(yml).toContain('provider: generic')
    expect(yml).toContain('url: https://updates.broker.example/desk/')
    expect(yml).toContain('updaterCacheDirName: registration-desk-updater')
    // updates off: no publish config, so no feed at all
    const off = join(mkdtempSync(join(tmpdir(), 'preset-off-')), 'office.json')
    writeFileSync(off, JSON.stringify({ ...JSON.parse(readFileSync(preset, 'utf8')), updates: { policy: 'off' } }))
    expect(officeBuilderConfig(off).publish).toBeNull()
    expect(officeBuilderConfig(preset).publish).toEqual([{ provider: 'generic', url: 'https://updates.broker.example/desk/', channel: 'latest' }])
  })

  it('the fuses are set as electron-builder.yml asks', () => {
    expect(readFuses(join(appDir, binaryName))).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('a broken preset is refused before anything is built, naming the field', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'bad-preset-')), 'office.json')
    writeFileSync(bad, JSON.stringify({ platform: { mode: 'remote', baseUrl: 'http://x.example', companyId: '1' } }))
    expect(() => validatePreset(bad)).toThrow(/platform\.baseUrl must use https/)
    expect(() => validatePreset(join(root, 'resources/presets/office-shanghai.json'))).toThrow(/settingsPin is the documented example PIN/)
  })
  // the same preset as above (build/office/ is shared), in this file so the two never write it at once
  it('without the Electron zip, packaging stops with one sentence: what to download, where to put it, how to point at it', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-zips-'))
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/package-office.ts', '--preset', preset, '--linux', '--test-build'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
        // no reachable download server and empty caches, as on a machine without internet
        env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', ELECTRON_BUILDER_CACHE: empty, electron_config_cache: empty, ...env },
      })
    const offline = run({})
    expect(offline.status).toBe(1)
    const said = offline.stderr.trim()
    expect(said).toMatch(/^Packaging needs electron-v\d+\.\d+\.\d+-linux-x64\.zip, which could not be downloaded \(.+\): download it from https:\/\/github\.com\/electron\/electron\/releases\/tag\/v[\d.]+ on a machine with internet, put it in a folder here, and run this command again with DESK_ELECTRON_ZIPS=<that folder>\.$/)
    expect(said.split('\n')).toHaveLength(1) // no stack trace
    expect(offline.stdout).toContain('Linux gives an unpacked folder (dist/linux-unpacked)')
    const wrongFolder = run({ DESK_ELECTRON_ZIPS: empty })
    expect(wrongFolder.status).toBe(1)
    expect(wrongFolder.stderr.trim()).toMatch(/^DESK_ELECTRON_ZIPS is .+, which does not hold electron-v[\d.]+-linux-x64\.zip: download it from /)
  }, 240_000)
})

/** A broker's build for traders (resources/presets/retail.example.json: audience "self"). */
describe('packaging a build for traders', () => {
  const retail = join(root, 'resources/presets/retail.example.json')
  let appDir: string

  beforeAll(async () => {
    appDir = await packageWith(retail)
  }, 120_000)

  it('the retail preset sits inside app.asar, unchanged, and nowhere beside it', () => {
    const asar = join(appDir, 'resources/app.asar')
    expect(extractFile(asar, 'office/office.json').toString('utf8')).toBe(readFileSync(retail, 'utf8'))
    expect(JSON.parse(extractFile(asar, 'office/office.json').toString('utf8'))).toMatchObject({ audience: 'self' })
    expect(existsSync(join(appDir, 'resources/office.json'))).toBe(false)
  })

  it('its Windows installer is per user: one click, into the user\'s programs folder, no admin rights; macOS DMG + zip; signed or refused', () => {
    const config = officeBuilderConfig(retail)
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false, allowToChangeInstallationDirectory: false, deleteAppDataOnUninstall: false })
    expect(config.win).toMatchObject({ target: 'nsis' })
    expect(config.mac).toMatchObject({ target: ['dmg', 'zip'], hardenedRuntime: true, notarize: true })
    expect(config.forceCodeSigning).toBe(true)
    expect(config.publish).toEqual([{ provider: 'generic', url: 'https://updates.broker.example/desk-retail/', channel: 'latest' }])
    // an office preset keeps the per-machine installer
    expect(officeBuilderConfig(preset).nsis).toMatchObject({ perMachine: true, oneClick: false })
  })

  it('its updates come from its own feed (app-update.yml beside app.asar)', () => {
    expect(readFileSync(join(appDir, 'resources/app-update.yml'), 'utf8')).toContain('url: https://updates.broker.example/desk-retail/')
  })

  it('a retail preset without a platform is refused before anything is built (it would otherwise run the practice sandbox)', () => {
    const { platform: _platform, ...rest } = JSON.parse(readFileSync(retail, 'utf8')) as Record<string, unknown>
    const bad = join(mkdtempSync(join(tmpdir(), 'retail-')), 'office.json')
    writeFileSync(bad, JSON.stringify(rest))
    expect(() => validatePreset(bad)).toThrow(/platform is required in a build for traders/)
  })
})
