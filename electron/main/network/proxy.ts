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

const defaultPorts: Record<string, number> = { http: 80, https: 443, socks: 1080, socks4: 1080, socks5: 1080, quic: 443 }

/**
 * The proxies the preset names (`fixed` rules, e.g. "https=proxy:8080;http=proxy2:3128" or "http://proxy:8080"), as
 * "host:port" in lower case, and the name the login prompt shows. A proxy login is offered for these only: with the
 * system setting or a PAC file, any proxy on the LAN (one answering WPAD, say) could ask, so none is offered.
 */
export function namedProxies(setting: ProxySetting | undefined): { endpoints: Set<string>; name: string } | undefined {
  if (setting?.mode !== 'fixed') return undefined
  const endpoints = new Set<string>()
  for (const rule of setting.rules.split(';')) {
    for (const entry of rule.replace(/^[a-z]+=/i, '').split(',')) {
      const match = /^(?:([a-z0-9]+):\/\/)?(\[[^\]]+\]|[^:/]+)(?::(\d{1,5}))?\/?$/i.exec(entry.trim())
      if (!match || match[2]!.toLowerCase() === 'direct') continue
      const scheme = (match[1] ?? 'http').toLowerCase()
      endpoints.add(`${match[2]!.toLowerCase().replace(/^\[|\]$/g, '')}:${match[3] ?? defaultPorts[scheme] ?? 80}`)
    }
  }
  return endpoints.size ? { endpoints, name: setting.name ?? setting.rules.slice(0, 60) } : undefined
}

/** The name to show for a proxy's login challenge, when the preset names that proxy; undefined: no login is offered. */
export function proxyLoginName(setting: ProxySetting | undefined, challenge: { host: string; port: number }): string | undefined {
  const named = namedProxies(setting)
  return named?.endpoints.has(`${challenge.host.toLowerCase().replace(/^\[|\]$/g, '')}:${challenge.port}`) ? named.name : undefined
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
