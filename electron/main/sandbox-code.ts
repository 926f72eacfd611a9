import axios from 'axios'

/** A separately started sandbox (`npm run sandbox`) tells its codes on a loopback-only endpoint. */
export async function fetchSandboxCode(baseUrl: string, toUser: string): Promise<string | undefined> {
  const origin = new URL(baseUrl).origin
  const response = await axios.get<{ code: string | null }>(`${origin}/sandbox/code`, {
    params: { toUser },
    timeout: 2000,
    maxRedirects: 0,
  })
  return response.data?.code ?? undefined
}
