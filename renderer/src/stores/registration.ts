import { defineStore } from 'pinia'
import { computed, reactive, ref, watch } from 'vue'
import type { DeskError } from '@contract/result'
import type { RegisterForm } from '@contract/ipc/registration'
import { normaliseLogin, recipientKey, type Login } from '@contract/login'
import type { FormPresets, RegistrationOutcome } from '@contract/types'
import type { Draft } from '@contract/fields'
import { callingCodeOf } from '../logic/countries'
import type { ErrorView, FormField } from '../wording/registration'
import { loadErrorWording } from '../wording/load'
import { checkCode, checkConfirm, checkCountry, checkEmail, checkPassword, checkPhone, nationalNumber, type Issue } from '../logic/validate'
import { loadPhoneLib } from '../logic/phone-lib'
import { useCountdown } from '../composables/useCountdown'
import { useResendWait } from '../composables/useResendWait'
import { useCampaignStore } from './campaign'
import { useDraftStore } from './draft'
import { blankFields } from './registration-fields'
import { useLocalFaultsStore } from './local-faults'

export type { Method } from './registration-fields'

/** The form, its validation and its submission. Passwords and codes live only here, in memory. */
export const useRegistrationStore = defineStore('registration', () => {
  const presets = ref<FormPresets | null>(null)
  const fields = reactive(blankFields())
  const formId = ref<string>(crypto.randomUUID())
  const issues = reactive<Partial<Record<FormField, Issue>>>({})
  const error = ref<ErrorView | null>(null)
  /** what the message is about: a failed send is shown by the Send code button, the rest by Register */
  const errorFrom = ref<'send' | 'submit'>('submit')
  const sending = ref(false)
  const submitting = ref(false)
  /** the recipient the last code went to, in this form */
  const codeSentTo = ref<string | null>(null)
  /** the platform is still processing this submission's first request: the same submission goes again when this ends */
  const retryWait = useCountdown()
  const waitingOnPlatform = ref(false)
  watch(retryWait.secondsLeft, (left) => {
    if (left > 0 || !waitingOnPlatform.value) return
    waitingOnPlatform.value = false
    void submit()
  })
  const sandboxCode = ref<string | null>(null)
  const outcome = ref<RegistrationOutcome | null>(null)
  let countryLabel: (code: string) => string = (code) => code

  const loginField = computed<'email' | 'phone'>(() => (fields.method === 'email' ? 'email' : 'phone'))
  /** something about a customer is on screen (what an idle clear would wipe) */
  const hasPersonalData = computed(() => !!(fields.email || fields.phone || fields.code || fields.password || fields.confirm || outcome.value || codeSentTo.value))

  // main is told when a customer comes to the screen and goes from it: no update prompt or restart meanwhile
  watch(hasPersonalData, (onScreen) => void window.desk.registration.presence(onScreen), { immediate: true })

  function applyPresets(next: FormPresets): void {
    presets.value = next
    fields.country = next.defaultCountry
    // with no preset area code, the country's own applies once the phone library is there (RegisterView watches it)
    fields.phoneArea = next.defaultPhoneArea || callingCodeOf(next.defaultCountry) || ''
    fields.openAccountType = next.accountTypes[0] ?? 0
    fields.customerGroupId = next.customerGroupId ?? next.groups?.[0]?.id
  }

  /** The login as main expects it, or undefined when the field is not valid yet. */
  function login(): Login | undefined {
    if (fields.method === 'email') {
      return checkEmail(fields.email) ? undefined : normaliseLogin({ method: 'email', email: fields.email })
    }
    const phone = nationalNumber(fields.phoneArea, fields.phone)
    return phone ? normaliseLogin({ method: 'phone', phoneArea: fields.phoneArea, phone }) : undefined
  }

  /** the recipient the login in the form would be (the platform's toUser), or null while it is not valid */
  const loginKey = computed(() => ((current) => (current ? recipientKey(current) : null))(login()))

  /** until "resend" is offered again, per recipient */
  const resend = useResendWait(() => loginKey.value)
  const resendSeconds = resend.seconds
  /** the code on record was sent to the login now in the form (not to one typed before it was changed) */
  const codeIsForCurrentLogin = computed(() => !!codeSentTo.value && loginKey.value === codeSentTo.value)

  function check(field: FormField): Issue | undefined {
    switch (field) {
      case 'email':
        return checkEmail(fields.email)
      case 'terms':
        return presets.value?.terms && !fields.termsAccepted ? { key: 'validation.termsRequired' } : undefined
      case 'country':
        return checkCountry(presets.value ?? undefined, fields.country, countryLabel(fields.country))
      case 'phone':
        return checkPhone(fields.phoneArea, fields.phone, countryLabel(fields.country))
      case 'code':
        return checkCode(fields.code)
      case 'password':
        return checkPassword(fields.password)
      case 'confirm':
        return checkConfirm(fields.password, fields.confirm)
      default:
        return undefined
    }
  }

  function validate(field: FormField): boolean {
    const issue = check(field)
    if (issue) issues[field] = issue
    else delete issues[field]
    return !issue
  }

  async function showError(err: DeskError, from: 'send' | 'submit'): Promise<void> {
    const { describeError } = await loadErrorWording()
    const view = describeError(err, loginField.value, countryLabel)
    errorFrom.value = from
    error.value = view
    if (view.field) issues[view.field] = { key: view.key, params: view.params }
    if (view.needsNewCode) {
      codeSentTo.value = null
      resend.stop()
    }
  }

  async function sendCode(): Promise<boolean> {
    if (sending.value || resendSeconds.value > 0) return false
    error.value = null
    if (fields.method === 'phone') await loadPhoneLib()
    if (!validate(loginField.value)) return false
    const target = login()!
    sending.value = true
    sandboxCode.value = null // never show the previous recipient's code while the new one is on its way
    const sent = formId.value
    try {
      const result = await window.desk.registration.sendCode({ login: target, country: fields.country })
      if (formId.value !== sent) return false // "next customer" came first: the answer was the previous customer's
      if (!result.ok) {
        await showError(result.error, 'send')
        if (result.error.retryAfterSeconds && result.error.code === 'RESEND_TOO_SOON') {
          resend.start(recipientKey(target), result.error.retryAfterSeconds)
        }
        return false
      }
      codeSentTo.value = recipientKey(target)
      resend.start(recipientKey(target), result.value.resendAfterSeconds)
      sandboxCode.value = result.value.sandboxCode ?? null
      delete issues.code
      persist()
      return true
    } finally {
      if (formId.value === sent) sending.value = false
    }
  }

  /** The fields to check before submitting, in screen order. */
  const submitFields = (): FormField[] => ['country', loginField.value, 'code', 'password', 'confirm', 'terms']

  async function submit(): Promise<boolean> {
    if (submitting.value) return false
    stopWaiting(false)
    error.value = null
    if (fields.method === 'phone') await loadPhoneLib()
    const invalid = submitFields().filter((f) => !validate(f))
    const target = login()
    if (!invalid.length && target && codeSentTo.value !== recipientKey(target)) {
      issues.code = { key: 'validation.codeNotSent' }
      invalid.push('code')
    }
    if (invalid.length || !target) {
      errorFrom.value = 'submit'
      error.value = { key: 'validation.summary', params: {}, field: invalid[0] }
      return false
    }
    const form: RegisterForm = {
      formId: formId.value,
      login: target,
      country: fields.country,
      verifyCode: fields.code,
      openAccountType: fields.openAccountType,
      ...(fields.password ? { password: fields.password } : {}),
      ...(fields.termsAccepted && presets.value?.terms ? { acceptedTerms: presets.value.terms.version } : {}),
      ...(fields.customerGroupId !== undefined && !presets.value?.customerGroupId && !presets.value?.countries ? { customerGroupId: fields.customerGroupId } : {}),
    }
    submitting.value = true
    try {
      const result = await window.desk.registration.submit(form)
      // "next customer" came first: nothing of theirs on this screen; main's calm word (the journal has it) may show
      if (formId.value !== form.formId) {
        if (!result.ok && result.error.code === 'PREVIOUS_CUSTOMER_REGISTERED') await showError(result.error, 'submit')
        return false
      }
      if (!result.ok) {
        await showError(result.error, 'submit')
        // main says how long to wait and how often (registration/service.ts); the key stays the same
        if (result.error.code === 'STILL_PROCESSING' && result.error.retryAfterSeconds) {
          waitingOnPlatform.value = true
          retryWait.start(result.error.retryAfterSeconds)
        }
        return false
      }
      showResult(result.value)
      void useCampaignStore().refresh() // a campaign for this customer only has served it (main moved on)
      return true
    } finally {
      if (formId.value === form.formId) submitting.value = false
    }
  }

  /** The clerk stops the automatic asking (or it is over): the form stays, Register asks again with the same key. */
  function stopWaiting(byClerk = true): void {
    const wasWaiting = waitingOnPlatform.value
    waitingOnPlatform.value = false
    retryWait.stop()
    if (byClerk && wasWaiting && error.value) error.value = { ...error.value, key: 'errors.stillProcessingStopped' }
  }

  /** The customer is registered: the result shows, the secrets go; what this PC could not save is said beside it. */
  function showResult(value: RegistrationOutcome): void {
    outcome.value = value
    if (value.notSaved) useLocalFaultsStore().set(value.notSaved)
    Object.assign(fields, { password: '', confirm: '', code: '' })
    clearDraft()
  }

  /**
   * After a reload of the window: main still holds a register that was on its way (it is neither lost nor sent again:
   * the same form's key stays in main), or the result that was on screen. The form shows "registering" meanwhile.
   */
  async function resume(): Promise<void> {
    if (outcome.value || submitting.value) return
    submitting.value = true
    try {
      const result = await window.desk.registration.resume()
      if (!result.ok) return void (await showError(result.error, 'submit'))
      if (result.value) showResult(result.value)
    } finally {
      submitting.value = false
    }
  }

  /** "Register another customer": everything personal goes, the presets stay. */
  function reset(): void {
    stopWaiting(false)
    Object.assign(fields, blankFields())
    if (presets.value) applyPresets(presets.value)
    for (const key of Object.keys(issues)) delete issues[key as FormField]
    error.value = null
    codeSentTo.value = null
    resend.stop()
    sandboxCode.value = null
    outcome.value = null
    sending.value = submitting.value = false // an answer still on its way is the previous customer's (submit ignores it)
    formId.value = crypto.randomUUID()
    clearDraft()
  }

  /** Non-secret parts of the form survive a reload of the window, in main's memory (draft.ts). */
  const clearDraft = () => useDraftStore().clear()
  function persist(): void {
    useDraftStore().save({
      formId: formId.value,
      method: fields.method,
      country: fields.country,
      email: fields.email,
      phoneArea: fields.phoneArea,
      phone: fields.phone,
      openAccountType: fields.openAccountType,
      codeSentTo: codeSentTo.value,
    })
  }

  /** Puts back the form in progress (asked of main with the other start-up questions), else prefills the last login. */
  async function restore(prefill: Login | null, draft: Draft | null): Promise<void> {
    if (draft) {
      formId.value = draft.formId
      Object.assign(fields, { ...draft, codeSentTo: undefined, formId: undefined })
      codeSentTo.value = draft.codeSentTo
      const target = login()
      if (target && draft.codeSentTo) {
        const status = await window.desk.registration.codeStatus({ login: target })
        if (status.ok && status.value.codeSent) {
          resend.start(recipientKey(target), status.value.resendAfterSeconds)
          sandboxCode.value = status.value.sandboxCode ?? null
        } else {
          codeSentTo.value = null
        }
      }
      return
    }
    if (prefill?.method === 'email') Object.assign(fields, { method: 'email', email: prefill.email })
    if (prefill?.method === 'phone') Object.assign(fields, { method: 'phone', phoneArea: prefill.phoneArea, areaTouched: true, phone: prefill.phone })
  }

  return {
    presets, fields, formId, issues, error, errorFrom, sending, submitting, codeSentTo, sandboxCode, outcome, resendSeconds,
    waitingOnPlatform, loginField, hasPersonalData, codeIsForCurrentLogin, applyPresets, validate, sendCode, submit,
    resume, stopWaiting, reset, persist, restore,
    retrySeconds: retryWait.secondsLeft,
    setCountryLabel: (fn: (code: string) => string) => (countryLabel = fn),
  }
})
