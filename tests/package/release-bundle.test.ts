import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import Module from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { BUILT_APP, bundleProblem, officeBuilderConfig, packagingEnvironment, signingVariables } from '../../scripts/package-office'
import { electronMock, fake, FakeBrowserWindow, ourWindowEvent } from '../support/electron-mock'

/**
 * The bundles package:office ships, built here exactly as it builds them (DESK_BUILD=release / test, electron-vite), and
 * the release one RUN as a clerk's renamed copy of the installed app would run it: Electron says "not packaged"
 * (the executable is called electron.exe), the shortcut carries switches, the account's environment names another
 * platform, a print folder and a data folder. docs/security.md, "a renamed copy".
 */
const root = resolve(__dirname, '../..')
const built = mkdtempSync(join(tmpdir(), 'desk-bundles-'))
const bundleOf = (kind: 'release' | 'test') => join(built, kind, 'main', 'index.js')
const buildAs = (kind: 'release' | 'test') =>
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', join(built, kind)], {
    cwd: root,
    env: { ...process.env, DESK_BUILD: kind },
    stdio: 'pipe',
  })

beforeAll(() => {
  buildAs('release')
  buildAs('test')
}, 180_000)

describe('the bundles package:office builds', () => {
  it('a release bundle holds no development path: no DESK_* read, no dev server, no seam; package:office checks it', () => {
    const release = readFileSync(bundleOf('release'), 'utf8')
    expect(bundleProblem(release, 'release')).toBeUndefined()
    for (const name of ['DESK_OFFICE_FILE', 'DESK_USER_DATA_DIR', 'DESK_TEST_PRINT_DIR', 'DESK_TEST_UPDATES', 'DESK_SMOKE_OUT', 'ELECTRON_RENDERER_URL']) expect(release).not.toContain(name)
    // the one process.env use left in main's own code is deleting the network knobs
    expect(release.match(/process\.env\b[^\n]*/g)?.filter((line) => !/NODE_DEBUG/.test(line))).toEqual(['process.env[name];'])
    // a development bundle (isPackaged decides) is refused by package:office
    expect(bundleProblem(release.replace(/officeRulesHold = \([^)]*\) => true;/, 'officeRulesHold = (p) => p;'), 'release')).toMatch(/not a release build/)
  })

  it('a test bundle has the office rules too and, of the seams, only the smoke journey', () => {
    const test = readFileSync(bundleOf('test'), 'utf8')
    expect(bundleProblem(test, 'test')).toBeUndefined()
    expect(test).toContain('DESK_SMOKE_OUT')
    expect(bundleProblem(test, 'release')).toMatch(/DESK_SMOKE_OUT/)
  })

  it('package:office packages the bundle it built (build/app/out), never the development build in out/', () => {
    const preset = join(built, 'preset.json')
    writeFileSync(preset, '{"platform":{"mode":"sandbox"}}')
    const files = JSON.stringify(officeBuilderConfig(preset, false, BUILT_APP).files)
    expect(files).toContain(`{"from":"${BUILT_APP}","to":"out","filter":["**/*"]}`)
    expect(files).not.toContain('"out/**"')
    const script = readFileSync(join(root, 'scripts/package-office.ts'), 'utf8')
    expect(script).toContain("'build', '--outDir', resolve(BUILT_APP)]")
    expect(script).toContain('officeBuilderConfig(values.preset, testBuild, BUILT_APP)')
  })

  it('a --test-build packages without any signing secret, whatever the shell holds; a release keeps them', () => {
    const shell = Object.fromEntries(signingVariables.map((name) => [name, `secret-${name}`]))
    const test = packagingEnvironment({ ...shell, PATH: '/usr/bin' }, true)
    for (const name of signingVariables) expect(test[name]).toBeUndefined()
    expect(test).toMatchObject({ PATH: '/usr/bin', CSC_IDENTITY_AUTO_DISCOVERY: 'false', DESK_BUILD: 'test' })
    expect(packagingEnvironment(shell, false)).toEqual({ ...shell, DESK_BUILD: 'release' })
    expect(readFileSync(join(root, 'scripts/package-office.ts'), 'utf8')).toContain('process.env = packagingEnvironment(process.env, testBuild)')
  })
})

describe('the release bundle run as a renamed copy ("not packaged" to Electron)', () => {
  const argv = process.argv
  const exits: (number | undefined)[] = []
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load
  beforeAll(async () => {
    ;(Module as unknown as { _load: typeof load })._load = function (request: string, ...rest: unknown[]) {
      return request === 'electron' ? electronMock : load.call(this, request, ...rest)
    }
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => void exits.push(code)) as typeof process.exit)
    vi.spyOn(console, 'error').mockImplementation(() => {})
    mkdirSync(join(fake.app.getAppPath(), 'office'), { recursive: true })
    writeFileSync(
      join(fake.app.getAppPath(), 'office', 'office.json'),
      JSON.stringify({ platform: { mode: 'sandbox' }, office: { code: 'HK-01', name: 'Central branch' }, registration: { agentCodeEnabled: true } }),
    )
    fake.app.isPackaged = false
    process.argv = ['C:\\Users\\branch\\desk\\electron.exe', '--remote-debugging-port=9222']
    Object.assign(process.env, {
      DESK_API_URL: 'http://127.0.0.1:9/api',
      DESK_COMPANY_ID: '880012',
      DESK_CAMPAIGN_DEFAULTS: 'agent=CLERK-7',
      DESK_TEST_PRINT_DIR: join(built, 'prints'),
      DESK_USER_DATA_DIR: join(built, 'elsewhere'),
      ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/',
    })
    Module.createRequire(import.meta.url)(bundleOf('release'))
    fake.app.readyResolve()
    await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBeGreaterThan(0), { timeout: 10_000 })
  }, 30_000)
  afterAll(() => {
    ;(Module as unknown as { _load: typeof load })._load = load
    process.argv = argv
    for (const k of ['DESK_API_URL', 'DESK_COMPANY_ID', 'DESK_CAMPAIGN_DEFAULTS', 'DESK_TEST_PRINT_DIR', 'DESK_USER_DATA_DIR', 'ELECTRON_RENDERER_URL']) delete process.env[k]
    vi.restoreAllMocks()
  })

  it('exits on the switch, and keeps DevTools, Reload and the dev server out', () => {
    expect(exits).toEqual([1])
    const win = FakeBrowserWindow.instances[0]!
    expect(win.options.webPreferences.devTools).toBe(false)
    expect(JSON.stringify(fake.appMenu)).not.toMatch(/toggleDevTools|"reload"/)
    expect(win.loaded).toEqual({ url: 'app://desk/index.html' })
  })

  it('ignores the environment: the preset\'s platform and campaign, its own data folder, the print dialog not a folder', async () => {
    expect(fake.app.setPath).not.toHaveBeenCalledWith('userData', expect.anything())
    const info = (await fake.handled.get('desk:app:info')!(ourWindowEvent(), undefined)) as { value: Record<string, unknown> }
    expect(JSON.stringify(info.value)).toContain('HK-01')
    expect(JSON.stringify(info.value)).not.toContain('127.0.0.1:9')
    const campaign = (await fake.handled.get('desk:campaign:get')!(ourWindowEvent(), undefined)) as { value: unknown }
    expect(JSON.stringify(campaign.value)).not.toContain('CLERK-7')
  })
})
