// A double of the parts of the 'electron' module that main/electron uses, for tests under plain Node
// (`vi.mock('electron', () => import('./electron-double'))`). It is held to Electron's own types: every object and
// class below may only have members Electron's type has (`satisfies` / `electronHas`), so a method the double
// made up is a compile error. It keeps the rules the adapters could break: what may only run before or after
// 'ready' throws as Electron does, a window closes asynchronously and can be kept open, a second IPC handler is
// refused. What the double records for the tests lives outside the doubles (`recorded`, `made`, `recordOf`).
import { EventEmitter } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

type Listener = (...args: never[]) => unknown
type Handler = (event: Electron.IpcMainInvokeEvent, payload: unknown) => unknown

/** For `satisfies`: only names Electron's type has (where its values are whole Electron objects the double is not). */
type NamesOf<Real> = Partial<Record<keyof Real, unknown>>

/**
 * Compile-time check: the double declares no public member that Electron's type lacks. When it does, the call
 * fails to compile ("Expected 1 arguments") and the missing argument's type names the invented members.
 */
type Invented<Double, Real> = Exclude<keyof Double, keyof Real>
function electronHas<Double, Real>(
  ..._nothingInvented: [Invented<Double, Real>] extends [never]
    ? []
    : [inventedMembers: Invented<Double, Real>]
): void {}

/** A fresh, empty user-data folder for each test; the previous one is removed at each reset and at exit. */
const freshUserData = () => mkdtempSync(join(tmpdir(), 'limber-double-'))
process.once('exit', () => rmSync(recorded.paths.userData, { recursive: true, force: true }))

export const recorded = {
  calls: [] as { api: string; args: unknown[] }[],
  ipcHandlers: new Map<string, Handler>(),
  ipcListeners: new Map<string, Listener[]>(),
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  permissionRequestHandler: undefined as Listener | undefined,
  permissionCheckHandler: undefined as Listener | undefined,
  devicePermissionHandler: undefined as Listener | undefined,
  sessionEvents: new EventEmitter(),
  exposed: new Map<string, unknown>(),
  singleInstanceLock: true,
  notificationsSupported: true,
  /** The OS refuses to show notifications: each one emits 'failed' when shown. */
  notificationsFail: false,
  /** Page loads fail as a missing page would (ERR_FILE_NOT_FOUND). */
  failLoads: false,
  idleSeconds: 0,
  paths: { userData: freshUserData(), appPath: '/app' },
}

/** Everything the doubles were asked to create, in order (destroyed ones included). */
export const made = {
  windows: [] as BrowserWindow[],
  trays: [] as Tray[],
  notifications: [] as Notification[],
}

interface WindowRecord {
  options: Electron.BrowserWindowConstructorOptions
  menuRemoved: boolean
  /** The page has a beforeunload handler that refuses to unload. */
  pagePreventsUnload: boolean
  windowOpenHandler?: (details: { url: string }) => { action: string }
}
interface TrayRecord {
  images: NativeImageDouble[]
  tooltips: string[]
  menus: MenuDouble[]
}
interface NotificationRecord {
  options: Electron.NotificationConstructorOptions
  shown: boolean
  closed: boolean
}
const records = new WeakMap<object, WindowRecord | TrayRecord | NotificationRecord>()

export function recordOf(window: BrowserWindow): WindowRecord
export function recordOf(tray: Tray): TrayRecord
export function recordOf(notification: Notification): NotificationRecord
export function recordOf(made: object): WindowRecord | TrayRecord | NotificationRecord {
  const record = records.get(made)
  if (!record) throw new Error('not made by the double')
  return record
}

function record(api: string, ...args: unknown[]): void {
  recorded.calls.push({ api, args })
}

export function callsTo(api: string): unknown[][] {
  return recorded.calls.filter((call) => call.api === api).map((call) => call.args)
}

// ─── ready ──────────────────────────────────────────────────────────────────────────────────────────────────

const readiness = { ready: false, scheduled: false, generation: 0 }

/** As after Electron's 'ready': the APIs that need it work from now on. */
export function becomeReady(): void {
  if (readiness.ready) return
  readiness.ready = true
  app.emit('ready', {}, {})
}

function needsReady(what: string): void {
  if (!readiness.ready) throw new Error(what)
}

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
  rmSync(recorded.paths.userData, { recursive: true, force: true })
  recorded.paths = { userData: freshUserData(), appPath: '/app' }
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

