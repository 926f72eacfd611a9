import { listPackage } from '@electron/asar'
import { Arch, build, Platform } from 'electron-builder'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { builderConfig, validatePreset } from '../../scripts/package-office'
import { makeStubElectron, readFuses } from './stub-electron'

const root = resolve(__dirname, '../..')
const preset = join(root, 'resources/presets/office-shanghai.json')

/**
 * The installer build, proven where no Electron binary can be downloaded: electron-builder packages the built app for
 * Linux (--dir) around a stub Electron, exactly with electron-builder.yml, and the result is inspected.
 */
describe('packaging an office build', () => {
  let appDir: string
  let binaryName: string

  beforeAll(async () => {
    if (!existsSync(join(root, 'out/main/index.js'))) throw new Error('out/ is missing: run "npm run build" first')
    validatePreset(preset)
    const output = mkdtempSync(join(tmpdir(), 'desk-dist-'))
    const config = builderConfig()
    // A config file path (not an object): electron-builder would merge an object with electron-builder.yml.
    const configFile = join(output, 'builder-config.json')
    writeFileSync(
      configFile,
      JSON.stringify({
        ...config,
        electronDist: makeStubElectron(),
        directories: { ...config.directories, output },
        extraResources: [{ from: preset, to: 'office.json' }],
        npmRebuild: false,
      }),
    )
    await build({ projectDir: root, targets: Platform.LINUX.createTarget('dir', Arch.x64), config: configFile })
    appDir = join(output, 'linux-unpacked')
    binaryName = 'registration-desk'
  }, 120_000)

  it('the asar holds only the built app: out/ and package.json', () => {
    const files = listPackage(join(appDir, 'resources/app.asar'), { isPack: false })
    const outside = files.filter((f) => f !== '/package.json' && f !== '/out' && !f.startsWith('/out/'))
    expect(outside).toEqual([])
    for (const needed of ['/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html']) expect(files).toContain(needed)
    expect(files.some((f) => f.includes('node_modules'))).toBe(false)
    expect(files.some((f) => f.endsWith('.map') || f.endsWith('.ts'))).toBe(false)
  })

  it('the office preset sits in resources as office.json, unchanged', () => {
    expect(readFileSync(join(appDir, 'resources/office.json'), 'utf8')).toBe(readFileSync(preset, 'utf8'))
  })

  it('the fuses are set as electron-builder.yml asks', () => {
    expect(readFuses(join(appDir, binaryName))).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    })
  })

  it('a broken preset is refused before anything is built, naming the field', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'bad-preset-')), 'office.json')
    writeFileSync(bad, JSON.stringify({ platform: { mode: 'remote', baseUrl: 'http://x.example', companyId: '1' } }))
    expect(() => validatePreset(bad)).toThrow(/platform\.baseUrl must use https/)
  })
})
