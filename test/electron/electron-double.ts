// A double of the parts of the 'electron' module that main/electron uses, for tests under plain Node
// (`vi.mock('electron', () => import('./electron-double'))`). It is held to Electron's own types: every object and
// class may only have members Electron's type has (`satisfies` / `electronHas`), so a method the double made up
// is a compile error. It keeps the rules the adapters could break: what may only run before or after 'ready'
// throws as Electron does, a window closes asynchronously and can be kept open, a second IPC handler is refused.
// What the double records for the tests lives outside the doubles (`recorded`, `made`, `recordOf`). The parts
// are in ./double; this file is the module the tests mock 'electron' with.
import { rmSync } from 'node:fs'
import {
  app,
  dialog,
  ipcMain,
  powerMonitor,
  powerMonitorEvents,
  protocol,
  readiness,
  session,
  shell,
} from './double/app'
import { resetDesk, screen } from './double/screen'
import { electronHas, freshUserData, made, recorded } from './double/record'
import { Menu, Notification, Tray, contextBridge, ipcRenderer, nativeImage } from './double/tray'
import { BrowserWindow } from './double/windows'

export { app, becomeReady, dialog, ipcMain, powerMonitor, protocol, session, shell } from './double/app'
export {
  changeDisplay,
  desk,
  electronDisplay,
  plugIn,
  screen,
  screenListeners,
  unplug,
} from './double/screen'
export { callsTo, electronEvent, made, recordOf, recorded } from './double/record'
export {
  Menu,
  Notification,
  Tray,
  contextBridge,
  imagePath,
  ipcRenderer,
  nativeImage,
  templateOf,
} from './double/tray'
export { BrowserWindow, pageIn, sentToPage } from './double/windows'

export function resetDouble(): void {
  recorded.calls.length = 0
  recorded.ipcHandlers.clear()
  recorded.ipcListeners.clear()
  recorded.protocolHandlers.clear()
  recorded.permissionRequestHandler = undefined
  recorded.permissionCheckHandler = undefined
  recorded.devicePermissionHandler = undefined
  recorded.sessionEvents.removeAllListeners()
  recorded.exposed.clear()
  recorded.singleInstanceLock = true
  recorded.notificationsSupported = true
  recorded.notificationsFail = false
  recorded.failLoads = false
  recorded.idleSeconds = 0
  recorded.systemLanguages = ['en-GB']
  recorded.locale = 'en-GB'
  recorded.openDialog = { canceled: true, filePaths: [] }
  rmSync(recorded.paths.userData, { recursive: true, force: true })
  recorded.paths = { userData: freshUserData(), appPath: '/app' }
  resetDesk()
  made.windows.length = 0
  made.trays.length = 0
  made.notifications.length = 0
  readiness.ready = false
  readiness.scheduled = false
  readiness.generation++
  app.removeAllListeners()
  powerMonitorEvents.removeAllListeners()
  ipcRenderer.removeAllListeners()
}

const electron = {
  app,
  protocol,
  session,
  shell,
  dialog,
  ipcMain,
  screen,
  BrowserWindow,
  nativeImage,
  Menu,
  Tray,
  Notification,
  powerMonitor,
  contextBridge,
  ipcRenderer,
}
electronHas<typeof electron, typeof Electron.CrossProcessExports>()
export default electron
