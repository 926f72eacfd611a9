import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { printToPdfFolder } from '../../../electron/main/handoff/print'
import { runSmokeJourney, type SmokeWindow } from '../../../electron/main/smoke/journey'
import { isTestBuildAt, TEST_BUILD_MARKER, testSeams } from '../../../electron/main/test-seams'
import { devUpdaterOptions, TEST_PUBLISHER } from '../../../electron/main/updates/dev-updater'
import { recordedPublishers } from '../../../electron/main/updates/updater'
import { builderConfig, stageOffice } from '../../../scripts/package-office'
import { createMemoryLogger as memoryLogger } from '../../../electron/main/log'

const root = resolve(__dirname, '../../..')
const every = { DESK_TEST_PRINT_DIR: '/tmp/prints', DESK_TEST_UPDATES: '1', DESK_SMOKE_OUT: '/tmp/smoke' }

describe('the test seams are off in a real build', () => {
  it('a packaged release build (no marker in app.asar) has none, whatever the environment says', () => {
    const isTestBuild = vi.fn(() => false)
    expect(testSeams(true, every, isTestBuild)).toEqual({})
    expect(testSeams(true, {}, isTestBuild)).toEqual({})
  })

  it('a packaged build reads the marker only when the smoke test asks, and then only the smoke journey runs', () => {
    const isTestBuild = vi.fn(() => true)
    expect(testSeams(true, { DESK_TEST_PRINT_DIR: '/tmp/p', DESK_TEST_UPDATES: '1' }, isTestBuild)).toEqual({})
    expect(isTestBuild).not.toHaveBeenCalled()
    expect(testSeams(true, every, isTestBuild)).toEqual({ smokeOut: '/tmp/smoke' })
  })

  it('an unpackaged run (development, the real-Electron tier) takes the print and update seams, never the smoke journey', () => {
    expect(testSeams(false, every, () => true)).toEqual({ printDir: '/tmp/prints', updates: true })
    expect(testSeams(false, { DESK_TEST_UPDATES: 'yes', DESK_TEST_PRINT_DIR: ' ' }, () => true)).toEqual({})
  })

  it('only a --test-build stages the marker inside app.asar; a release build removes one left behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stage-'))
    const preset = join(dir, 'preset.json')
    writeFileSync(preset, '{"platform":{"mode":"sandbox"}}')
    const office = join(dir, 'build/office')
    stageOffice(preset, true, office)
    expect(existsSync(join(office, TEST_BUILD_MARKER))).toBe(true)
    expect(isTestBuildAt(dir)()).toBe(false) // the app path holds office/ directly, as app.asar does
    expect(isTestBuildAt(join(dir, 'build'))()).toBe(true)
    stageOffice(preset, false, office)
    expect(existsSync(join(office, TEST_BUILD_MARKER))).toBe(false)
    expect(readFileSync(join(office, 'office.json'), 'utf8')).toBe('{"platform":{"mode":"sandbox"}}')
  })

  it('electron-builder takes the marker from build/office only (where stageOffice writes it)', () => {
    const files = JSON.stringify(builderConfig().files)
    expect(files).toContain('"from":"build/office","to":"office","filter":["office.json","test-build.json"]')
    expect(readFileSync(join(root, 'scripts/package-office.ts'), 'utf8')).toMatch(/stageOffice\(values\.preset, testBuild, 'build\/office'/)
  })

  it('main asks testSeams with the build kind (never a release bundle) and the marker inside its own app path', () => {
    const main = readFileSync(join(root, 'electron/main/index.ts'), 'utf8')
    expect(main).toContain("BUILD_KIND === 'release' ? {} : testSeams(office, process.env, isTestBuildAt(app.getAppPath()))")
    expect(main).toContain('const office = officeRulesHold(app.isPackaged)')
    // the update seam is a branch of its own, after the office one; the print seam replaces only the dialog (in the
    // services main starts just after its window)
    const services = readFileSync(join(root, 'electron/main/service-start.ts'), 'utf8')
    expect(services).toMatch(/s\.office && updatePlatform \? \{ updates:/)
    expect(services).toMatch(/printPage: seams\.printDir\s*\?/)
  })
})

