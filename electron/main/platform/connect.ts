import { networkInterfaces } from 'node:os'
import type { Sandbox } from '../../../sandbox/server'
import { SANDBOX_COMPANY_ID, type DeskConfig } from '../config'
import { pickClientAddress } from '../device'
import type { Logger } from '../log'
import { createPlatformClient, type FetchFn, type PlatformClient } from './client'

export interface PlatformConnection {
  client: PlatformClient
  baseUrl: string
  /** the company registrations go to (the preset's, or the embedded sandbox's) */
  companyId: string
  /** the embedded sandbox, when the configuration names no platform */
  sandbox?: Sandbox
}

/**
 * The platform the configuration names, or the embedded sandbox on a random loopback port when it names none (only a
 * practice installation loads the sandbox: an office's start does not).
 */
export async function connectPlatform(
  config: () => DeskConfig,
  options: { fetch: FetchFn; language: () => string; log: Logger; now?: () => number },
): Promise<PlatformConnection> {
  const c = config()
  let sandbox: Sandbox | undefined
  let baseUrl: string
  let companyId: string
  if (c.platform.mode === 'sandbox') {
    const { startSandbox } = await import('../../../sandbox/server')
    sandbox = await startSandbox({ port: 0, formats: c.formats, control: false })
    baseUrl = sandbox.apiUrl
    companyId = SANDBOX_COMPANY_ID
    options.log.info('sandbox.started', { mode: 'embedded', port: Number(new URL(sandbox.url).port) })
  } else {
    baseUrl = c.platform.baseUrl
    companyId = c.platform.companyId
  }
  const client = createPlatformClient({
    fetch: options.fetch,
    baseUrl,
    companyId,
    timeoutMs: c.timeoutMs,
    language: options.language,
    forwardedFor: () => config().forwardedFor ?? pickClientAddress(networkInterfaces()),
    log: options.log,
    now: options.now,
  })
  return { client, baseUrl, companyId, sandbox }
}
