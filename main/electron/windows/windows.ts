// The settings and break windows: created on demand with Electron's hardened webPreferences, and forgotten the
// moment they close, so an idle Limber holds no window at all (docs/architecture.md, "Windows and memory").
// Each window's kind is recorded against its webContents id when it is made: IPC asks that registry which page
// is talking, never the page's URL, which a script in the page can rewrite with history.replaceState. Where a break
// goes among the displays is the app's choice (Platform.openWindow's placement, placeWindow); the dimmed screens
// around a full-screen break are dimmed.ts's.
import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type WebContents } from 'electron'
import type { PageKind, WindowKind } from '../../app/ipc-contract'
import type { OpenWindowOptions, Placement, Platform } from '../../app/platform'
import { BREAK_WINDOW_SIZE } from '../../core/screens/placement'
import { createDimmedScreens } from './dimmed'
import { pageUrl } from './pages'
import { openHelpLink } from './security'

export interface WindowsSetup {
  preloadPath: string
  /** A window closed that the app did not close itself (the user, or the OS). */
  onClosed(kind: WindowKind): void
  log: Platform['log']
}

export type Windows = ReturnType<typeof createWindows>

const SIZES: Readonly<Record<WindowKind, { width: number; height: number }>> = {
  settings: { width: 720, height: 560 },
  break: BREAK_WINDOW_SIZE,
}

export function webPreferences(preloadPath: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
}

export function createWindows(setup: WindowsSetup) {
  /** The window showing each kind now. A window the app asked to close leaves this map at once. */
  const open = new Map<WindowKind, BrowserWindow>()
  /** webContents id → the kind of page it was made for; kept until the window is gone. */
  const kinds = new Map<number, PageKind>()
  const dimmed = createDimmedScreens({
    webPreferences: webPreferences(setup.preloadPath) ?? {},
    register: (contentsId) => kinds.set(contentsId, 'dimmed'),
    forget: (contentsId) => kinds.delete(contentsId),
    guard,
    log: setup.log,
  })

  return {
    /**
     * Opens the kind's window, or shows the one open. `focus: false` (a break window that opened by itself) shows it
     * with showInactive(), as BreakTimer does: the keyboard stays with whatever the user is typing in.
     */
    open(kind: WindowKind, options: OpenWindowOptions = {}): void {
      const focus = options.focus !== false
      const existing = open.get(kind)
      if (existing) {
        if (focus) {
          existing.show()
          existing.focus()
        } else if (!existing.isVisible()) {
          existing.showInactive()
        }
        return
      }
      const firm = kind === 'break' && options.firm === true
      const window = new BrowserWindow({
        ...(kind === 'break' ? breakPlacement(options.placement) : { ...SIZES.settings, center: true }),
        // Until the page names itself in the language in use (its <title>, then the window's own words).
        title: 'Limber',
        show: false,
        alwaysOnTop: kind === 'break',
        fullscreen: kind === 'break' && options.fullScreen === true,
        resizable: kind === 'settings',
        maximizable: false,
        // A firm break ends by Done, its time, a pause or the emergency way out (the app reopens one closed anyway).
        closable: !firm,
        minimizable: !firm,
        webPreferences: webPreferences(setup.preloadPath),
      })
      const contentsId = window.webContents.id
      kinds.set(contentsId, kind)
      // No File/Edit/View menu (and its reload and devtools shortcuts) on Windows and Linux.
      window.removeMenu()
      guard(window.webContents)
      window.once('ready-to-show', () => (focus ? window.show() : window.showInactive()))
      window.on('closed', () => {
        kinds.delete(contentsId)
        // Only a close the app did not ask for is news to it; a window it closed was already replaced or let go.
        if (open.get(kind) !== window) return
        open.delete(kind)
        setup.onClosed(kind)
      })
      open.set(kind, window)
      window.loadURL(pageUrl(kind)).catch((error: unknown) => {
        // A window whose page failed would stay hidden (it shows on 'ready-to-show'); close it, the app is told.
        setup.log('error', `could not load ${kind}`, error)
        if (!window.isDestroyed()) window.close()
      })
    },

    /**
     * Moves the kind's open window (the break, after its display went or changed). A full-screen window leaves full
     * screen to move, as Electron keeps a full-screen window's bounds, and enters it again on its new display.
     */
    place(kind: WindowKind, placement: Placement, fullScreen: boolean): void {
      const window = open.get(kind)
      if (!window || window.isDestroyed()) return
      const wasFull = window.isFullScreen()
      if (wasFull) window.setFullScreen(false)
      window.setBounds(placement.bounds)
      if (wasFull || fullScreen) window.setFullScreen(true)
    },

    /** Dims exactly these displays (Platform.showDimmed). */
    dim(screens: readonly Placement[]): void {
      dimmed.show(screens)
    },

    /** The displays dimmed now. */
    dimmedDisplays(): number[] {
      return dimmed.displays()
    },

    /**
     * Closes the kind's window. Electron closes asynchronously, so the window leaves the map now: opening the same
     * kind in the same tick (one reminder ending as the next begins) makes a new window, not the dying one.
     */
    close(kind: WindowKind): void {
      const window = open.get(kind)
      if (!window) return
      open.delete(kind)
      window.close()
    },

    broadcast(event: string, payload: unknown): void {
      for (const window of open.values()) {
        if (!window.isDestroyed()) window.webContents.send(event, payload)
      }
    },

    /** The window showing `kind` now (a dialog is put over it), or undefined. */
    current(kind: WindowKind): BrowserWindow | undefined {
      return open.get(kind)
    },

    /** The kinds with a window showing; after a close the adapter holds nothing for that kind. */
    openKinds(): WindowKind[] {
      return [...open.keys()]
    },

    /** Which of our pages a webContents was created for; undefined for anything we did not create. */
    kindOf(webContentsId: number): PageKind | undefined {
      return kinds.get(webContentsId)
    },
  }
}

/** Where the app placed it; else centred on the display under the cursor, where the user is looking. */
function breakPlacement(placement: Placement | undefined): BrowserWindowConstructorOptions {
  if (placement) return { ...placement.bounds }
  const { width, height } = SIZES.break
  const { workArea } = screen.getDisplayNearestPoint(screen.getCursorScreenPoint())
  const x = workArea.x + Math.round((workArea.width - width) / 2)
  const y = workArea.y + Math.round((workArea.height - height) / 2)
  return { width, height, x, y }
}

/**
 * A page never navigates, redirects, frames anything or opens windows, and cannot keep its window from closing;
 * a help link goes to the browser instead. The CSP already blocks most of this; these are the second lock.
 */
export function guard(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault()
    openHelpLink(event.url)
  })
  // will-navigate covers only the main frame (and opens help links); a subframe's navigation is refused here.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openHelpLink(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // A beforeunload handler may not keep a window open that the user or the app is closing.
  contents.on('will-prevent-unload', (event) => event.preventDefault())
}
