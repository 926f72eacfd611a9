/**
 * The renderer's Content-Security-Policy: only its own scripts and styles and no network at all. One definition: the
 * build writes it into index.html's meta tag (electron.vite.config.ts) and main sends it as a header on every app://
 * answer (index.ts), where it also covers what a meta tag cannot.
 */
export const productionCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ')

/** The dev server additionally needs inline styles and its websocket for hot reload (never in a packaged app). */
export const devCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' ws://localhost:* ws://127.0.0.1:*",
  "object-src 'none'",
].join('; ')

/** Headers of every app:// answer: its type, the CSP, and no content sniffing. */
export const appResponseHeaders = (contentType: string): Record<string, string> => ({
  'content-type': contentType,
  // frame-ancestors works only as a header (a meta tag ignores it, with a console error)
  'content-security-policy': `${productionCsp}; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
})
