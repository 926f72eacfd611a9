import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { configFromEnv, defaultConfig, type ConfigResult, type DeskConfig } from '../../../electron/main/config'
import { testServices } from '../../support/services'

/**
 * The last login is prefilled only where the same person comes back: a trader on their own desktop. A desk (a clerk's
 * PC, staff mode or not) serves one customer after another; the red team found the last customer's full e-mail in
 * config.json of a desk without staff mode, prefilled for the next customer after a restart.
 */
const desk: DeskConfig = { ...defaultConfig, audience: 'desk', staff: { ...defaultConfig.staff, enabled: false } }
const customer = { method: 'email' as const, email: 'carol.customer@example.com' }

async function registerAndRestart(config: ConfigResult) {
  const first = await testServices({ config })
  const h = first.services.handlers
  try {
    const sent = await h['desk:registration:send-code']({ login: customer, country: 'CN' })
    const code = (sent as { value: { sandboxCode?: string } }).value.sandboxCode!
    const done = await h['desk:registration:submit']({ formId: randomUUID(), login: customer, country: 'CN', verifyCode: code, openAccountType: 0, password: 'Secret-123' })
    expect(done).toMatchObject({ ok: true })
  } finally {
    await first.services.close()
  }
  // a desk may write no settings file at all
  const file = join(first.userDataDir, 'config.json')
  const onDisk = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const next = await testServices({ config, userDataDir: first.userDataDir })
  try {
    return { onDisk, prefill: await next.services.handlers['desk:app:last-login'](undefined) }
  } finally {
    await next.services.close()
  }
}

describe('the last login name', () => {
  it('a desk without staff mode keeps no customer\'s login: nothing in config.json, nothing prefilled after a restart', async () => {
    const { onDisk, prefill } = await registerAndRestart({ ok: true, config: desk })
    expect(onDisk, 'the previous customer\'s e-mail must not be kept in the data folder').not.toContain(customer.email)
    expect(prefill).toEqual({ ok: true, value: null })
  })

  it('a trader\'s own PC prefills theirs after a restart', async () => {
    const { onDisk, prefill } = await registerAndRestart(configFromEnv({ DESK_AUDIENCE: 'self' }, false))
    expect(onDisk).toContain(customer.email)
    expect(prefill).toEqual({ ok: true, value: customer })
  })

  it('a desk removes one an older version left in config.json at start; a trader\'s stays', async () => {
    for (const [config, kept] of [[{ ok: true, config: desk }, false], [configFromEnv({ DESK_AUDIENCE: 'self' }, false), true]] as const) {
      const first = await testServices({ config })
      await first.services.close()
      const file = join(first.userDataDir, 'config.json')
      writeFileSync(file, JSON.stringify({ language: 'zh-CN', lastLogin: customer }))
      const next = await testServices({ config, userDataDir: first.userDataDir })
      try {
        expect(readFileSync(file, 'utf8').includes(customer.email), `kept: ${kept}`).toBe(kept)
        expect(next.services.app.lastLogin()).toEqual(kept ? customer : null)
        expect(JSON.parse(readFileSync(file, 'utf8')).language).toBe('zh-CN') // the user's own choice stays
      } finally {
        await next.services.close()
      }
    }
  })

  it('a configuration that cannot be used and does not say whose PC this is counts as a desk', async () => {
    const first = await testServices({ config: { ok: true, config: desk } })
    await first.services.close()
    writeFileSync(join(first.userDataDir, 'config.json'), JSON.stringify({ lastLogin: customer }))
    const broken: ConfigResult = { ok: false, problem: { field: 'office.json (installer): platform.baseUrl', code: 'INVALID_VALUE', message: 'not a URL' } }
    const next = await testServices({ config: broken, userDataDir: first.userDataDir })
    try {
      expect(next.services.app.lastLogin()).toBeNull()
      expect(readFileSync(join(first.userDataDir, 'config.json'), 'utf8')).not.toContain(customer.email)
    } finally {
      await next.services.close()
    }
  })
})
