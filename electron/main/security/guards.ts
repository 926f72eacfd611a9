import type { Session, WebContents } from 'electron'

export interface GuardOptions {
  isAppUrl: (url: string) => boolean
  isAllowedExternal: (url: string) => boolean
  openExternal: (url: string) => void
}

/**
 * Navigation, new windows and webviews: our window only ever shows our bundle. An allow-listed https link opens in
 * the system browser instead; everything else is dropped.
 */
export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  contents.on('will-navigate', (event, url) => {
    if (options.isAppUrl(url)) return
    event.preventDefault()
    // the URL passed the https allow-list check on this very line
    if (options.isAllowedExternal(url)) options.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK
  })
  contents.on('will-redirect', (event, url) => {
    if (!options.isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // the URL passed the https allow-list check on this very line
    if (options.isAllowedExternal(url)) options.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' }
  })
}

/** The app needs no camera, microphone, notifications, geolocation…: every request and check is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
