import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { RegisterForm } from '@contract/ipc/registration'
import type { RegistrationOutcome } from '@contract/types'
import { configFromEnv } from '../../../electron/main/config'
import { createConfigSource } from '../../../electron/main/config-source'
import { createJournal } from '../../../electron/main/journal/journal'
import { createCustomerDesk } from '../../../electron/main/registration/customer'
import type { RegistrationService } from '../../../electron/main/registration/service'
import { createStaffSession } from '../../../electron/main/staff/session'

const draft = {
  formId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  method: 'email' as const,
  country: 'CN',
  email: 'walk.in@example.com',
  phoneArea: '86',
  phone: '',
  openAccountType: 0 as const,
  codeSentTo: 'walk.in@example.com',
}
const form: RegisterForm = { formId: draft.formId, login: { method: 'email', email: 'walk.in@example.com' }, country: 'CN', verifyCode: '123456', openAccountType: 0 }
const outcome: RegistrationOutcome = {
  status: 'registered',
  customerNo: '8000001',
  loginName: 'walk.in@example.com',
  loginMasked: 'w***@example.com',
  method: 'email',
  openAccountType: 0,
  passwordSet: false,
  kycLevels: [],
  message: 'ok',
  trace: 'trace-1',
  registeredAt: Date.parse('2026-11-29T10:00:00Z'),
  campaign: { utmSource: 'spring' },
  handoff: {},
}

function desk() {
  let busy = false
  const registration = { busy: () => busy, nextCustomer: vi.fn() } as unknown as RegistrationService
  const journal = createJournal(mkdtempSync(join(tmpdir(), 'desk-customer-')), { now: () => new Date(outcome.registeredAt) })
  const staff = createStaffSession()
  const hooks = { customerDone: vi.fn(), rememberLogin: vi.fn(), changed: vi.fn(), notSaved: () => [] }
  const slip = { registered: vi.fn(), forget: vi.fn() }
  const customer = createCustomerDesk({ config: createConfigSource(configFromEnv({}, false)), registration: () => registration, journal, slip, staff, ...hooks })
  return { customer, registration, journal, staff, hooks, slip, setBusy: (next: boolean) => void (busy = next) }
}

describe('the customer at the desk', () => {
  it('keeps the form in progress until "next customer" (or until the window clears it)', () => {
    const { customer } = desk()
    expect(customer.loadDraft()).toBeNull()
    customer.saveDraft(draft)
    expect(customer.loadDraft()).toEqual(draft)
    customer.saveDraft(null)
    expect(customer.loadDraft()).toBeNull()
    customer.saveDraft(draft)
    customer.next()
    expect(customer.loadDraft()).toBeNull()
  })

  it('is present while the window says so, or while main has a register on its way', () => {
    const { customer, hooks, setBusy } = desk()
    expect(customer.present()).toBe(false)
    customer.setPresence(true)
    expect(customer.present()).toBe(true)
    expect(hooks.changed).toHaveBeenCalledTimes(1)
    customer.setPresence(false)
    setBusy(true)
    expect(customer.present()).toBe(true)
    setBusy(false)
    expect(customer.present()).toBe(false)
  })

  it('registered: one journal line stamped with the clerk, the campaign served, the login remembered', () => {
    const { customer, journal, staff, hooks } = desk()
    staff.start('E1024')
    customer.registered(outcome, form, { by: customer.submittedBy(), late: false })
    const { entries } = journal.day()
    expect(entries).toHaveLength(1)
    const [entry] = entries
    expect(entry).toMatchObject({ customerNo: '8000001', login: 'w***@example.com', staffId: 'E1024', trace: 'trace-1' })
    expect(hooks.customerDone).toHaveBeenCalledTimes(1)
    expect(hooks.rememberLogin).toHaveBeenCalledWith(form.login)
  })

  it('"next customer" forgets them: send tickets, draft, presence and a one-customer campaign; an update may then show', () => {
    const { customer, registration, hooks } = desk()
    customer.saveDraft(draft)
    customer.setPresence(true)
    customer.next()
    expect(registration.nextCustomer).toHaveBeenCalledTimes(1)
    expect(hooks.customerDone).toHaveBeenCalledTimes(1)
    expect(customer.present()).toBe(false)
    expect(customer.loadDraft()).toBeNull()
    expect(hooks.changed).toHaveBeenCalledTimes(2)
  })

  it('registered after "next customer": journaled under who submitted it, no slip armed, no campaign of the next customer ended', async () => {
    const { customer, journal, staff, hooks, slip } = desk()
    await staff.start('alice')
    const by = customer.submittedBy()
    await staff.end()
    await staff.start('bob')
    customer.registered(outcome, form, { by, late: true })
    expect(journal.day().entries.at(-1)).toMatchObject({ customerNo: '8000001', staffId: 'alice' })
    expect(slip.registered).not.toHaveBeenCalled()
    expect(hooks.customerDone).not.toHaveBeenCalled()
    expect(hooks.rememberLogin).not.toHaveBeenCalled()
  })
})
