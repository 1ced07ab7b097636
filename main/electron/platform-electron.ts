// Assembles the app's Platform from the Electron adapters in this folder; the only place that knows where the
// preload, the pages and the tray icons live (in the app folder, or the resources folder once packaged).
import { app } from 'electron'
import { join } from 'node:path'
import type { WindowKind } from '../app/ipc-contract'
import type { DialogTexts, Platform } from '../app/index'
import { CATALOGS } from '../../locales/index'
import { trayIconFile, type IconPlatform } from '../core/icon-paths'
import { busyDetectionFor } from './busy/probes'
import { chooseFolder, writeNewFolder } from './files/export-folder'
import { chooseFile, chooseSaveFile, readTextFile, writeTextFile } from './files/routine-files'
import { PREFERENCES_JSON_SCHEMA } from '../core/preferences/index'
import type { Logging } from './files/log'
import { setStartAtLogin, UnsafeAutostartPath } from './system/login-item'
import { systemLanguages } from './system/languages'
import { closeNotification, inform, notify } from './system/notifications'
import { clock, idleSeconds, onPowerEvent } from './system/power'
import { watchSessionLocks } from './system/session-watch'
import { createUpdater, runningInstall } from './system/updater'
import { createIdleReader, isWaylandSession, WAYLAND_IDLE_SOURCES } from './system/wayland-idle'
import { openStoreFile } from './files/store'
import { createTimeZoneSync } from './system/time-zone'
import { destroyTray, setTray } from './system/tray'
import { createWindows, type Windows } from './windows/windows'
import { displays } from './system/displays'

export interface ElectronPlatform {
  platform: Platform
  windows: Windows
  dispose(): void
}

export function createElectronPlatform(hooks: {
  windowClosed(kind: WindowKind): void
  /** The dialogs' words in the language in use (English when not given). */
  dialogTexts?(): DialogTexts
  logging: Logging
}): ElectronPlatform {
  const { log, file: logFile } = hooks.logging
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

  const busy = busyDetectionFor(process.platform, log)
  const linux = process.platform === 'linux'
  // Wayland: idle time from the compositor over D-Bus (Electron's reads 0 there).
  const waylandIdle =
    linux && isWaylandSession()
      ? createIdleReader({ sources: WAYLAND_IDLE_SOURCES, fallback: idleSeconds, log })
      : null
  let trayShown = false

  const platform: Platform = {
    clock,
    idleSeconds: waylandIdle ? () => waylandIdle.idleSeconds() : idleSeconds,
    onPowerEvent(listener) {
      const electron = onPowerEvent(listener)
      if (!linux) return electron
      // Electron reports no lock or unlock on Linux: the session's own signals do.
      const session = watchSessionLocks({
        onSignal: (signal) => listener(signal === 'lock' ? 'lock-screen' : 'unlock-screen'),
        log,
      })
      return { dispose: () => [electron, session].forEach((each) => each.dispose()) }
    },
    syncTimeZone: createTimeZoneSync(log),
    setTray(view) {
      setTray(view, iconPath, (action) => menuListeners.forEach((listener) => listener(action)))
      // Once, so a report of "no tray icon" can tell a desktop without a tray host from a tray never made.
      if (!trayShown) log('info', `tray icon created (${iconPath(view.icon)})`)
      trayShown = true
    },
    onMenuAction(listener) {
      menuListeners.add(listener)
      return { dispose: () => menuListeners.delete(listener) }
    },
    notify: (request, onAction) => notify(request, onAction, log),
    systemLanguages,
    closeNotification,
    openWindow: (kind, options) => windows.open(kind, options),
    closeWindow: (kind) => windows.close(kind),
    displays,
    placeWindow: (kind, placement, fullScreen) => windows.place(kind, placement, fullScreen),
    showDimmed: (screens) => windows.dim(screens),
    broadcast: (event, payload) => windows.broadcast(event, payload),
    preferencesStore: openStoreFile('preferences', PREFERENCES_JSON_SCHEMA),
    historyStore: openStoreFile('history'),
    stateStore: openStoreFile('state'),
    firstRunStore: openStoreFile('first-run'),
    setStartAtLogin(enabled) {
      try {
        setStartAtLogin(enabled)
      } catch (error) {
        log('error', 'could not change start at login', error)
        const words = hooks.dialogTexts?.() ?? CATALOGS.en.app.dialogs
        // Limber's own refusal in the user's language; a system error as the system words it.
        const what =
          error instanceof UnsafeAutostartPath
            ? words.loginItemUnsafe({ path: error.shown })
            : error instanceof Error
              ? error.message
              : String(error)
        inform(words.loginItemFailed, words.loginItemFailedDetail({ what, file: logFile }))
      }
    },
    inform,
    log,
    quit: () => app.quit(),
    appVersion: app.getVersion(),
    busyReasons: () => busy.busyReasons(),
    busyDetectors: () => busy.busyDetectors(),
    logFile,
    chooseFolder: (request) => chooseFolder(windows.current('settings'), request),
    writeNewFolder,
    routinesStore: openStoreFile('routines'),
    chooseFile: (request) => chooseFile(windows.current('settings'), request),
    chooseSaveFile: (request) => chooseSaveFile(windows.current('settings'), request),
    readTextFile,
    writeTextFile,
    updater: createUpdater(runningInstall(app)),
  }
  return {
    platform,
    windows,
    dispose() {
      waylandIdle?.dispose()
      destroyTray()
    },
  }
}
