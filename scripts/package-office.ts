import { build, Platform, type Configuration } from 'electron-builder'
import { execFileSync } from 'node:child_process'
import { load } from 'js-yaml'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { updatePolicyOf } from '../electron/main/config'
import { readShipped } from '../electron/main/office/resolve'
import { exposureRefusal, feedPinRefusal } from '../electron/main/network/exposure'
import { TEST_BUILD_MARKER } from '../electron/main/test-seams'
import { publisherTooWeak } from '../electron/main/updates/publisher-check'
import { electronDownloadFailed, electronZipFolder } from './electron-zip'
import { snapshotFolder, staleFeedRefusal } from './feed-files'
import { releaseSigning, signFeedFolder, signingNotice } from './sign-release'

/** The repository's electron-builder.yml as an object, so the packaging test builds with exactly that config. */
export function builderConfig(): Configuration {
  return load(readFileSync(resolve(__dirname, '../electron-builder.yml'), 'utf8')) as Configuration
}

/**
 * The electron-builder config for one office (or one broker's build for traders: per-user NSIS, below):
 * electron-builder.yml, plus its update feed from the preset. With a
 * policy other than off electron-builder writes app-update.yml beside app.asar (the feed, the updater's cache folder and,
 * for a signed Windows build, the publisher the updater checks installers against) and the feed files beside the
 * installers: latest.yml (Windows), latest-mac.yml (macOS) or beta*.yml, and .blockmap files. With updates off there is
 * no publish config at all, so the app has no feed to ask.
 */
export function officeBuilderConfig(presetFile: string, testBuild = false, builtApp = 'out'): Configuration {
  const base = withBuiltApp(builderConfig(), builtApp)
  const read = readShipped(presetFile)
  const values = read.ok ? read.values : {}
  const publish: Configuration['publish'] =
    updatePolicyOf(values) !== 'off' && values.updateFeedUrl
      ? [{ provider: 'generic', url: values.updateFeedUrl, channel: values.updateChannel === 'beta' ? 'beta' : 'latest' }]
      : null
  const config = values.audience === 'self' ? { ...base, nsis: { ...base.nsis, ...perUserNsis } } : base
  return testBuild
    ? { ...config, publish, forceCodeSigning: false, mac: { ...config.mac, notarize: false } }
    : { ...config, publish }
}

/**
 * Where the packaged app's out/ comes from: package:office builds its release (or test) bundle into a folder of its
 * own (BUILT_APP), so the development build in out/ that the test tiers use is never replaced by an office's bundle.
 */
export const BUILT_APP = 'build/app/out'

function withBuiltApp(config: Configuration, builtApp: string): Configuration {
  if (builtApp === 'out') return config
  const files = (config.files as (string | Record<string, unknown>)[]).map((f) => (f === 'out/**' ? { from: builtApp, to: 'out', filter: ['**/*'] } : f))
  return { ...config, files } as Configuration
}

/**
 * A build for traders (preset `audience: "self"`) installs like consumer software: one click, for the current user
 * only, into their own programs folder (%LOCALAPPDATA%\Programs), with no admin rights to install or to update (its
 * releases carry no isAdminRightsRequired, so electron-updater starts the installer without elevate.exe). The macOS
 * targets are the office's: DMG + zip. The preset still ships inside app.asar, signed or refused like an office build.
 */
export const perUserNsis = {
  oneClick: true,
  perMachine: false,
  allowElevation: false,
  allowToChangeInstallationDirectory: false,
  runAfterFinish: true,
} as const

/**
 * What ships inside app.asar under office/: the preset, and for a test build only the marker that lets the installed
 * app run the smoke journey (electron/main/test-seams.ts). A release build removes a marker left by an earlier test build.
 * `testReleaseKey`: a test build's throwaway release key, put in the staged preset's updates.releaseKey (a release
 * build ships its preset byte for byte).
 */
