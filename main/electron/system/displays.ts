// The displays as the app sees them (Platform.displays), from Electron's `screen` module: each display's bounds,
// work area and scale, whether it is there at all, the pointer, the display of Limber's focused window, and the
// system's events when a display is added, removed or changed. Only usable after 'ready', as `screen` is.
import { BrowserWindow, screen } from 'electron'
import type { Display, Displays } from '../../app/platform'

/** Electron's display as the app's: a display the system no longer detects, or of no size, counts as asleep. */
export function displayOf(display: Electron.Display): Display {
  return {
    id: display.id,
    bounds: { ...display.bounds },
    workArea: { ...display.workArea },
    scaleFactor: display.scaleFactor,
    awake: display.detected !== false && display.size.width > 0 && display.size.height > 0,
  }
}

export const displays: Displays = {
  all: () => screen.getAllDisplays().map(displayOf),
  pointer: () => screen.getCursorScreenPoint(),
  focusedDisplay() {
    // Electron tells only of Limber's own windows; another app's focused window is not ours to see.
    const focused = BrowserWindow.getFocusedWindow()
    return focused ? screen.getDisplayMatching(focused.getBounds()).id : null
  },
  onChanged(listener) {
    // Electron's three display events, each as the app names the change (typed one by one: each has its overload).
    const added = () => listener('added')
    const removed = () => listener('removed')
    const changed = () => listener('changed')
    screen.on('display-added', added)
    screen.on('display-removed', removed)
    screen.on('display-metrics-changed', changed)
    return {
      dispose: () => {
        screen.removeListener('display-added', added)
        screen.removeListener('display-removed', removed)
        screen.removeListener('display-metrics-changed', changed)
      },
    }
  },
}
