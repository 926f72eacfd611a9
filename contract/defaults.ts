import type { FormPresets } from './types'

/** What the form offers when no office preset says otherwise. */
export const defaultPresets: FormPresets = {
  defaultCountry: 'CN',
  frequentCountries: ['CN', 'HK', 'MO', 'TW', 'US', 'GB', 'SG'],
  defaultPhoneArea: '',
  accountTypes: [0, 1],
  agentCodeEnabled: true,
  resendSeconds: 60,
}