describe('the seams themselves', () => {
  it('print to a folder: the window page through printToPDF on A4, numbered files; a failure is said, not thrown', async () => {
    const written: [string, number][] = []
    const printToPDF = vi.fn(async () => new Uint8Array([37, 80, 68, 70]))
    const print = printToPdfFolder(() => ({ printToPDF }), '/out', async (file, data) => void written.push([file, data.length]))
    expect(await print()).toEqual({ printed: true })
    expect(await print()).toEqual({ printed: true })
    expect(written).toEqual([['/out/slip-1.pdf', 4], ['/out/slip-2.pdf', 4]])
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true })
    expect(await printToPdfFolder(() => undefined, '/out', async () => {})()).toEqual({ printed: false, cancelled: false, reason: 'no window' })
    const broken = printToPdfFolder(() => ({ printToPDF: async () => Promise.reject(new Error('Failed to generate PDF')) }), '/out', async () => {})
    expect(await broken()).toEqual({ printed: false, cancelled: false, reason: 'Failed to generate PDF' })
  })

  it('the dev updater config is what electron-builder writes, and names the publisher the updater then requires', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dev-updater-'))
    const log = memoryLogger()
    const options = await devUpdaterOptions(dir, 'https://127.0.0.1:9/desk/', log)
    expect(readFileSync(options.devUpdateConfig, 'utf8')).toContain('provider: generic\nurl: "https://127.0.0.1:9/desk/"\nupdaterCacheDirName: registration-desk-test-updater')
    expect(await recordedPublishers(options.devUpdateConfig)).toEqual([TEST_PUBLISHER])
    expect(await options.verifyPublisher()).toBeNull()
    expect(log.lines.map((l) => JSON.parse(l).event)).toEqual(['update.publisher-not-checked'])
  })

  it('the smoke journey: form, registration, a screenshot after each, journey.json without the code; stops at a failed step', async () => {
    const out = mkdtempSync(join(tmpdir(), 'smoke-out-'))
    const phases: string[] = []
    const window = (fail?: string): SmokeWindow => ({
      webContents: {
        executeJavaScript: async (code) => {
          const phase = /\)\("(\w+)"/.exec(code)![1]!
          phases.push(phase)
          if (phase === fail) throw new Error(`${phase} did not appear within 30 s`)
          return phase === 'form' ? { title: 'Registration Desk', office: 'CI-OFFICE' } : phase === 'register' ? { customerNo: '1000123', login: 'smoke@example.com' } : {}
        },
        capturePage: async () => ({ toPNG: () => new Uint8Array([137, 80, 78, 71]) }),
      },
    })
    const log = memoryLogger()
    const steps = await runSmokeJourney(window(), out, log, 'smoke@example.com')
    expect(steps).toEqual([
      { name: 'form', ok: true, detail: { title: 'Registration Desk', office: 'CI-OFFICE' } },
      { name: 'register', ok: true, detail: { customerNo: '1000123', login: 'smoke@example.com' } },
    ])
    expect(phases).toEqual(['form', 'mask', 'register', 'mask']) // secrets hatched before each screenshot
    expect(existsSync(join(out, 'installed-form.png')) && existsSync(join(out, 'installed-register.png'))).toBe(true)
    expect(JSON.parse(readFileSync(join(out, 'journey.json'), 'utf8')).steps).toEqual(steps)

    const failed = mkdtempSync(join(tmpdir(), 'smoke-failed-'))
    mkdirSync(failed, { recursive: true })
    const stopped = await runSmokeJourney(window('form'), failed, log)
    expect(stopped).toEqual([{ name: 'form', ok: false, detail: 'form did not appear within 30 s' }])
    expect(existsSync(join(failed, 'installed-form.png'))).toBe(false)
  })
})
