import * as v from 'valibot'
import { login } from '../login-schema'
import { countryCode, draft, type Draft } from '../fields'
import type { CodeStatus, RegistrationOutcome, SendCodeResult, SlipPrintResult, UpdateStatus } from '../types'
import { channel, noArgs, returns, type SpecsFor } from './define'

/** The customer at the desk: a code, the register call, their draft and presence, "next customer" (main/registration/). */
export const registrationChannels = {
  sendCode: 'desk:registration:send-code',
  codeStatus: 'desk:registration:code-status',
  submit: 'desk:registration:submit',
  resume: 'desk:registration:resume',
  nextCustomer: 'desk:registration:next-customer',
  presence: 'desk:registration:presence',
  printSlip: 'desk:registration:print-slip',
  saveDraft: 'desk:registration:save-draft',
  loadDraft: 'desk:registration:load-draft',
} as const

const registerForm = v.strictObject({
  /** one per filled form: retries of the same submission share it, so they share the idempotency key */
  formId: v.pipe(v.string(), v.uuid()),
  login,
  country: countryCode,
  verifyCode: v.pipe(v.string(), v.regex(/^\d{4,8}$/)),
  password: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
  openAccountType: v.picklist([0, 1]),
  /** the version of the account-opening terms the customer accepted (the box ticked); main checks it is the preset's */
  acceptedTerms: v.optional(v.pipe(v.string(), v.regex(/^[\w.-]{1,40}$/))),
  /** only the office's group picker (registration.groups); never the trade types: main takes those from the country */
  customerGroupId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER))),
})
export type RegisterForm = v.InferOutput<typeof registerForm>

export const registrationSpecs = {
  'desk:registration:send-code': channel(
    v.strictObject({ login, country: countryCode }),
    { login: { method: 'email', email: 'ann@example.com' }, country: 'CN' },
    returns<SendCodeResult>(),
  ),
  'desk:registration:code-status': channel(
    v.strictObject({ login }),
    { login: { method: 'phone', phoneArea: '86', phone: '13912345678' } },
    returns<CodeStatus>(),
  ),
  'desk:registration:submit': channel(
    registerForm,
    {
      formId: '2f1c7a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
      login: { method: 'email', email: 'ann@example.com' },
      country: 'CN',
      verifyCode: '123456',
      openAccountType: 0,
    },
    returns<RegistrationOutcome>(),
  ),
  /** a reloaded window asks for the register on its way, or the result that was on screen */
  'desk:registration:resume': channel(noArgs, undefined, returns<RegistrationOutcome | null>()),
  'desk:registration:next-customer': channel(noArgs, undefined, returns<null>()),
  /** the window's word that something of a customer is on screen (main adds what it knows itself) */
  'desk:registration:presence': channel(v.boolean(), true, returns<UpdateStatus>()),
  /** "Print slip": the trace of the registration whose slip is on screen (main checks it is the one it served last) */
  'desk:registration:print-slip': channel(
    v.strictObject({ trace: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) }),
    { trace: '0d6f4c2e-9a51-4b7e-8f3a-2c1d5e6f7a8b' },
    returns<SlipPrintResult>(),
  ),
  /** null clears it */
  'desk:registration:save-draft': channel(
    v.nullable(draft),
    {
      formId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      method: 'phone',
      country: 'CN',
      email: '',
      phoneArea: '86',
      phone: '13800000000',
      openAccountType: 0,
      codeSentTo: '86 13800000000',
    },
    returns<null>(),
  ),
  'desk:registration:load-draft': channel(noArgs, undefined, returns<Draft | null>()),
} satisfies SpecsFor<typeof registrationChannels>
