// Assembles the app's Platform from the Electron adapters in this folder; the only place that knows where the
// preload, the pages and the tray icons live (in the app folder, or the resources folder once packaged).
import { app } from 'electron'
import { join } from 'node:path'
import type { WindowKind } from '../app/ipc-contract'
import type { Platform } from '../app/platform'
import { trayIconFile, type IconPlatform } from '../core/icon-paths'
import { setStartAtLogin } from './login-item'
import { closeNotification, inform, notify } from './notifications'
import { clock, idleSeconds, onPowerEvent } from './power'
import { openStoreFile } from './store'
import { PREFERENCES_JSON_SCHEMA } from '../core/preferences'
import { destroyTray, setTray } from './tray'
import { createWindows, type Windows } from './windows'

export interface ElectronPlatform {
  platform: Platform
  windows: Windows
  dispose(): void
}

export function createElectronPlatform(hooks: { windowClosed(kind: WindowKind): void }): ElectronPlatform {
  const log: Platform['log'] = (level, message, detail) =>
    detail === undefined
      ? console[level](`[limber] ${message}`)
      : console[level](`[limber] ${message}`, detail)
  const windows = createWindows({
    preloadPath: join(app.getAppPath(), 'dist', 'main', 'preload.cjs'),
    onClosed: (kind) => hooks.windowClosed(kind),
    log,
  })
  const menuListeners = new Set<(action: string) => void>()
  // electron-builder copies assets/tray to resources/tray (extraResources); in development they sit in assets/.
  const resources = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'assets')
  const iconPath = (state: Parameters<typeof trayIconFile>[0]) =>
    join(resources, trayIconFile(state, process.platform as IconPlatform))

  const platform: Platform = {
    clock,
    idleSeconds,
    onPowerEvent,
    setTray: (view) =>
      setTray(view, iconPath, (action) => menuListeners.forEach((listener) => listener(action))),
    onMenuAction(listener) {
      menuListeners.add(listener)
      return { dispose: () => menuListeners.delete(listener) }
    },
    notify,
    closeNotification,
    openWindow: (kind, options) => windows.open(kind, options),
    closeWindow: (kind) => windows.close(kind),
    broadcast: (event, payload) => windows.broadcast(event, payload),
    preferencesStore: openStoreFile('preferences', PREFERENCES_JSON_SCHEMA),
    historyStore: openStoreFile('history'),
    stateStore: openStoreFile('state'),
    firstRunStore: openStoreFile('first-run'),
    setStartAtLogin,
    inform,
    log,
    quit: () => app.quit(),
    appVersion: app.getVersion(),
  }
  return { platform, windows, dispose: destroyTray }
}
