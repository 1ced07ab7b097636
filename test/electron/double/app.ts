// The app-wide modules of the double: app (and its 'ready'), protocol, session, shell, dialog, ipcMain, screen and
// powerMonitor, each throwing where Electron throws before or after 'ready'.
import { EventEmitter } from 'node:events'
import { electronHas, record, recorded, type Handler, type Listener, type NamesOf } from './record'

export const readiness = { ready: false, scheduled: false, generation: 0 }

/** As after Electron's 'ready': the APIs that need it work from now on. */
export function becomeReady(): void {
  if (readiness.ready) return
  readiness.ready = true
  app.emit('ready', {}, {})
}

export function needsReady(what: string): void {
  if (!readiness.ready) throw new Error(what)
}

// ─── app ────────────────────────────────────────────────────────────────────────────────────────────────────

class AppDouble extends EventEmitter {
  isPackaged = false
  dock = { hide: () => record('app.dock.hide') } satisfies Partial<Electron.Dock> as unknown as Electron.Dock
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    record('app.requestSingleInstanceLock', additionalData)
    return recorded.singleInstanceLock
  }
  /** Recorded only: the double does not run Electron's quit sequence (tests emit 'will-quit' themselves). */
  quit(): void {
    record('app.quit')
  }
  exit(exitCode?: number): void {
    record('app.exit', exitCode)
  }
  setAppUserModelId(id: string): void {
    record('app.setAppUserModelId', id)
  }
  isReady(): boolean {
    return readiness.ready
  }
  /** As Electron: 'ready' comes after the code that asked has finished running (here, on the next turn). */
  whenReady(): Promise<void> {
    if (readiness.ready) return Promise.resolve()
    const ready = new Promise<void>((resolve) => this.once('ready', () => resolve()))
    if (!readiness.scheduled) {
      readiness.scheduled = true
      const generation = readiness.generation
      setImmediate(() => {
        if (generation === readiness.generation) becomeReady()
      })
    }
    return ready
  }
  getAppPath(): string {
    return recorded.paths.appPath
  }
  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    if (name !== 'userData') throw new Error(`the double knows no ${name} path`)
    return recorded.paths.userData
  }
  getVersion(): string {
    return '0.1.0-test'
  }
  /** A copy each time, as Electron returns a new array. */
  getPreferredSystemLanguages(): string[] {
    return [...recorded.systemLanguages]
  }
  /** As on Windows, the strictest: the locale is known only once the app is ready (before, an empty string). */
  getLocale(): string {
    return readiness.ready ? recorded.locale : ''
  }
  setLoginItemSettings(settings: Electron.Settings): void {
    record('app.setLoginItemSettings', settings)
  }
}
electronHas<AppDouble, Electron.App>()
export const app = new AppDouble()

// ─── protocol, session, shell, dialog ───────────────────────────────────────────────────────────────────────

export const protocol = {
  registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
    if (readiness.ready)
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    record('protocol.registerSchemesAsPrivileged', customSchemes)
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    // Electron's protocol.handle is the default session's, which exists only once the app is ready.
    needsReady('Session can only be received when app is ready')
    if (recorded.protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`)
    record('protocol.handle', scheme)
    recorded.protocolHandlers.set(scheme, handler)
  },
} satisfies Partial<Electron.Protocol>

const defaultSession = {
  setPermissionRequestHandler: (handler: Listener | null) => {
    recorded.permissionRequestHandler = handler ?? undefined
  },
  setPermissionCheckHandler: (handler: Listener | null) => {
    recorded.permissionCheckHandler = handler ?? undefined
  },
  setDevicePermissionHandler: (handler: Listener | null) => {
    recorded.devicePermissionHandler = handler ?? undefined
  },
  on(event: string, listener: (...args: never[]) => void) {
    recorded.sessionEvents.on(event, listener as (...args: unknown[]) => void)
    return this
  },
} satisfies NamesOf<Electron.Session>

export const session = {
  get defaultSession(): Electron.Session {
    needsReady('Session can only be received when app is ready')
    return defaultSession as unknown as Electron.Session
  },
} satisfies Partial<typeof Electron.Session>

export const shell = {
  openExternal: async (url: string) => record('shell.openExternal', url),
} satisfies Partial<Electron.Shell>

export const dialog = {
  showMessageBox: async (
    windowOrOptions: Electron.BaseWindow | Electron.MessageBoxOptions,
    options?: Electron.MessageBoxOptions,
  ) => {
    record('dialog.showMessageBox', options ?? windowOrOptions)
    return { response: 0, checkboxChecked: false }
  },
  /** Electron allows this one before 'ready'. */
  showErrorBox: (title: string, content: string) => record('dialog.showErrorBox', title, content),
  /** Answers what the test put in `recorded.openDialog` (the user's choice, or a cancel). */
  showOpenDialog: async (
    windowOrOptions: Electron.BaseWindow | Electron.OpenDialogOptions,
    options?: Electron.OpenDialogOptions,
  ): Promise<Electron.OpenDialogReturnValue> => {
    needsReady("dialog.showOpenDialog can't be used before the app is ready")
    const parent = options === undefined ? undefined : windowOrOptions
    record('dialog.showOpenDialog', options ?? windowOrOptions, parent)
    return structuredClone(recorded.openDialog)
  },
} satisfies Partial<Electron.Dialog>

// ─── IPC ────────────────────────────────────────────────────────────────────────────────────────────────────

export const ipcMain = {
  handle: (channel: string, handler: Handler) => {
    if (recorded.ipcHandlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    recorded.ipcHandlers.set(channel, handler)
  },
  removeHandler: (channel: string) => {
    recorded.ipcHandlers.delete(channel)
  },
  // Plain listeners: only electron-store registers one (and the store adapter removes it).
  on(channel: string, listener: Listener) {
    recorded.ipcListeners.set(channel, [...(recorded.ipcListeners.get(channel) ?? []), listener])
    return this
  },
  removeAllListeners(channel?: string) {
    if (channel === undefined) recorded.ipcListeners.clear()
    else recorded.ipcListeners.delete(channel)
    return this
  },
} satisfies NamesOf<Electron.IpcMain>

// ─── power ──────────────────────────────────────────────────────────────────────────────────────────────────

export const powerMonitorEvents = new EventEmitter()
const powerMonitorApi = {
  getSystemIdleTime: () => recorded.idleSeconds,
  on: (event: string, listener: (...args: unknown[]) => void) => powerMonitorEvents.on(event, listener),
  removeListener: (event: string, listener: (...args: unknown[]) => void) =>
    powerMonitorEvents.removeListener(event, listener),
  emit: (event: string, ...args: unknown[]) => powerMonitorEvents.emit(event, ...args),
  eventNames: () => powerMonitorEvents.eventNames(),
} satisfies NamesOf<Electron.PowerMonitor>

/** As Electron's: any use before 'ready' throws. */
export const powerMonitor = new Proxy(powerMonitorApi, {
  get(target, property: keyof typeof powerMonitorApi) {
    needsReady("The 'powerMonitor' module can't be used before the app is ready.")
    return target[property]
  },
})
