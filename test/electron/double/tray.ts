// Tray, Menu, nativeImage and Notification, plus the preload side (contextBridge, ipcRenderer).
import { EventEmitter } from 'node:events'
import { needsReady } from './app'
import { electronEvent, electronHas, made, record, recordOf, recorded, records, type NamesOf } from './record'

export class NativeImageDouble {
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

export class MenuDouble {}
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
