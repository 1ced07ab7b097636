// The Platform's Updater over electron-updater (the library made for apps built with electron-builder), with the
// release workflow's GitHub Releases as its feed (electron-builder.yml's `publish`, written into the package as
// app-update.yml). Thin: the app decides when to check, download and install (main/app/updates); this only says how
// the copy was installed and carries the calls out. electron-updater is loaded the first time it is needed, as a
// chunk of its own, so a start costs nothing for it and a copy that cannot update itself never loads it.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AppUpdater } from 'electron-updater'
import type { AppUpdaterEvents } from 'electron-updater/out/AppUpdater'
import { SYSTEM_MANAGED, type UpdateInstall, type Updater, type UpdaterEvent } from '../../app/platform'

/** The part of electron-updater's AppUpdater this adapter uses (what the tests' double implements). */
export type UpdaterLibrary = Pick<
  AppUpdater,
  | 'autoDownload'
  | 'autoInstallOnAppQuit'
  | 'allowPrerelease'
  | 'checkForUpdates'
  | 'downloadUpdate'
  | 'quitAndInstall'
> & {
  logger: AppUpdater['logger']
  on<E extends keyof AppUpdaterEvents>(event: E, listener: AppUpdaterEvents[E]): unknown
}

export interface InstallFacts {
  system: NodeJS.Platform
  isPackaged: boolean
  env: Readonly<Record<string, string | undefined>>
  /** Electron's resources folder (process.resourcesPath). */
  resources: string
  /** Whether a file exists (node:fs's existsSync). */
  exists(path: string): boolean
  /** A small text file's contents (node:fs's readFileSync), or throws. */
  read(path: string): string
}

/**
 * How this copy was installed. Snap and Flatpak say so in the environment; an AppImage names itself in APPIMAGE; a
 * deb, rpm or pacman package carries electron-builder's `package-type` file; NSIS and dmg installs carry the feed's
 * app-update.yml. A development run, or a package built without the feed, updates nothing.
 */
export function installOf(facts: InstallFacts): UpdateInstall {
  if (!facts.isPackaged) return { kind: 'none' }
  const feed = facts.exists(join(facts.resources, 'app-update.yml'))
  if (facts.system === 'linux') {
    if (facts.env.SNAP) return { kind: 'system', package: 'snap' }
    if (facts.env.FLATPAK_ID) return { kind: 'system', package: 'flatpak' }
    if (facts.env.APPIMAGE) return feed ? { kind: 'self', package: 'AppImage' } : { kind: 'none' }
    const typeFile = join(facts.resources, 'package-type')
    if (!facts.exists(typeFile)) return { kind: 'none' }
    try {
      const said = facts.read(typeFile).trim()
      const managed = SYSTEM_MANAGED.find((name) => name === said)
      return managed ? { kind: 'system', package: managed } : { kind: 'none' }
    } catch {
      return { kind: 'none' }
    }
  }
  if (!feed) return { kind: 'none' }
  if (facts.system === 'win32') return { kind: 'self', package: 'NSIS' }
  if (facts.system === 'darwin') return { kind: 'self', package: 'dmg' }
  return { kind: 'none' }
}

/** The facts of the running app. */
export function runningInstall(app: { isPackaged: boolean }): UpdateInstall {
  return installOf({
    system: process.platform,
    isPackaged: app.isPackaged,
    env: process.env,
    resources: process.resourcesPath,
    exists: existsSync,
    read: (path) => readFileSync(path, 'utf8'),
  })
}

export function createUpdater(
  install: UpdateInstall,
  load: () => Promise<UpdaterLibrary> = async () => (await import('electron-updater')).autoUpdater,
): Updater {
  const listeners = new Set<(event: UpdaterEvent) => void>()
  const emit = (event: UpdaterEvent) => listeners.forEach((listener) => listener(event))
  let installOnQuit = false
  let library: Promise<UpdaterLibrary> | undefined
  const loaded = () =>
    (library ??= load().then((updater) => {
      // The app decides when to download and whether to install on quit; no prereleases; the app logs outcomes
      // itself, without the folders electron-updater's own lines name.
      updater.autoDownload = false
      updater.autoInstallOnAppQuit = installOnQuit
      updater.allowPrerelease = false
      updater.logger = null
      updater.on('download-progress', (info) => emit({ type: 'progress', percent: info.percent }))
      updater.on('error', (error) => emit({ type: 'error', error }))
      return updater
    }))
  return {
    install,
    async check() {
      const result = await (await loaded()).checkForUpdates()
      // Null: the updater is not active (a development run).
      return result?.isUpdateAvailable ? { version: result.updateInfo.version } : null
    },
    async download() {
      await (await loaded()).downloadUpdate()
    },
    setInstallOnQuit(on) {
      installOnQuit = on
      void library?.then((updater) => {
        updater.autoInstallOnAppQuit = on
      })
    },
    quitAndInstall() {
      // Silent (no installer window to click through), and Limber starts again afterwards.
      void library?.then((updater) => updater.quitAndInstall(true, true))
    },
    onEvent(listener) {
      listeners.add(listener)
      return { dispose: () => listeners.delete(listener) }
    },
  }
}
