/** A separately started sandbox (`npm run sandbox`) tells its codes on a loopback-only endpoint (development only). */
export async function fetchSandboxCode(baseUrl: string, toUser: string): Promise<string | undefined> {
  const url = new URL('/sandbox/code', new URL(baseUrl).origin)
  url.searchParams.set('toUser', toUser)
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) })
  if (!response.ok) throw new Error(`sandbox answered HTTP ${response.status}`)
  const body = (await response.json()) as { code?: string | null } | null
  return body?.code ?? undefined
}
