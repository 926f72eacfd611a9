import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RegisterForm } from '@contract/ipc/registration'
import type { RegistrationOutcome } from '@contract/types'
import type { DeskConfig } from '../../electron/main/config'
import { resolveConfig } from '../../electron/main/office/resolve'
import { createRegistration } from '../../electron/main/registration/compose'
import type { platformHarness } from './platform-harness'

/** The configuration a packaged app runs with from this installer preset: the environment (which says otherwise) ignored. */
export function packagedConfig(preset: object): DeskConfig {
  const folder = mkdtempSync(join(tmpdir(), 'desk-rules-'))
  const shippedFile = join(folder, 'office.json')
  writeFileSync(shippedFile, JSON.stringify(preset))
  // the environment says otherwise: a packaged app must not listen
  const env = { DESK_API_URL: 'http://127.0.0.1:9/api', DESK_COMPANY_ID: '1', DESK_DEFAULT_COUNTRY: 'KP' }
  const result = resolveConfig({ userFile: join(folder, 'office-settings.json'), shippedFile }, env, true)
  if (!result.ok) throw new Error(JSON.stringify(result.problem))
  return result.config
}

/** Main's registration service as composed from that configuration, against the harness's client and sandbox. */
export function packagedRegistration(
  h: Awaited<ReturnType<typeof platformHarness>>,
  config: DeskConfig,
  onRegistered: (outcome: RegistrationOutcome, form: RegisterForm) => void = () => {},
) {
  return createRegistration(() => config, h.client, { platform: 'win32', version: '10.0.22631', arch: 'x64' }, {
    language: () => 'en-US',
    companyId: '1001',
    campaign: () => ({}),
    sandboxCode: async (toUser) => h.sandbox.latestCode(toUser),
    onRegistered: (outcome, form) => {
      onRegistered(outcome, form)
      return [] // nothing left unsaved on this PC
    },
  })
}
