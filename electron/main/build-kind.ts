/**
 * What kind of bundle this is, decided when it was BUILT, never at run time (docs/security.md, "a renamed copy").
 * Electron's `app.isPackaged` is only the executable's file name (`electron.exe` / `electron` means "not packaged"), so
 * a clerk's copy of the installed app with the executable renamed would pass for a development run: every decision
 * that keeps an office's rules (the environment ignored, the command line screened, DevTools and the test seams off)
 * keys on this instead. `npm run package:office` builds with DESK_BUILD=release (or test, for `--test-build`), which
 * electron.vite.config.ts turns into the constant below; `npm run dev`, `npm run build` and vitest are development.
 * - release: an office's installer. Always "packaged": no DESK_* variable is read, no seam exists, switches exit.
 * - test: the same, plus the installed-app smoke journey when app.asar holds the test-build marker (test-seams.ts).
 * - development: `app.isPackaged` decides, as before (dev, the E2E and real-Electron tiers, the packaging test).
 */
declare const __DESK_BUILD__: string | undefined

export type BuildKind = 'development' | 'test' | 'release'

const defined = typeof __DESK_BUILD__ === 'string' ? __DESK_BUILD__ : undefined

export const BUILD_KIND: BuildKind = defined === 'release' || defined === 'test' ? defined : 'development'

/** Whether the office's rules hold (packaged behaviour): always in a release or test bundle, else as Electron says. */
export const officeRulesHold = (isPackaged: boolean): boolean => BUILD_KIND !== 'development' || isPackaged
