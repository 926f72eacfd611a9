import { mkdtempSync } from 'node:fs'
import { release, tmpdir } from 'node:os'
import { join } from 'node:path'
import { configFromEnv, type ConfigResult } from '../../electron/main/config'
import { createMemoryLogger } from '../../electron/main/log'
import { createServices, type ServiceOptions } from '../../electron/main/services'
import { confStore } from './conf-store'

/** Main's real services on a temp data folder (with the embedded sandbox unless the config says otherwise). */
export async function testServices(overrides: Partial<ServiceOptions> & { config?: ConfigResult } = {}) {
  const userDataDir = overrides.userDataDir ?? mkdtempSync(join(tmpdir(), 'desk-svc-'))
  const log = createMemoryLogger()
  const services = await createServices({
    facts: { version: '0.1.0', platform: 'linux', packaged: false },
    os: { platform: 'linux', version: release(), arch: process.arch },
    config: configFromEnv({}, false),
    userDataDir,
    openStore: confStore,
    fetch: globalThis.fetch,
    log,
    ...overrides,
  })
  return { services, userDataDir, log }
}
