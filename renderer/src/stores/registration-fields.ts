/** The registration form's fields as a blank form has them (stores/registration.ts). */
export type Method = 'email' | 'phone'

export const blankFields = () => ({
  method: 'email' as Method,
  country: 'CN',
  email: '',
  phoneArea: '86',
  /** the clerk chose an area code by hand: a country change no longer moves it */
  areaTouched: false,
  phone: '',
  code: '',
  password: '',
  confirm: '',
  openAccountType: 0 as 0 | 1,
  customerGroupId: undefined as number | undefined,
  /** the box "has read and accepts the account-opening terms" (only when the preset has terms) */
  termsAccepted: false,
})
