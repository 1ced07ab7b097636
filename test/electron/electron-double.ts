// A recording double of the parts of the 'electron' module that main/electron uses, for tests under plain Node
// (`vi.mock('electron', () => import('./electron-double'))`). It records what the adapters ask of Electron and
// lets a test emit the events Electron would; it implements no Electron behaviour beyond that.
import { EventEmitter } from 'node:events'

type Options = Record<string, unknown>
type Listener = (...args: never[]) => unknown

export const recorded = {
  calls: [] as { api: string; args: unknown[] }[],
  ipcHandlers: new Map<string, (event: unknown, payload: unknown) => unknown>(),
  ipcListeners: new Map<string, Listener[]>(),
  protocolHandlers: new Map<string, (request: { url: string }) => unknown>(),
  permissionRequestHandler: undefined as Listener | undefined,
  permissionCheckHandler: undefined as Listener | undefined,
  exposed: new Map<string, unknown>(),
  singleInstanceLock: true,
  notificationsSupported: true,
  paths: { userData: '/tmp/limber-test', appPath: '/app' },
}

function record(api: string, ...args: unknown[]): void {
  recorded.calls.push({ api, args })
}

export function callsTo(api: string): unknown[][] {
  return recorded.calls.filter((call) => call.api === api).map((call) => call.args)
}

export function resetDouble(): void {
  recorded.calls.length = 0
  recorded.ipcHandlers.clear()
  recorded.ipcListeners.clear()
  recorded.protocolHandlers.clear()
  recorded.permissionRequestHandler = undefined
  recorded.permissionCheckHandler = undefined
  recorded.exposed.clear()
  recorded.singleInstanceLock = true
  recorded.notificationsSupported = true
  BrowserWindow.created.length = 0
  BrowserWindow.failLoads = false
  Tray.created.length = 0
  Notification.created.length = 0
  app.removeAllListeners()
  powerMonitor.removeAllListeners()
  ipcRenderer.removeAllListeners()
}

class AppDouble extends EventEmitter {
  isPackaged = false
  dock = { hide: () => record('app.dock.hide') }
  requestSingleInstanceLock(data?: unknown): boolean {
    record('app.requestSingleInstanceLock', data)
    return recorded.singleInstanceLock
  }
  quit(): void {
    record('app.quit')
  }
  setAppUserModelId(id: string): void {
    record('app.setAppUserModelId', id)
  }
  whenReady(): Promise<void> {
    return Promise.resolve()
  }
  getAppPath(): string {
    return recorded.paths.appPath
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`)
    return recorded.paths.userData
  }
  getVersion(): string {
    return '0.1.0-test'
  }
  setLoginItemSettings(settings: unknown): void {
    record('app.setLoginItemSettings', settings)
  }
}
export const app = new AppDouble()

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown) => record('protocol.registerSchemesAsPrivileged', schemes),
  handle: (scheme: string, handler: (request: { url: string }) => unknown) => {
    record('protocol.handle', scheme)
    recorded.protocolHandlers.set(scheme, handler)
  },
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => (recorded.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: Listener) => (recorded.permissionCheckHandler = handler),
  },
}

export const shell = { openExternal: async (url: string) => record('shell.openExternal', url) }

export const dialog = { showMessageBox: async (options: unknown) => record('dialog.showMessageBox', options) }

export const ipcMain = {
  handle: (channel: string, handler: (event: unknown, payload: unknown) => unknown) => {
    if (recorded.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`)
    recorded.ipcHandlers.set(channel, handler)
  },
  removeHandler: (channel: string) => recorded.ipcHandlers.delete(channel),
  // Plain listeners: only electron-store registers one (and the store adapter removes it).
  on: (channel: string, listener: Listener) => {
    recorded.ipcListeners.set(channel, [...(recorded.ipcListeners.get(channel) ?? []), listener])
  },
  removeAllListeners: (channel: string) => recorded.ipcListeners.delete(channel),
}

export const screen = {
  getCursorScreenPoint: () => ({ x: 2500, y: 300 }),
  // Two displays side by side; the cursor is on the second.
  getDisplayNearestPoint: (point: { x: number }) =>
    point.x >= 1920
      ? { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } }
      : { workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
}

class WebContentsDouble extends EventEmitter {
  sent: { channel: string; payload: unknown }[] = []
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = []
  static failLoads = false
  webContents = new WebContentsDouble()
  loadedUrl: string | undefined
  destroyed = false
  visible = false
  menuRemoved = false
  constructor(readonly options: Options) {
    super()
    BrowserWindow.created.push(this)
  }
  removeMenu(): void {
    this.menuRemoved = true
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    if (BrowserWindow.failLoads) throw new Error('ERR_FILE_NOT_FOUND (-6)')
  }
  show(): void {
    this.visible = true
  }
  focus(): void {}
  isDestroyed(): boolean {
    return this.destroyed
  }
  /** As Electron: 'close', then the window is destroyed and 'closed' follows. */
  close(): void {
    this.emit('close')
    this.destroyed = true
    this.emit('closed')
  }
}

export const nativeImage = {
  createFromPath: (path: string) => ({
    path,
    template: false,
    setTemplateImage(flag: boolean) {
      this.template = flag
    },
  }),
}

export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
}

export class Tray extends EventEmitter {
  static created: Tray[] = []
  images: unknown[] = []
  tooltips: string[] = []
  menus: { template: unknown[] }[] = []
  destroyed = false
  constructor(image: unknown) {
    super()
    this.images.push(image)
    Tray.created.push(this)
  }
  setImage(image: unknown): void {
    this.images.push(image)
  }
  setToolTip(text: string): void {
    this.tooltips.push(text)
  }
  setContextMenu(menu: { template: unknown[] }): void {
    this.menus.push(menu)
  }
  popUpContextMenu(): void {
    record('tray.popUpContextMenu')
  }
  destroy(): void {
    this.destroyed = true
  }
}

export class Notification extends EventEmitter {
  static created: Notification[] = []
  static isSupported(): boolean {
    return recorded.notificationsSupported
  }
  shown = false
  closed = false
  constructor(readonly options: Options) {
    super()
    Notification.created.push(this)
  }
  show(): void {
    this.shown = true
  }
  close(): void {
    this.closed = true
    this.emit('close')
  }
}

class PowerMonitorDouble extends EventEmitter {
  idle = 0
  getSystemIdleTime(): number {
    return this.idle
  }
}
export const powerMonitor = new PowerMonitorDouble()

export const contextBridge = {
  exposeInMainWorld: (key: string, api: unknown) => recorded.exposed.set(key, api),
}

class IpcRendererDouble extends EventEmitter {
  async invoke(channel: string, payload: unknown): Promise<unknown> {
    record('ipcRenderer.invoke', channel, payload)
    return { answered: channel }
  }
}
export const ipcRenderer = new IpcRendererDouble()

export default {
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
