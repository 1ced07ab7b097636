// BrowserWindow and its webContents: made only after 'ready', closed asynchronously and preventably as in
// Electron, and `pageIn(window)`, what a script in one of our pages can do as seen from the main process.
import { EventEmitter } from 'node:events'
import { needsReady } from './app'
import { electronEvent, electronHas, made, recordOf, recorded, records, type WindowRecord } from './record'

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

export class BrowserWindow extends EventEmitter {
  readonly webContents: WebContentsDouble
  private destroyed = false
  private visible = false
  private focused = false
  private bounds: Electron.Rectangle
  private fullScreen: boolean
  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    needsReady('Cannot create BrowserWindow before app is ready')
    super()
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    }
    this.fullScreen = options.fullscreen === true
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
  /** As Electron: show() shows and focuses the window, showInactive() shows it without taking the keyboard. */
  show(): void {
    this.visible = true
    this.focused = true
  }
  showInactive(): void {
    this.visible = true
  }
  focus(): void {
    if (this.visible) this.focused = true
  }
  isVisible(): boolean {
    return this.visible && !this.destroyed
  }
  isFocused(): boolean {
    return this.focused && this.isVisible()
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  /** The window with the keyboard among the app's own, as Electron's (other apps' windows are never answered). */
  static getFocusedWindow(): BrowserWindow | null {
    return made.windows.find((window) => window.isFocused()) ?? null
  }
  getBounds(): Electron.Rectangle {
    if (this.destroyed) throw new Error('Object has been destroyed')
    return { ...this.bounds }
  }
  /** As Electron on macOS and most window managers: a full-screen window keeps the display's bounds. */
  setBounds(bounds: Partial<Electron.Rectangle>): void {
    if (this.destroyed) throw new Error('Object has been destroyed')
    if (this.fullScreen) return
    this.bounds = { ...this.bounds, ...bounds }
  }
  setFullScreen(flag: boolean): void {
    if (this.destroyed) throw new Error('Object has been destroyed')
    this.fullScreen = flag
  }
  isFullScreen(): boolean {
    return this.fullScreen && !this.destroyed
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
