import { extname, normalize, relative, resolve, sep } from 'node:path'

/** The renderer is served from app://desk/, a privileged scheme of our own, instead of file:// (Electron checklist #18). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'desk'
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

/** Content types of what the renderer bundle holds. */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/**
 * The file under the renderer folder an app:// request names, or undefined: another host, an encoded or plain
 * `..`, an absolute path, a query into nothing: anything that would leave the folder is refused.
 */
export function resolveAppAsset(requestUrl: string, rendererDir: string): { path: string; type: string } | undefined {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return undefined
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return undefined
  }
  if (pathname.includes('\0')) return undefined
  const root = resolve(rendererDir)
  const file = resolve(root, normalize(`.${pathname === '/' ? '/index.html' : pathname}`))
  const rel = relative(root, file)
  if (!rel || rel.startsWith('..') || rel.split(sep).includes('..')) return undefined
  return { path: file, type: contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream' }
}
