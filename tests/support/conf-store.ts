import Conf from 'conf'
import type { StoreFactory } from '../../electron/main/store'

/**
 * Outside Electron (vitest, the E2E bridge, benches) the settings file is opened with `conf`, the class electron-store
 * extends and the same version it uses: electron-store itself imports `electron`, which outside the app tries to
 * download a binary. Same file, same format; store-robustness.test.ts runs the recovery tests on both.
 */
export const confStore: StoreFactory = (dir) => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'config', projectName: 'registration-desk' })
