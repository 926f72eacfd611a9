import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { configFromEnv, type ConfigResult } from '../../../electron/main/config'
import { deskOnlyChannels } from '../../../electron/main/audience/refuse'
import { createDispatcher, type SenderInfo } from '../../../electron/main/dispatch'
import { resolveConfig } from '../../../electron/main/office/resolve'
import type { Services } from '../../../electron/main/services'
import { testServices } from '../../support/services'
import { TEST_SETTINGS_PIN } from '../../support/office-pin'
import { csvLabels } from '../../support/csv-labels'

const root = resolve(__dirname, '../../..')
const retail = JSON.parse(readFileSync(join(root, 'resources/presets/retail.example.json'), 'utf8')) as Record<string, unknown>
const dir = () => mkdtempSync(join(tmpdir(), 'retail-'))
/** a packaged build with this preset inside app.asar: the environment is ignored, as on a trader's PC */
function packaged(preset: unknown, env: Record<string, string> = {}): ConfigResult {
  const folder = dir()
  const shippedFile = join(folder, 'office.json')
  writeFileSync(shippedFile, JSON.stringify(preset))
  return resolveConfig({ userFile: join(folder, 'office-settings.json'), shippedFile }, env, true)
}

const trusted: SenderInfo = { url: 'file:///app/out/renderer/index.html', isMainFrame: true, fromOurWindow: true }
const isTrusted = (s: SenderInfo) => s.fromOurWindow && s.isMainFrame && s.url.startsWith('file:///app/')

const running: Services[] = []
afterEach(async () => {
  for (const s of running.splice(0)) await s.close()
})

describe('a build for traders (preset audience "self"), packaged-style', () => {
  it('the example retail preset is usable: audience self, its platform, no staff mode, no settings screen', () => {
    const result = packaged(retail)
    expect(result).toMatchObject({ ok: true, config: { audience: 'self', platform: { mode: 'remote' }, staff: { enabled: false }, selfLoginUrl: 'https://www.broker.example/login' } })
  })

  it('a trader\'s registration names the login page with the hand-off links, and keeps no journal', async () => {
    const config = packaged({ ...retail, platform: { mode: 'sandbox' } })
    const { services, userDataDir } = await testServices({ config })
    running.push(services)
    const login = { method: 'email' as const, email: `j${randomUUID().slice(0, 8)}@example.com` }
    const sent = await services.registration!.sendCode(login, 'HK')
    const code = (sent as { value: { sandboxCode: string } }).value.sandboxCode
    const done = await services.registration!.register({ formId: randomUUID(), login, country: 'HK', verifyCode: code, openAccountType: 0 })
    expect(done).toMatchObject({ ok: true, value: { loginUrl: 'https://www.broker.example/login', handoff: { continue: expect.stringMatching(/^https:\/\/kyc\.broker\.example\/continue\?customer=\d+&lang=/) } } })
    expect(existsSync(join(userDataDir, 'journal')) ? readdirSync(join(userDataDir, 'journal')) : []).toEqual([])
  })

  it('never starts the practice sandbox unless the preset says so; the environment cannot stand in for it', async () => {
    const { platform: _platform, ...noPlatform } = retail
    const env = { DESK_API_URL: 'http://127.0.0.1:4100/api', DESK_COMPANY_ID: '1', DESK_AUDIENCE: 'desk' }
    const missing = packaged(noPlatform, env)
    expect(missing).toMatchObject({ ok: false, problem: { field: 'office.json (installer): platform', code: 'REQUIRED' } })
    const refused = await testServices({ config: missing, facts: { version: '0.1.0', platform: 'win32', packaged: true } })
    running.push(refused.services)
    expect(refused.services.sandbox).toBeUndefined()
    expect(refused.services.registration).toBeUndefined()

    const remote = await testServices({ config: packaged(retail, env), facts: { version: '0.1.0', platform: 'win32', packaged: true } })
    running.push(remote.services)
    expect(remote.services.sandbox).toBeUndefined()

    const practice = await testServices({ config: packaged({ ...retail, platform: { mode: 'sandbox' } }) })
    running.push(practice.services)
    expect(practice.services.sandbox).toBeDefined()
    expect(practice.services.app.info()).toMatchObject({ audience: 'self', sandbox: true })
  })

  it('refuses what only a shared desk has: staff mode and the office PIN, naming the field', () => {
    expect(packaged({ ...retail, staffMode: { enabled: true } })).toMatchObject({
      ok: false,
      problem: { field: 'office.json (installer): staffMode.enabled', code: 'SELF_CONFLICT' },
    })
    expect(packaged({ ...retail, settingsPin: TEST_SETTINGS_PIN })).toMatchObject({
      ok: false,
      problem: { field: 'office.json (installer): settingsPin', code: 'SELF_CONFLICT' },
    })
  })

  it('every link of the preset leads to a host on its allow-list, over https, with known placeholders only', () => {
    const handoff = retail.handoff as Record<string, string>
    expect(packaged({ ...retail, links: { allowList: ['www.broker.example'] } })).toMatchObject({
      ok: false,
      problem: { field: 'office.json (installer): handoff.continue', code: 'HOST_NOT_ALLOWED' },
    })
    expect(packaged({ ...retail, self: { loginUrl: 'https://evil.example/login' } })).toMatchObject({
      ok: false,
      problem: { field: 'office.json (installer): self.loginUrl', code: 'HOST_NOT_ALLOWED' },
    })
    expect(packaged({ ...retail, self: { loginUrl: 'http://www.broker.example/login' } })).toMatchObject({
      ok: false,
      problem: { field: 'office.json (installer): self.loginUrl', code: 'LINK_HTTPS' },
    })
    expect(packaged({ ...retail, handoff: { ...handoff, setPassword: 'https://www.broker.example/p?login={loginName}' } })).toMatchObject({
      ok: false,
      problem: { field: 'office.json (installer): handoff.setPassword', code: 'PLACEHOLDER_UNKNOWN' },
    })
  })
})

