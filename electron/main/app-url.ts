import { APP_HOST, APP_SCHEME } from './app-protocol'

export interface AppUrlOptions {
  /** the dev server URL electron-vite hands us in development, if any */
  devServerUrl?: string
}

/** Is `url` our own renderer (app://desk/…, or the dev server in development)? Used by the sender check and guards. */
export function isAppUrl(url: string, options: AppUrlOptions = {}): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (options.devServerUrl) {
    const dev = new URL(options.devServerUrl)
    if (parsed.origin === dev.origin) return true
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST
}
