// The displays adapter and the windows' places: Electron's displays as the app's (an undetected display counts as
// asleep), the display of Limber's focused window, the three display events and letting go of them; a break opened
// where the app placed it, moved out of and back into full screen, firm (not closable); dimmed screens made exactly
// as asked, moved, closed, never left behind, and known to IPC as dimmed pages.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  becomeReady,
  BrowserWindow,
  changeDisplay,
  desk,
  electronDisplay,
  made,
  plugIn,
  recordOf,
  resetDouble,
  screenListeners,
  unplug,
} from './electron-double'
import { displays } from '../../main/electron/system/displays'
import { createWindows } from '../../main/electron/windows/windows'

vi.mock('electron', () => import('./electron-double'))

const settle = () => new Promise((resolve) => setImmediate(resolve))

function windowsAdapter() {
  return createWindows({ preloadPath: '/app/dist/main/preload.cjs', onClosed: () => {}, log: () => {} })
}

describe('the displays', () => {
  beforeEach(() => {
    resetDouble()
  })

  it('cannot be asked before the app is ready, as Electron’s screen cannot', () => {
    expect(() => displays.all()).toThrow(/before the app is ready/)
  })

  it('reports each display’s bounds, work area and scale, and an undetected one as asleep', () => {
    becomeReady()
    desk.displays = [
      electronDisplay(1, { x: 0, y: 0, width: 1440, height: 900 }, { scaleFactor: 2 }),
      electronDisplay(2, { x: 1440, y: 0, width: 2560, height: 1440 }, { detected: false }),
    ]
    expect(displays.all()).toEqual([
      {
        id: 1,
        bounds: { x: 0, y: 0, width: 1440, height: 900 },
        workArea: { x: 0, y: 0, width: 1440, height: 860 },
        scaleFactor: 2,
        awake: true,
      },
      {
        id: 2,
        bounds: { x: 1440, y: 0, width: 2560, height: 1440 },
        workArea: { x: 1440, y: 0, width: 2560, height: 1400 },
        scaleFactor: 1,
        awake: false,
      },
    ])
    expect(displays.pointer()).toEqual({ x: 2500, y: 300 })
  })

  it('tells the display of Limber’s focused window, and nothing when none of ours has the keyboard', () => {
    becomeReady()
    const windows = windowsAdapter()
    expect(displays.focusedDisplay?.()).toBeNull()
    windows.open('settings')
    const settings = made.windows[0]!
    settings.setBounds({ x: 100, y: 100, width: 720, height: 560 })
    settings.emit('ready-to-show')
    expect(displays.focusedDisplay?.()).toBe(1)
  })

  it('reports displays added, removed and changed, and lets go of Electron’s events when disposed', () => {
    becomeReady()
    const changes: string[] = []
    const listening = displays.onChanged((change) => changes.push(change))
    plugIn(electronDisplay(3, { x: 4480, y: 0, width: 1920, height: 1080 }))
    changeDisplay(electronDisplay(3, { x: -1920, y: 0, width: 1920, height: 1080 }), ['bounds'])
    unplug(3)
    expect(changes).toEqual(['added', 'changed', 'removed'])
    listening.dispose()
    expect(screenListeners()).toBe(0)
  })
})

describe('where the windows go', () => {
  beforeEach(() => {
    resetDouble()
    becomeReady()
  })

  const onMonitor = { displayId: 2, bounds: { x: 3000, y: 520, width: 420, height: 360 } }
  const laptop = { displayId: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }
  const monitor = { displayId: 2, bounds: { x: 1920, y: 0, width: 2560, height: 1440 } }

  it('opens a break where the app placed it, and a firm one that the user cannot close', () => {
    const windows = windowsAdapter()
    windows.open('break', { placement: onMonitor, firm: true, focus: false })
    const window = made.windows[0]!
    expect(window.getBounds()).toEqual(onMonitor.bounds)
    expect(recordOf(window).options).toMatchObject({ closable: false, minimizable: false, alwaysOnTop: true })
  })

  it('opens a break the app did not place centred on the cursor’s display, closable', () => {
    const windows = windowsAdapter()
    windows.open('break')
    const window = made.windows[0]!
    expect(window.getBounds()).toEqual({ x: 1920 + 1070, y: 520, width: 420, height: 360 })
    expect(recordOf(window).options.closable).toBe(true)
  })

  it('moves a full-screen break to another display by leaving full screen and entering it there', () => {
    const windows = windowsAdapter()
    windows.open('break', { placement: monitor, fullScreen: true })
    const window = made.windows[0]!
    expect(window.isFullScreen()).toBe(true)
    windows.place('break', laptop, true)
    expect(window.getBounds()).toEqual(laptop.bounds)
    expect(window.isFullScreen()).toBe(true)
  })

  it('moves nothing when the break is not open', () => {
    const windows = windowsAdapter()
    expect(() => windows.place('break', laptop, false)).not.toThrow()
    expect(made.windows).toEqual([])
  })

  it('makes the dimmed screens exactly those asked for: shown without focus, moved, closed', async () => {
    const windows = windowsAdapter()
    windows.dim([laptop])
    expect(made.windows).toHaveLength(1)
    const dimmed = made.windows[0]!
    expect(dimmed.getBounds()).toEqual(laptop.bounds)
    expect(recordOf(dimmed).options).toMatchObject({ frame: false, show: false, skipTaskbar: true })
    expect(recordOf(dimmed).options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true })
    expect(dimmed.webContents.getURL()).toBe('limber://app/dimmed.html?display=1')
    expect(windows.kindOf(dimmed.webContents.id)).toBe('dimmed')
    dimmed.emit('ready-to-show')
    expect(dimmed.isVisible()).toBe(true)
    expect(dimmed.isFocused()).toBe(false)

    // The laptop's display moves: its dimmed screen follows; the monitor is dimmed too.
    const moved = { displayId: 1, bounds: { x: -1920, y: 0, width: 1920, height: 1080 } }
    windows.dim([moved, monitor])
    expect(made.windows).toHaveLength(2)
    expect(dimmed.getBounds()).toEqual(moved.bounds)
    expect(windows.dimmedDisplays().sort()).toEqual([1, 2])

    windows.dim([])
    await settle()
    expect(made.windows.every((window) => window.isDestroyed())).toBe(true)
    expect(windows.dimmedDisplays()).toEqual([])
    expect(windows.kindOf(dimmed.webContents.id)).toBeUndefined()
  })

  it('answers focus to no dimmed screen: BrowserWindow.getFocusedWindow stays with the break', () => {
    const windows = windowsAdapter()
    windows.open('break', { placement: onMonitor })
    windows.dim([laptop])
    for (const window of made.windows) window.emit('ready-to-show')
    expect(BrowserWindow.getFocusedWindow()).toBe(made.windows[0])
  })
})