export function stageOffice(presetFile: string, testBuild: boolean, dir = 'build/office', testReleaseKey?: string): void {
  mkdirSync(dir, { recursive: true })
  if (testBuild && testReleaseKey) {
    const preset = JSON.parse(readFileSync(presetFile, 'utf8')) as { updates?: Record<string, unknown> }
    writeFileSync(join(dir, 'office.json'), `${JSON.stringify({ ...preset, updates: { ...preset.updates, releaseKey: testReleaseKey } }, null, 2)}\n`)
  } else copyFileSync(presetFile, join(dir, 'office.json'))
  const marker = join(dir, TEST_BUILD_MARKER)
  if (testBuild) writeFileSync(marker, JSON.stringify({ testBuild: true, note: 'unsigned test build: not for offices' }))
  else rmSync(marker, { force: true })
}

/**
 * Validates an office.json; throws a message naming the field when it is not usable, when an office build would let
 * a clerk read platform traffic (network/exposure.ts) or when a Windows build that updates itself names no publisher.
 */
export function validatePreset(file: string, platforms: string[] = []): void {
  if (!existsSync(file)) throw new Error(`${file} does not exist`)
  // exactly the check the app makes at start (settings table, https only, no example PIN)
  const read = readShipped(file)
  if (!read.ok) throw new Error(`${file}: ${read.problem.field.replace(/^office\.json \(installer\):? ?/, '') || '(root)'} ${read.problem.message}`)
  const exposed = exposureRefusal(read.values) ?? feedPinRefusal(read.values)
  if (exposed) throw new Error(`${file}: ${exposed}`)
  if (platforms.includes('windows') && updatePolicyOf(read.values) !== 'off' && !read.values.updatePublisher) {
    throw new Error(
      `${file}: a Windows build that updates itself needs updates.publisher: the signing certificate's full subject as Windows shows it and/or its SHA-256 thumbprints (docs/security.md)`,
    )
  }
  const weak = platforms.includes('windows') && updatePolicyOf(read.values) !== 'off' ? publisherTooWeak(read.values.updatePublisher, read.values.audience) : undefined
  if (weak) throw new Error(`${file}: ${weak} (docs/security.md)`)
}

type Env = Record<string, string | undefined>

/**
 * Release installers are signed (Windows: Authenticode; macOS: Developer ID and notarisation), or not built at all.
 * The secrets come from the environment, as electron-builder reads them: CSC_LINK / CSC_KEY_PASSWORD (or WIN_CSC_LINK
 * / WIN_CSC_KEY_PASSWORD for Windows), and for notarisation APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER.
 * Returns what is missing, per platform; empty when a release build may start.
 */
export function signingProblems(platforms: string[], env: Env): string[] {
  const problems: string[] = []
  if (platforms.includes('windows') && !(env.WIN_CSC_LINK || env.CSC_LINK)) {
    problems.push('Windows: no code-signing certificate (set WIN_CSC_LINK or CSC_LINK, and its *_KEY_PASSWORD)')
  }
  if (platforms.includes('mac')) {
    if (!env.CSC_LINK && !env.CSC_NAME) problems.push('macOS: no Developer ID certificate (set CSC_LINK and CSC_KEY_PASSWORD, or CSC_NAME)')
    if (!(env.APPLE_API_KEY && env.APPLE_API_KEY_ID && env.APPLE_API_ISSUER)) {
      problems.push('macOS: no notarisation credentials (set APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER)')
    }
  }
  return problems
}

/**
 * Every variable electron-builder signs or notarises with. A test build drops them all (and turns off the keychain's
 * identity discovery), so a shell holding the broker's secrets still makes an UNSIGNED test installer: a signed one
 * carrying the test-build marker (and its self-driving smoke journey) would pass for a release.
 */
export const signingVariables = [
  'CSC_LINK', 'CSC_KEY_PASSWORD', 'CSC_NAME', 'WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD', 'CSC_INSTALLER_LINK', 'CSC_INSTALLER_KEY_PASSWORD',
  'APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID', 'APPLE_KEYCHAIN', 'APPLE_KEYCHAIN_PROFILE',
] as const

/**
 * The environment package:office builds and packages with: the main bundle's kind (electron/main/build-kind.ts:
 * release, or test for --test-build), and for a test build no signing secrets at all, the broker's release key
 * included (releaseSigning gives a test build a throwaway key; nothing after it may find the real one).
 */
