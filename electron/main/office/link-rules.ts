import type { SettingValues } from '@contract/config-table'
import { uiLanguages } from '@contract/fields'
import { handoffKinds, templateHost } from '@contract/handoff'
import { defaultConfig, problem, type ConfigProblem } from '../config'
import { isAllowedExternalUrl } from '../security/external-links'

// The links an installer preset gives customers (hand-off templates, the account-opening terms) must be ones the
// window would open: main opens in the browser only what is on links.allowList, so a link off it is a problem at start.

/**
 * Each hand-off template goes to a host on the preset's link allow-list: the allow-list is what IT vouches for, and a
 * link the customer is sent to (by QR code, on paper) must be one the app itself would open.
 */
export function checkHandoff(values: SettingValues, label: string): ConfigProblem | undefined {
  for (const kind of handoffKinds) {
    const template = values.handoff?.[kind]
    if (!template) continue
    const host = templateHost(template)
    if (!isAllowedExternalUrl(`https://${host}/`, values.linkAllowList ?? [])) {
      return problem(`${label}: handoff.${kind}`, 'HOST_NOT_ALLOWED', `goes to ${host}, which is not on links.allowList`)
    }
  }
  return undefined
}

/** Every link of the terms opens in the browser only if on links.allowList: a link that could not open is a problem now. */
export function checkTermsLinks(values: SettingValues, field: string): ConfigProblem | undefined {
  const allowList = values.linkAllowList ?? defaultConfig.externalLinkAllowList
  const refused = uiLanguages.find((lang) => {
    const url = values.terms?.[lang]?.url
    return url !== undefined && !isAllowedExternalUrl(url, allowList)
  })
  return refused ? problem(`${field}.${refused}.url`, 'LINK_NOT_ALLOWED') : undefined
}
