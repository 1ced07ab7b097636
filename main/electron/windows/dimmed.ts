// The calm dimmed screens a full-screen break puts on each other display: one small frameless window per display,
// covering it, shown without taking the keyboard, with the same hardened page settings as every window. The app
// says which displays to dim (Platform.showDimmed); this makes the windows exactly those, moving one that is open on
// a display already and closing the rest, so none is left behind when the break ends or its display goes.
import { BrowserWindow, type Rectangle } from 'electron'
import type { Placement, Platform } from '../../app/platform'
import { pageUrl } from './pages'

export interface DimmedSetup {
  /** The hardened webPreferences every window gets. */
  webPreferences: NonNullable<Electron.BrowserWindowConstructorOptions['webPreferences']>
  /** Records the page's kind against its webContents (IPC asks it), and forgets it when the window is gone. */
  register(contentsId: number): void
  forget(contentsId: number): void
  /** Guards a page's webContents as every window's are (no navigation, no new windows). */
  guard(contents: Electron.WebContents): void
  log: Platform['log']
}

export function createDimmedScreens(setup: DimmedSetup) {
  /** display id → the dimmed window on it. */
  const shown = new Map<number, BrowserWindow>()

  function make(screen: Placement): BrowserWindow {
    const window = new BrowserWindow({
      ...screen.bounds,
      title: 'Limber',
      show: false,
      frame: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      resizable: false,
      movable: false,
      minimizable: false,
      maximizable: false,
      backgroundColor: '#15181c',
      webPreferences: setup.webPreferences,
    })
    const contentsId = window.webContents.id
    setup.register(contentsId)
    window.removeMenu()
    setup.guard(window.webContents)
    // Never the keyboard: the user is at the break on another display, or typing.
    window.once('ready-to-show', () => window.showInactive())
    window.on('closed', () => {
      setup.forget(contentsId)
      if (shown.get(screen.displayId) === window) shown.delete(screen.displayId)
    })
    // The page names its display, so "Show the break here" can say where here is.
    window.loadURL(`${pageUrl('dimmed')}?display=${screen.displayId}`).catch((error: unknown) => {
      setup.log('error', 'could not load the dimmed screen', error)
      if (!window.isDestroyed()) window.close()
    })
    return window
  }

  return {
    /** Dims exactly these displays: a window on each, every other one closed. */
    show(screens: readonly Placement[]): void {
      const wanted = new Set(screens.map((screen) => screen.displayId))
      for (const [displayId, window] of shown) {
        if (wanted.has(displayId)) continue
        shown.delete(displayId)
        if (!window.isDestroyed()) window.close()
      }
      for (const screen of screens) {
        const open = shown.get(screen.displayId)
        if (open && !open.isDestroyed()) setBounds(open, screen.bounds)
        else shown.set(screen.displayId, make(screen))
      }
    },

    /** The displays dimmed now. */
    displays(): number[] {
      return [...shown.keys()]
    },
  }
}

function setBounds(window: BrowserWindow, bounds: Rectangle): void {
  const now = window.getBounds()
  if (now.x === bounds.x && now.y === bounds.y && now.width === bounds.width && now.height === bounds.height)
    return
  window.setBounds(bounds)
}