export function packagingEnvironment(env: Env, testBuild: boolean): Env {
  const out: Env = { ...env, DESK_BUILD: testBuild ? 'test' : 'release' }
  if (!testBuild) return out
  for (const name of [...signingVariables, 'DESK_RELEASE_KEY_FILE']) delete out[name]
  return { ...out, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }
}

/**
 * What is wrong with a built main bundle for an office's installer, or undefined: it must be of the kind asked for
 * (build-kind.ts folded to a constant) and read no DESK_* variable, no dev server and, in a release, no test seam.
 */
export function bundleProblem(mainBundle: string, kind: 'release' | 'test'): string | undefined {
  if (!/officeRulesHold = \([^)]*\) => true;/.test(mainBundle)) return `the main bundle is not a ${kind} build (DESK_BUILD=${kind} electron-vite build)`
  const development = ['DESK_OFFICE_FILE', 'DESK_USER_DATA_DIR', 'ELECTRON_RENDERER_URL', 'DESK_TEST_PRINT_DIR', 'DESK_TEST_UPDATES', ...(kind === 'release' ? ['DESK_SMOKE_OUT'] : [])]
  const found = development.find((name) => mainBundle.includes(name))
  return found ? `the main bundle still reads ${found}` : undefined
}

/** What packaging needs, said before it starts (electron-builder's own failures come late and are cryptic). */
export function packagingNeeds(platforms: string[], testBuild: boolean): string {
  const lines = [
    `Packaging ${platforms.join(' + ')} installers${testBuild ? ' (TEST BUILD: unsigned, not for offices)' : ''} needs:`,
    `- the app, built here as a ${testBuild ? 'test' : 'release'} bundle into ${BUILT_APP} (electron-vite build; out/ stays the development build);`,
    '- the Electron zip for each target: electron-builder downloads it into its cache (internet or ELECTRON_MIRROR once),',
    '  or DESK_ELECTRON_ZIPS names a folder holding it (electron-v<version>-<platform>-<arch>.zip);',
  ]
  if (platforms.includes('windows')) lines.push('- for Windows: NSIS (bundled by electron-builder, downloaded once); on Linux or macOS also wine, to edit the .exe resources;')
  if (platforms.includes('mac')) lines.push('- for macOS: a Mac (DMG tooling, signing and notarisation run only there);')
  if (platforms.includes('linux')) lines.push('- Linux gives an unpacked folder (dist/linux-unpacked) for trying the app out, not an installer;')
  if (!testBuild && platforms.some((p) => p === 'windows' || p === 'mac')) lines.push('- the signing secrets in the environment (see signingProblems in scripts/package-office.ts);')
  return lines.join('\n')
}

