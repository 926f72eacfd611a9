import type { SettingValue } from '@contract/config-table'

/** The office preset's proxy (`network.proxy`), as IT writes it. */
export type ProxySetting = SettingValue<'proxy'>

/** Electron's session proxy configuration (the subset we use), spelled out so this module stays Electron-free. */
export interface SessionProxyConfig {
  mode: 'system' | 'direct' | 'fixed_servers' | 'pac_script'
  proxyRules?: string
  proxyBypassRules?: string
  pacScript?: string
}

/**
 * What main applies to the session before the first platform call: the operating system's settings (the default,
 * which covers WPAD and the PAC an office pushes by policy), no proxy, fixed rules, or a PAC URL.
 */
export function proxyConfigFor(setting: ProxySetting | undefined): SessionProxyConfig {
  switch (setting?.mode) {
    case 'direct':
      return { mode: 'direct' }
    case 'fixed':
      return { mode: 'fixed_servers', proxyRules: setting.rules, ...(setting.bypass ? { proxyBypassRules: setting.bypass } : {}) }
    case 'pac':
      return { mode: 'pac_script', pacScript: setting.url }
    default:
      return { mode: 'system' }
  }
}

/**
 * Variables that would let the environment steer a packaged app's network or TLS checks. Chromium's stack (net.fetch)
 * does not read the Node ones, and the session's proxy is set explicitly; a packaged app still removes them at start,
 * so nothing it starts later (or a Node fallback) can inherit them.
 */
export const environmentNetworkKnobs = [
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'ALL_PROXY',
  'NO_PROXY',
  'https_proxy',
  'http_proxy',
  'all_proxy',
  'no_proxy',
  'NODE_TLS_REJECT_UNAUTHORIZED',
  'NODE_EXTRA_CA_CERTS',
  'SSLKEYLOGFILE',
] as const
