// The Updater port: what the app needs from the library that updates an installed Limber (electron-updater in the
// shell, a fake feed in the tests). The app decides when to check, download and install (updates.ts); the shell only
// carries it out. platform.ts offers it as `Platform.updater`.

/** Installers that can replace themselves with a newer version from the release feed. */
export const SELF_UPDATING = ['AppImage', 'NSIS', 'dmg'] as const
/** Packages that the system's package manager or store updates; Limber leaves them alone. */
export const SYSTEM_MANAGED = ['deb', 'rpm', 'pacman', 'snap', 'flatpak'] as const

/** How this copy of Limber was installed, which decides who updates it. */
export type UpdateInstall =
  | { kind: 'self'; package: (typeof SELF_UPDATING)[number] }
  | { kind: 'system'; package: (typeof SYSTEM_MANAGED)[number] }
  /** Not an installed app (a development run): nothing to update. */
  | { kind: 'none' }

/** A newer version the release feed offers. */
export interface UpdateFound {
  version: string
}

/** What the updater reports outside a call's answer. */
export type UpdaterEvent =
  | { type: 'progress'; percent: number }
  /** A failure the library reported on its own (not as a call's rejection). */
  | { type: 'error'; error: unknown }

export interface Updater {
  readonly install: UpdateInstall
  /** Asks the release feed: the newer version, or null when this one is the latest. Rejects when it cannot tell. */
  check(): Promise<UpdateFound | null>
  /** Downloads the version the last check found, in the background; resolves once it is ready to install. */
  download(): Promise<void>
  /** Whether a downloaded update installs by itself when Limber quits. */
  setInstallOnQuit(on: boolean): void
  /** Quits now and installs the downloaded update, starting the new version after. */
  quitAndInstall(): void
  /** Listens until the answer's dispose() (the Platform's Disposable; spelled out so this file imports nothing). */
  onEvent(listener: (event: UpdaterEvent) => void): { dispose(): void }
}
