import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { configFromEnv } from '../../../electron/main/config'
import type { PrintOutcome } from '../../../electron/main/handoff/print'
import { printWithDialog } from '../../../electron/main/handoff/print'
import { testServices } from '../../support/services'
import type { Services } from '../../../electron/main/services'
import type { JournalDay } from '@contract/types'

/** today's journal, as the window reads it */
const journalOf = async (services: Services): Promise<JournalDay> => {
  const day = await services.handlers['desk:journal:today'](undefined)
  if (!day.ok) throw new Error(day.error.code)
  return day.value
}

/** Main's real services on the embedded sandbox, with a printer that answers what the test says. */
async function desk(answers: PrintOutcome[]) {
  let prints = 0
  const config = configFromEnv({}, false)
  if (!config.ok) throw new Error('config')
  const withHandoff = { ok: true as const, config: { ...config.config, handoff: { continue: 'https://kyc.broker.example/c?n={customerNumber}&l={lang}&co={companyId}' } } }
  const { services } = await testServices({
    config: withHandoff,
    printPage: async () => {
      prints += 1
      return answers.shift() ?? { printed: true }
    },
  })
  const handlers = services.handlers
  async function register() {
    const login = { method: 'email' as const, email: `slip.${randomUUID().slice(0, 8)}@example.com` }
    const sent = await handlers['desk:registration:send-code']({ login, country: 'CN' })
    if (!sent.ok) throw new Error(sent.error.code)
    const done = await handlers['desk:registration:submit']({ formId: randomUUID(), login, country: 'CN', verifyCode: sent.value.sandboxCode!, openAccountType: 0 })
    if (!done.ok) throw new Error(done.error.code)
    return done.value
  }
  return { services, handlers, register, prints: () => prints }
}

describe('"Print slip" (desk:registration:print-slip)', () => {
  it('prints the registration on screen, records it on its journal entry, and its links were filled in main', async () => {
    const { services, handlers, register, prints } = await desk([{ printed: true }])
    try {
      const outcome = await register()
      expect(outcome.handoff).toEqual({ continue: `https://kyc.broker.example/c?n=${outcome.customerNo}&l=zh-CN&co=1001` })
      expect(outcome.loginMasked).toMatch(/^s\*\*\*@example\.com$/)
      expect(await handlers['desk:registration:print-slip']({ trace: outcome.trace })).toEqual({ ok: true, value: { printed: true, recorded: true } })
      expect(prints()).toBe(1)
      expect((await journalOf(services)).entries).toEqual([expect.objectContaining({ customerNo: outcome.customerNo, slipPrinted: true })])
    } finally {
      await services.close()
    }
  })

  it('a cancelled dialog records nothing; a printer failure is said with its reason', async () => {
    const { services, handlers, register } = await desk([
      { printed: false, cancelled: true, reason: 'Print job canceled' },
      { printed: false, cancelled: false, reason: 'Print job failed' },
    ])
    try {
      const { trace } = await register()
      expect(await handlers['desk:registration:print-slip']({ trace })).toEqual({ ok: true, value: { printed: false, cancelled: true } })
      expect(await handlers['desk:registration:print-slip']({ trace })).toEqual({
        ok: false,
        error: { kind: 'internal', code: 'PRINT_FAILED', message: 'Print job failed' },
      })
      expect((await journalOf(services)).entries[0]).not.toHaveProperty('slipPrinted')
    } finally {
      await services.close()
    }
  })

  it('never for another customer: none on screen yet, another trace, or after "next customer"', async () => {
    const { services, handlers, register, prints } = await desk([])
    try {
      const noResult = { ok: false, error: { kind: 'state', code: 'NO_RESULT', message: 'This registration is no longer on screen' } }
      expect(await handlers['desk:registration:print-slip']({ trace: 'anything' })).toEqual(noResult)
      const first = await register()
      const second = await register()
      expect(await handlers['desk:registration:print-slip']({ trace: first.trace })).toEqual(noResult)
      await handlers['desk:registration:next-customer'](undefined)
      expect(await handlers['desk:registration:print-slip']({ trace: second.trace })).toEqual(noResult)
      expect(prints()).toBe(0)
    } finally {
      await services.close()
    }
  })
})

describe('the system print dialog (main: webContents.print)', () => {
  it('asks with the dialog (not silent) and tells a cancel from a failure', async () => {
    const calls: unknown[] = []
    const contents = (success: boolean, reason: string) => ({
      print: (options: unknown, callback: (success: boolean, reason: string) => void) => {
        calls.push(options)
        callback(success, reason)
      },
    })
    expect(await printWithDialog(contents(true, ''))).toEqual({ printed: true })
    expect(await printWithDialog(contents(false, 'Print job canceled'))).toEqual({ printed: false, cancelled: true, reason: 'Print job canceled' })
    expect(await printWithDialog(contents(false, 'Invalid printer settings'))).toEqual({ printed: false, cancelled: false, reason: 'Invalid printer settings' })
    expect(await printWithDialog(undefined)).toMatchObject({ printed: false, cancelled: false })
    expect(calls).toEqual(Array(3).fill({ silent: false, printBackground: true }))
  })
})
