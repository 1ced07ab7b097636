// The session-wide parts of Electron's security checklist: every permission a page could ask for is refused (device
// access included), nothing is downloaded, and the only way out to the browser is a fixed list of https help pages.
import { shell, type Session } from 'electron'

/** Pages a window may open in the user's browser (via a link or window.open); exact URLs, https only. */
export const HELP_LINKS: ReadonlySet<string> = new Set([
  'https://www.nhs.uk/conditions/back-pain/',
  'https://medlineplus.gov/backpain.html',
  'https://www.nhs.uk/live-well/exercise/strength-and-flexibility-exercises/',
])

export function denyPermissions(session: Session): void {
  // Limber's pages need no camera, notifications, clipboard or anything else a permission guards.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  // USB, HID, serial and Bluetooth devices are a separate check from the permissions above.
  session.setDevicePermissionHandler(() => false)
  // A page cannot save files on the user's disk either (a download link would open a save dialog).
  session.on('will-download', (event) => event.preventDefault())
}

/** Opens `url` in the browser when it is one of HELP_LINKS; answers whether it did. */
export function openHelpLink(url: string): boolean {
  if (!HELP_LINKS.has(url)) return false
  void shell.openExternal(url)
  return true
}