/**
 * `npm run package:office -- --preset path/to/office.json [--win] [--mac] [--linux] [--dir] [--test-build]`: validates
 * the preset, ships it inside app.asar, and builds that office's installers (run `npm run build` first).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      preset: { type: 'string' },
      win: { type: 'boolean' },
      mac: { type: 'boolean' },
      linux: { type: 'boolean' },
      dir: { type: 'boolean' },
      'test-build': { type: 'boolean', default: false },
      'release-key': { type: 'string' },
    },
  })
  if (!values.preset) {
    console.error('Usage: npm run package:office -- --preset path/to/office.json [--win|--mac|--linux] [--dir] [--release-key <file>] [--test-build]')
    process.exit(2)
  }
  const platforms = [values.win && Platform.WINDOWS, values.mac && Platform.MAC, values.linux && Platform.LINUX].filter(Boolean) as Platform[]
  const chosen = platforms.length ? platforms : [Platform.current()]
  const testBuild = values['test-build'] ?? false
  console.log(packagingNeeds(chosen.map((p) => p.name), testBuild))
  try {
    validatePreset(values.preset, chosen.map((p) => p.name))
  } catch (error) {
    console.error(`The preset is not usable: ${(error as Error).message}`)
    process.exit(1)
  }
  const unsigned = signingProblems(chosen.map((p) => p.name), process.env)
  if (unsigned.length && !testBuild) {
    console.error(['Refusing to build unsigned release installers:', ...unsigned.map((p) => `- ${p}`), 'For a test build say --test-build.'].join('\n'))
    process.exit(1)
  }
  // the feed files are signed with the broker's release key (scripts/sign-release.ts): never logged, never staged
  const preset = readShipped(values.preset)
  const presetValues = preset.ok ? preset.values : {}
  const signing = releaseSigning(presetValues, { keyFile: values['release-key'] ?? process.env.DESK_RELEASE_KEY_FILE, testBuild, updatesOn: updatePolicyOf(presetValues) !== 'off' })
  if (signing.refusal) {
    console.error(`Refusing to package: ${signing.refusal}.`)
    process.exit(1)
  }
  const notice = signingNotice(signing)
  if (notice) console.log(notice)
  // a feed file is signed once, by the run that wrote it: another run's files in the output folder stop this one
  const output = builderConfig().directories?.output ?? 'dist'
  const stale = signing.key ? staleFeedRefusal(output) : undefined
  if (stale) {
    console.error(`Refusing to package: ${stale}.`)
    process.exit(1)
  }
  const before = snapshotFolder(output)
  // from here on electron-builder and the bundler see this environment only (no signing secrets in a test build)
  process.env = packagingEnvironment(process.env, testBuild)
  // the main bundle is built here, as a release (or test) bundle: its office rules do not depend on the executable's name
  rmSync(BUILT_APP, { recursive: true, force: true })
  try {
    execFileSync(process.execPath, [resolve(__dirname, '../node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', resolve(BUILT_APP)], { stdio: 'pipe', env: process.env })
  } catch (error) {
    console.error(`The app did not build:\n${String((error as { stderr?: Buffer }).stderr ?? error)}`)
    process.exit(1)
  }
  const wrong = bundleProblem(readFileSync(join(BUILT_APP, 'main/index.js'), 'utf8'), testBuild ? 'test' : 'release')
  if (wrong) {
    console.error(`Refusing to package: ${wrong}.`)
    process.exit(1)
  }
  const targets = chosen.map((p) => ({ platform: p.nodeName, arch: process.arch }))
  const zips = electronZipFolder(process.env, targets)
  if (!zips.ok) {
    console.error(zips.sentence)
    process.exit(1)
  }
  stageOffice(values.preset, testBuild, 'build/office', signing.key && testBuild ? signing.publicKey : undefined)
  const config = { ...officeBuilderConfig(values.preset, testBuild, BUILT_APP), ...(zips.folder ? { electronDist: zips.folder } : {}) }
  // electron-builder's downloader throws the offline failure outside any promise we hold: one sentence either way
  const stop = (error: unknown) => {
    console.error(electronDownloadFailed(error, targets) ?? error)
    process.exit(1)
  }
  process.once('uncaughtException', stop)
  // the feed files are written beside the installers; nothing is uploaded (IT copies them to the office's server)
  for (const p of chosen) await build({ targets: p.createTarget(values.dir ? 'dir' : undefined), config, publish: 'never' }).catch(stop)
  const perUser = config.nsis?.perMachine === false
  console.log(`Installers for ${values.preset} are in dist/${perUser ? ' (per-user: for traders, no admin rights)' : ''}${testBuild ? ' (TEST BUILD: unsigned)' : ''}`)
  if (chosen.includes(Platform.LINUX)) console.log('Linux: dist/linux-unpacked is the app as a folder (run "dist/linux-unpacked/registration-desk"), not an installer.')
  if (config.publish && signing.key) {
    let signed: string[]
    try {
      signed = signFeedFolder(output, presetValues, signing.key, { before, platforms: chosen.map((p) => p.nodeName).filter((p) => p === 'win32' || p === 'darwin') })
    } catch (error) {
      console.error(`The feed files were not signed: ${(error as Error).message}.`)
      process.exit(1)
    }
    console.log(`Release manifest signed into ${signed.join(', ') || 'no feed file (none was written)'} for ${presetValues.office?.code ?? 'a build without an office'} (${presetValues.audience ?? 'desk'}, ${presetValues.updateChannel ?? 'stable'}).`)
    console.log('Update feed: copy latest.yml / latest-mac.yml and the .blockmap files with the installers to the feed folder (README).')
  }
}

if (process.argv[1]?.endsWith('package-office.ts')) void main()
