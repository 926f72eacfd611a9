import { shallowRef } from 'vue'

type PhoneLib = typeof import('libphonenumber-js')

/**
 * libphonenumber-js (about a third of the start-up script) loads when the first screen no longer waits for it: when
 * the country list opens or the phone method is chosen. It is reactive, so lists and defaults fill in on arrival.
 */
export const phoneLib = shallowRef<PhoneLib | null>(null)
/** the country search's aliases (short forms, pinyin) come with it: the list is no use before either */
export const countryAliases = shallowRef<typeof import('./country-aliases') | null>(null)
let loading: Promise<PhoneLib> | undefined

export function loadPhoneLib(): Promise<PhoneLib> {
  loading ??= Promise.all([import('libphonenumber-js'), import('./country-aliases')]).then(([lib, aliases]) => {
    countryAliases.value = aliases
    return (phoneLib.value = lib)
  })
  return loading
}
