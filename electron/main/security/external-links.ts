/**
 * Links the app may hand to the system browser: https only, and only to hosts on the allow-list
 * (exact host, or a subdomain of an entry written as `.example.com`).
 */
export function isAllowedExternalUrl(url: string, allowList: readonly string[]): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false
  const host = parsed.hostname.toLowerCase()
  return allowList.some((entry) => {
    const e = entry.toLowerCase()
    return e.startsWith('.') ? host.endsWith(e) && host.length > e.length : host === e
  })
}
