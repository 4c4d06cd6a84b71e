import type { Session, WebContents } from 'electron'

/** Our pages never navigate away and never open windows; a dropped link or file does nothing. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** Camera, microphone, notifications, geolocation…: the app needs none, so all are refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/** No network at all: only our own protocol (and the dev server while developing) loads. */
export function blockRemoteRequests(session: Session, isAllowed: (url: string) => boolean): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowed(details.url) })
  })
}
