import { pathToFileURL } from 'node:url'

export interface AppUrlOptions {
  /** absolute path of the built renderer's index.html (packaged and `electron-vite preview`) */
  rendererFile: string
  /** the dev server URL electron-vite hands us in development, if any */
  devServerUrl?: string
}

/** Is `url` our own renderer bundle? Used by the sender check and by navigation guards. */
export function isAppUrl(url: string, options: AppUrlOptions): boolean {
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
  if (parsed.protocol !== 'file:') return false
  const expected = pathToFileURL(options.rendererFile)
  return decodeURIComponent(parsed.pathname) === decodeURIComponent(expected.pathname)
}