describe('main enforces the audience', () => {
  async function selfServices() {
    const { services, userDataDir } = await testServices({ config: configFromEnv({ DESK_AUDIENCE: 'self' }, false) })
    running.push(services)
    return { services, userDataDir, dispatch: createDispatcher(services.handlers, isTrusted) }
  }
  /** a valid payload for each (as tests/fuzz/ipc-fuzz.test.ts has them): the refusal is the audience's, not the schema's */
  const payloads: Partial<Record<(typeof deskOnlyChannels)[number], unknown>> = {
    'desk:journal:export-csv': csvLabels('en-US'),
    'desk:staff:start': 'E1024',
    'desk:office:unlock': '482913',
    'desk:office:save': { defaultCountry: 'JP', idleMinutes: 5 },
  }

  it('self: the journal, staff, office-settings and next-customer channels answer NOT_FOR_TRADERS, whatever the window asks', async () => {
    const { dispatch, services } = await selfServices()
    expect(services.app.info()).toMatchObject({ audience: 'self', staffMode: { enabled: false }, officeAdminAvailable: false })
    expect(deskOnlyChannels).toHaveLength(10)
    for (const channel of deskOnlyChannels) {
      const answer = await dispatch(channel, trusted, payloads[channel])
      expect(answer, channel).toEqual({ ok: false, error: { kind: 'state', code: 'NOT_FOR_TRADERS', message: 'Not available in a build for traders' } })
    }
  })

  it('desk (the default): the same channels work', async () => {
    const { services } = await testServices()
    running.push(services)
    const dispatch = createDispatcher(services.handlers, isTrusted)
    expect(await dispatch('desk:journal:today', trusted, undefined)).toMatchObject({ ok: true })
    expect(await dispatch('desk:registration:next-customer', trusted, undefined)).toEqual({ ok: true, value: null })
  })

  it('self: the last login name is remembered across a restart (electron-store), and the result leads on', async () => {
    const { services, userDataDir, dispatch } = await selfServices()
    const login = { method: 'email' as const, email: `t${randomUUID().slice(0, 8)}@example.com` }
    const sent = await dispatch('desk:registration:send-code', trusted, { login, country: 'HK' })
    expect(sent.ok).toBe(true)
    const code = (sent as { value: { sandboxCode: string } }).value.sandboxCode
    const done = await dispatch('desk:registration:submit', trusted, { formId: randomUUID(), login, country: 'HK', verifyCode: code, openAccountType: 0 })
    expect(done).toMatchObject({ ok: true, value: { status: 'registered' } })
    // no hand-off and no login page in this configuration: the screen says "keep the number" (renderer)
    expect((done as { value: { handoff: object } }).value.handoff).toEqual({})
    expect((done as { value: object }).value).not.toHaveProperty('loginUrl')
    await services.close()
    const again = await testServices({ config: configFromEnv({ DESK_AUDIENCE: 'self' }, false), userDataDir })
    running.push(again.services)
    expect(again.services.app.lastLogin()).toEqual(login)
  })
})

describe('a broken build for traders', () => {
  it('says so to the trader: the configuration problem carries the audience its preset asked for', async () => {
    const broken = packaged({ ...retail, links: { allowList: [] } })
    expect(broken).toMatchObject({ ok: false, audience: 'self', problem: { code: 'HOST_NOT_ALLOWED' } })
    const { services } = await testServices({ config: broken })
    running.push(services)
    expect(services.app.info()).toMatchObject({ audience: 'self', configProblem: { code: 'HOST_NOT_ALLOWED' } })
    expect(packaged({ platform: { mode: 'remote', baseUrl: 'http://x.example', companyId: '1' } })).not.toHaveProperty('audience')
  })
})
