import { describe, expect, it } from 'vitest'
import { configFromEnv, defaultConfig, type DeskConfig } from '../../electron/main/config'
import { testServices } from '../support/services'

/**
 * What the next customer and the next clerk inherit at a shared desk: nothing of the previous customer, and the
 * office's campaign. Packaged-style configuration (the environment ignored), staff mode on, the real services against
 * the embedded sandbox. The red team: a register or a code still on its way when the desk moved on ("next customer",
 * "end shift", the idle clear) came back as the next customer's result, slip and send ticket, journaled under the next
 * clerk; and one clerk's "Clear" dropped the office's agent code for every later shift.
 */
const printed = async () => ({ printed: true as const, cancelled: false })

async function desk(extra: Partial<DeskConfig> = {}, printPage?: typeof printed) {
  const base = configFromEnv({}, false)
  if (!base.ok) throw new Error('config')
  const config = { ok: true as const, config: { ...base.config, staff: { ...defaultConfig.staff, enabled: true }, ...extra } }
  return (await testServices({ config, ...(printPage ? { printPage } : {}) })).services
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('a register still on its way when the desk moves on', () => {
  for (const shiftChange of [false, true]) {
    it(`is journaled under who submitted it, but is not the next customer's result, slip or ticket${shiftChange ? ' (a new shift)' : ''}`, async () => {
      const services = await desk({}, printed)
      try {
        const h = services.handlers
        await h['desk:staff:start']('alice')
        const login = { method: 'email' as const, email: `walk.in.${Date.now()}.${shiftChange}@example.com` }
        expect((await h['desk:registration:send-code']({ login, country: 'CN' })).ok).toBe(true)
        const code = services.sandbox!.latestCode(login.email)!
        services.sandbox!.faults.arm('register', { mode: 'delay', count: 1, delayMs: 1500 })
        const inFlight = h['desk:registration:submit']({ formId: crypto.randomUUID(), login, country: 'CN', verifyCode: code, openAccountType: 0 })
        await settle(200)
        await h['desk:registration:next-customer'](undefined as never)
        if (shiftChange) {
          await h['desk:staff:end'](undefined as never)
          await h['desk:staff:start']('bob')
        }
        const late = await inFlight
        // the platform did create the customer: the journal has them, credited to alice
        const entry = services.journal.day().entries.at(-1)
        expect(entry).toMatchObject({ staffId: 'alice' })
        expect(services.sandbox!.platform.state.data.customers.some((c) => c.customerNo === entry?.customerNo)).toBe(true)
        // the window gets a calm word, never the outcome: the customer number for alice, nothing across a shift
        expect(late).toEqual({
          ok: false,
          error: expect.objectContaining({ kind: 'state', code: 'PREVIOUS_CUSTOMER_REGISTERED', params: shiftChange ? [] : [entry!.customerNo] }),
        })
        expect(JSON.stringify(late)).not.toContain(login.email)
        // a reloaded window shows nothing of them; their slip cannot be printed; no ticket, the desk is free
        expect(await h['desk:registration:resume'](undefined as never)).toEqual({ ok: true, value: null })
        expect((await h['desk:registration:print-slip']({ trace: entry!.trace })).ok).toBe(false)
        expect(services.customer.present()).toBe(false)
      } finally {
        await services.close()
      }
    })
  }

  // the red team, round three: a window reloaded (crash, hang, Ctrl+R) while the previous customer's register was still
  // on its way got that request's answer (a refusal: shown on the next customer's empty form) and waited on it
  it('a window reloaded after "next customer" while the previous register is on its way: nothing of it, and no wait', async () => {
    const services = await desk()
    try {
      const h = services.handlers
      await h['desk:staff:start']('alice')
      const login = { method: 'email' as const, email: `prev.${Date.now()}@example.com` }
      expect((await h['desk:registration:send-code']({ login, country: 'CN' })).ok).toBe(true)
      services.sandbox!.faults.arm('register', { mode: 'delay', count: 1, delayMs: 1500 })
      // a wrong code: the platform will refuse it, after the desk has moved on
      const inFlight = h['desk:registration:submit']({ formId: crypto.randomUUID(), login, country: 'CN', verifyCode: '000000', openAccountType: 0 })
      await settle(200)
      await h['desk:registration:next-customer'](undefined as never)
      let resumedFirst = false
      const resumed = h['desk:registration:resume'](undefined as never).then((r) => ((resumedFirst = true), r))
      const late = await inFlight
      expect(await resumed).toEqual({ ok: true, value: null })
      // answered at once, not after the previous customer's request
      expect(resumedFirst).toBe(true)
      expect(late.ok).toBe(false)
    } finally {
      await services.close()
    }
  })

  it('a code still on its way: its send ticket does not outlive "next customer"', async () => {
    const services = await desk()
    try {
      const h = services.handlers
      await h['desk:staff:start']('alice')
      const login = { method: 'email' as const, email: `left.early.${Date.now()}@example.com` }
      services.sandbox!.faults.arm('sendCode', { mode: 'delay', count: 1, delayMs: 1200 })
      const sending = h['desk:registration:send-code']({ login, country: 'CN' })
      await settle(200)
      await h['desk:registration:next-customer'](undefined as never)
      expect((await sending).ok).toBe(true)
      const status = await h['desk:registration:code-status']({ login })
      expect(status).toMatchObject({ ok: true, value: { codeSent: false, resendAfterSeconds: 0 } })
      expect(services.customer.present()).toBe(false) // else "busy" for 15 minutes: no restart for an update
    } finally {
      await services.close()
    }
  })

  it('a register that answers before "next customer" is still the customer\'s own: result, slip, journal', async () => {
    const services = await desk({}, printed)
    try {
      const h = services.handlers
      await h['desk:staff:start']('alice')
      const login = { method: 'email' as const, email: `on.time.${Date.now()}@example.com` }
      await h['desk:registration:send-code']({ login, country: 'CN' })
      const code = services.sandbox!.latestCode(login.email)!
      const result = await h['desk:registration:submit']({ formId: crypto.randomUUID(), login, country: 'CN', verifyCode: code, openAccountType: 0 })
      expect(result).toMatchObject({ ok: true, value: { status: 'registered', loginName: login.email } })
      expect(await h['desk:registration:resume'](undefined as never)).toEqual(result)
      expect((await h['desk:registration:print-slip']({ trace: result.ok ? result.value.trace : '' })).ok).toBe(true)
      expect(services.journal.day().entries.at(-1)).toMatchObject({ staffId: 'alice' })
    } finally {
      await services.close()
    }
  })
})

describe('the office\'s campaign at a shared desk', () => {
  for (const change of ['clear', 'utm-only'] as const) {
    it(`comes back for the next clerk after one clerk's ${change === 'clear' ? '"Clear"' : 'UTM-only entry'}`, async () => {
      const office = { utmSource: 'branch-sh01', agentCode: 'OFFICE-1' }
      const services = await desk({ officeCampaign: office })
      try {
        const h = services.handlers
        await h['desk:staff:start']('alice')
        if (change === 'clear') await h['desk:campaign:clear'](undefined as never)
        else await h['desk:campaign:set']({ values: { utmSource: 'walk-in' }, origin: 'manual' })
        await h['desk:registration:next-customer'](undefined as never)
        // within alice's shift her choice stands
        const during = await h['desk:campaign:get'](undefined as never)
        expect(during.ok && during.value.values).toEqual(change === 'clear' ? {} : { utmSource: 'walk-in' })
        await h['desk:staff:end'](undefined as never)
        await h['desk:staff:start']('bob')
        expect(await h['desk:campaign:get'](undefined as never)).toEqual({ ok: true, value: { values: office, origin: 'office' } })
      } finally {
        await services.close()
      }
    })
  }
})