// ─── screen ─────────────────────────────────────────────────────────────────────────────────────────────────

const SCREEN_NOT_READY = "The 'screen' module can't be used before the app is ready"
export const screen = {
  getCursorScreenPoint: () => {
    needsReady(SCREEN_NOT_READY)
    return { x: 2500, y: 300 }
  },
  // Two displays side by side; the cursor is on the second.
  getDisplayNearestPoint: (point: Electron.Point) => {
    needsReady(SCREEN_NOT_READY)
    const workArea =
      point.x >= 1920
        ? { x: 1920, y: 0, width: 2560, height: 1400 }
        : { x: 0, y: 0, width: 1920, height: 1040 }
    return { workArea } as Electron.Display
  },
} satisfies Partial<Electron.Screen>

// ─── windows ────────────────────────────────────────────────────────────────────────────────────────────────

class WebFrameMainDouble {
  parent = null
  constructor(public url: string) {}
}
electronHas<WebFrameMainDouble, Electron.WebFrameMain>()

let nextContentsId = 1

class WebContentsDouble extends EventEmitter {
  readonly id = nextContentsId++
  readonly mainFrame = new WebFrameMainDouble('')
  private destroyed = false
  constructor(private readonly owner: BrowserWindow) {
    super()
  }
  setWindowOpenHandler(
    handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse,
  ): void {
    recordOf(this.owner).windowOpenHandler = handler as WindowRecord['windowOpenHandler']
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed')
    sentTo.get(this)?.push({ channel, payload: args[0] })
  }
  getURL(): string {
    return this.mainFrame.url
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  /** Called by the window as it goes. */
  static destroy(contents: WebContentsDouble): void {
    contents.destroyed = true
  }
}
electronHas<WebContentsDouble, Electron.WebContents>()

const sentTo = new WeakMap<WebContentsDouble, { channel: string; payload: unknown }[]>()

/** What was sent to a window's page with webContents.send. */
export function sentToPage(window: BrowserWindow): { channel: string; payload: unknown }[] {
  return sentTo.get(window.webContents) ?? []
}

/** Makes an Electron-style event whose preventDefault() is remembered. */
export function electronEvent<Params extends object>(params: Params): Electron.Event<Params> {
  let prevented = false
  const event = { ...params, preventDefault: () => void (prevented = true) }
  Object.defineProperty(event, 'defaultPrevented', { get: () => prevented, enumerable: true })
  return event as Electron.Event<Params>
}

export class BrowserWindow extends EventEmitter {
  readonly webContents: WebContentsDouble
  private destroyed = false
  private visible = false
  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    needsReady('Cannot create BrowserWindow before app is ready')
    super()
    records.set(this, { options, menuRemoved: false, pagePreventsUnload: false })
    this.webContents = new WebContentsDouble(this)
    sentTo.set(this.webContents, [])
    made.windows.push(this)
  }
  removeMenu(): void {
    recordOf(this).menuRemoved = true
  }
  async loadURL(url: string): Promise<void> {
    this.webContents.mainFrame.url = url
    if (recorded.failLoads) throw new Error('ERR_FILE_NOT_FOUND (-6)')
  }
  show(): void {
    this.visible = true
  }
  focus(): void {}
  isVisible(): boolean {
    return this.visible && !this.destroyed
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  /**
   * As Electron: 'close' now (a listener may prevent it), then the page unloads asynchronously (a beforeunload
   * handler may keep it, unless 'will-prevent-unload' is prevented), and only then is the window destroyed and
   * 'closed' emitted.
   */
  close(): void {
    if (this.destroyed) return
    const closing = electronEvent({})
    this.emit('close', closing)
    if (closing.defaultPrevented) return
    setImmediate(() => {
      if (this.destroyed) return
      if (recordOf(this).pagePreventsUnload) {
        const unload = electronEvent({})
        this.webContents.emit('will-prevent-unload', unload)
        if (!unload.defaultPrevented) return
      }
      this.destroyed = true
      WebContentsDouble.destroy(this.webContents)
      this.emit('closed')
    })
  }
}
electronHas<BrowserWindow, Electron.BrowserWindow>()
electronHas<typeof BrowserWindow, typeof Electron.BrowserWindow>()

/** What a script in one of our pages can do, as seen from the main process. */
export function pageIn(window: BrowserWindow) {
  const contents = window.webContents
  return {
    /** history.replaceState: the frame's URL changes, and no navigation event fires. */
    replaceState(path: string): void {
      contents.mainFrame.url = new URL(path, contents.mainFrame.url).href
    },
    /** window.limber's ipcRenderer.invoke, from the page's top frame. */
    invoke(channel: string, payload?: unknown): unknown {
      const handler = recorded.ipcHandlers.get(channel)
      if (!handler) throw new Error(`No handler registered for '${channel}'`)
      const event = {
        ...electronEvent({}),
        sender: contents,
        senderFrame: contents.mainFrame,
        frameId: 1,
        processId: 1,
        type: 'frame',
      }
      return handler(event as unknown as Electron.IpcMainInvokeEvent, payload)
    },
    /** A beforeunload handler that refuses to let the page go. */
    preventUnload(): void {
      recordOf(window).pagePreventsUnload = true
    },
  }
}

// ─── tray, menu, images ─────────────────────────────────────────────────────────────────────────────────────

class NativeImageDouble {
  private template = false
  setTemplateImage(option: boolean): void {
    this.template = option
  }
  isTemplateImage(): boolean {
    return this.template
  }
}
electronHas<NativeImageDouble, Electron.NativeImage>()

const imagePaths = new WeakMap<NativeImageDouble, string>()

/** The path a double image was created from. */
export function imagePath(image: unknown): string | undefined {
  return imagePaths.get(image as NativeImageDouble)
}

export const nativeImage = {
  createFromPath: (path: string) => {
    const image = new NativeImageDouble()
    imagePaths.set(image, path)
    return image
  },
} satisfies NamesOf<typeof Electron.NativeImage>

class MenuDouble {}
electronHas<MenuDouble, Electron.Menu>()

const templates = new WeakMap<MenuDouble, Electron.MenuItemConstructorOptions[]>()

export const Menu = {
  buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => {
    const menu = new MenuDouble()
    templates.set(menu, template)
    return menu
  },
} satisfies NamesOf<typeof Electron.Menu>

/** The template a double menu was built from (click handlers included). */
export function templateOf(menu: MenuDouble): Electron.MenuItemConstructorOptions[] {
  return templates.get(menu) ?? []
}

export class Tray extends EventEmitter {
  private destroyed = false
  constructor(image: NativeImageDouble | string) {
    needsReady('Cannot create Tray before app is ready')
    super()
    records.set(this, { images: [image as NativeImageDouble], tooltips: [], menus: [] })
    made.trays.push(this)
  }
  setImage(image: NativeImageDouble | string): void {
    recordOf(this).images.push(image as NativeImageDouble)
  }
  setToolTip(toolTip: string): void {
    recordOf(this).tooltips.push(toolTip)
  }
  setContextMenu(menu: MenuDouble | null): void {
    if (menu) recordOf(this).menus.push(menu)
  }
  popUpContextMenu(): void {
    record('tray.popUpContextMenu')
  }
  destroy(): void {
    this.destroyed = true
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
}
electronHas<Tray, Electron.Tray>()

// ─── notifications ──────────────────────────────────────────────────────────────────────────────────────────

export class Notification extends EventEmitter {
  static isSupported(): boolean {
    return recorded.notificationsSupported
  }
  constructor(options: Electron.NotificationConstructorOptions = {}) {
    super()
    records.set(this, { options, shown: false, closed: false })
    made.notifications.push(this)
  }
  show(): void {
    recordOf(this).shown = true
    if (recorded.notificationsFail) {
      setImmediate(() =>
        this.emit('failed', electronEvent({}), 'org.freedesktop.Notifications: not available'),
      )
    }
  }
  /** As Electron: dismisses it without a 'close' event (that one reports the user closing it). */
  close(): void {
    recordOf(this).closed = true
  }
}
electronHas<Notification, Electron.Notification>()

// ─── power ──────────────────────────────────────────────────────────────────────────────────────────────────

const powerMonitorEvents = new EventEmitter()
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

// ─── preload side ───────────────────────────────────────────────────────────────────────────────────────────

export const contextBridge = {
  exposeInMainWorld: (apiKey: string, api: unknown) => {
    recorded.exposed.set(apiKey, api)
  },
} satisfies Partial<Electron.ContextBridge>

class IpcRendererDouble extends EventEmitter {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    record('ipcRenderer.invoke', channel, args[0])
    return { answered: channel }
  }
}
electronHas<IpcRendererDouble, Electron.IpcRenderer>()
export const ipcRenderer = new IpcRendererDouble()

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
