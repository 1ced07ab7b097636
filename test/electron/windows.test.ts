// The windows adapter: hardened webPreferences on every window, on-demand windows that leave nothing behind, and
// Electron's asynchronous close.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  becomeReady,
  callsTo,
  electronEvent,
  made,
  pageIn,
  recordOf,
  recorded,
  resetDouble,
  sentToPage,
} from './electron-double'
import { createWindows } from '../../main/electron/windows/windows'

vi.mock('electron', () => import('./electron-double'))

const HARDENED = {
  preload: '/app/dist/main/preload.cjs',
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

function setup() {
  const closed: string[] = []
  const windows = createWindows({
    preloadPath: '/app/dist/main/preload.cjs',
    onClosed: (kind) => closed.push(kind),
    log: () => {},
  })
  return { windows, closed }
}

/** Lets Electron finish what it does asynchronously (a page unloading, a load failing). */
const settle = () => new Promise((resolve) => setImmediate(resolve))

const urls = () => made.windows.map((window) => window.webContents.getURL())

describe('windows', () => {
  beforeEach(() => {
    resetDouble()
    becomeReady()
  })
  afterEach(() => vi.restoreAllMocks())

  it('gives every window it creates the hardened webPreferences', () => {
    const { windows } = setup()
    windows.open('settings')
    windows.open('break', { fullScreen: true })
    expect(made.windows).toHaveLength(2)
    for (const window of made.windows) {
      expect(recordOf(window).options.webPreferences).toEqual(HARDENED)
      expect(recordOf(window).menuRemoved).toBe(true)
    }
  })

  it('loads our pages from the limber:// scheme', () => {
    const { windows } = setup()
    windows.open('settings')
    windows.open('break')
    expect(urls()).toEqual(['limber://app/settings.html', 'limber://app/break.html'])
  })

  it('opens settings at 720x560 and the break window at 420x360, centred on the display under the cursor', () => {
    const { windows } = setup()
    windows.open('settings')
    windows.open('break')
    const [settings, breakWindow] = made.windows.map((window) => recordOf(window).options)
    expect(settings).toMatchObject({ width: 720, height: 560, center: true, alwaysOnTop: false })
    // The cursor is on the second display (x 1920, 2560x1400).
    expect(breakWindow).toMatchObject({ width: 420, height: 360, x: 1920 + 1070, y: 520, alwaysOnTop: true })
  })

  it('makes the break window full-screen only when asked', () => {
    const { windows } = setup()
    windows.open('break')
    windows.close('break')
    windows.open('break', { fullScreen: true })
    expect(made.windows.map((window) => recordOf(window).options.fullscreen)).toEqual([false, true])
  })

  it('shows a window only once it is ready, and focuses an open one instead of making another', () => {
    const { windows } = setup()
    windows.open('settings')
    const [window] = made.windows
    expect(window?.isVisible()).toBe(false)
    window?.emit('ready-to-show')
    expect(window?.isVisible()).toBe(true)
    windows.open('settings')
    expect(made.windows).toHaveLength(1)
  })

  it('shows a break window that opened by itself without focus, and focuses it once the user asks for it', () => {
    const { windows } = setup()
    windows.open('break', { focus: false })
    const [window] = made.windows
    window?.emit('ready-to-show')
    expect(window?.isVisible()).toBe(true)
    expect(window?.isFocused()).toBe(false)
    // Opening it again by itself (a notification failing a second time) still takes nothing.
    windows.open('break', { focus: false })
    expect(window?.isFocused()).toBe(false)
    // The user clicks "Show the break".
    windows.open('break')
    expect(made.windows).toHaveLength(1)
    expect(window?.isFocused()).toBe(true)
  })

  it('focuses a window the user asked for as it shows', () => {
    const { windows } = setup()
    windows.open('break', { focus: true })
    made.windows[0]?.emit('ready-to-show')
    expect(made.windows[0]?.isFocused()).toBe(true)
  })

  it('holds no reference to a window after it closes, and tells the app of the closes it did not ask for', async () => {
    const { windows, closed } = setup()
    windows.open('settings')
    windows.open('break')
    expect(windows.openKinds()).toEqual(['settings', 'break'])
    made.windows[0]?.close() // closed by the user
    windows.close('break') // closed by the app
    expect(windows.openKinds()).toEqual(['settings'])
    await settle()
    expect(windows.openKinds()).toEqual([])
    expect(closed).toEqual(['settings'])
    // Nothing is sent to a window that is gone.
    windows.broadcast('status:changed', {})
    expect(made.windows.flatMap(sentToPage)).toEqual([])
  })

  it('closes the break window and opens the next one in the same tick: the new one stays', async () => {
    const { windows, closed } = setup()
    windows.open('break')
    const first = made.windows[0]!
    // One reminder ends as the next begins, before Electron has finished closing the first window.
    windows.close('break')
    windows.open('break')
    expect(made.windows).toHaveLength(2)
    const second = made.windows[1]!
    await settle()
    expect(first.isDestroyed()).toBe(true)
    expect(second.isDestroyed()).toBe(false)
    expect(windows.openKinds()).toEqual(['break'])
    // The first window's 'closed' is not news of the second one closing.
    expect(closed).toEqual([])
    windows.broadcast('break:changed', { id: 'next' })
    expect(sentToPage(second)).toEqual([{ channel: 'break:changed', payload: { id: 'next' } }])
  })

  it('closes a window whose page refuses to unload', async () => {
    const { windows } = setup()
    windows.open('break')
    const window = made.windows[0]!
    pageIn(window).preventUnload()
    windows.close('break')
    await settle()
    expect(window.isDestroyed()).toBe(true)
  })

  it('keeps a window that a close listener kept open, and still knows it', async () => {
    const { windows, closed } = setup()
    windows.open('settings')
    const window = made.windows[0]!
    window.once('close', (event: Electron.Event) => event.preventDefault())
    window.close()
    await settle()
    expect(window.isDestroyed()).toBe(false)
    expect(windows.openKinds()).toEqual(['settings'])
    windows.open('settings')
    expect(made.windows).toHaveLength(1)
    expect(closed).toEqual([])
  })

  it('closes a window whose page failed to load, rather than keep it hidden', async () => {
    const { windows, closed } = setup()
    recorded.failLoads = true
    windows.open('break')
    await settle()
    await settle()
    expect(windows.openKinds()).toEqual([])
    expect(closed).toEqual(['break'])
  })

  it('pushes events to every open window', () => {
    const { windows } = setup()
    windows.open('settings')
    windows.open('break')
    windows.broadcast('prefs:changed', { version: 1 })
    for (const window of made.windows) {
      expect(sentToPage(window)).toEqual([{ channel: 'prefs:changed', payload: { version: 1 } }])
    }
  })

  it('knows each window by the webContents it was created with, not by its URL', () => {
    const { windows } = setup()
    windows.open('settings')
    windows.open('break')
    const [settings, breakWindow] = made.windows
    pageIn(breakWindow!).replaceState('settings.html')
    expect(breakWindow!.webContents.getURL()).toBe('limber://app/settings.html')
    expect(windows.kindOf(breakWindow!.webContents.id)).toBe('break')
    expect(windows.kindOf(settings!.webContents.id)).toBe('settings')
    expect(windows.kindOf(9999)).toBeUndefined()
  })

  it('denies navigation, redirects, subframe navigation and new windows; only a listed https help link goes to the browser', () => {
    const { windows } = setup()
    windows.open('settings')
    const contents = made.windows[0]!.webContents
    const handler = recordOf(made.windows[0]!).windowOpenHandler!
    const emit = (name: string, params: object) => {
      const event = electronEvent(params)
      contents.emit(name, event)
      return event.defaultPrevented
    }
    expect(emit('will-navigate', { url: 'https://evil.example/', isMainFrame: true })).toBe(true)
    expect(
      emit('will-navigate', { url: 'https://www.nhs.uk/conditions/back-pain/', isMainFrame: true }),
    ).toBe(true)
    expect(emit('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: false })).toBe(true)
    expect(emit('will-redirect', { url: 'https://evil.example/', isMainFrame: true })).toBe(true)
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(handler({ url: 'http://medlineplus.gov/backpain.html' })).toEqual({ action: 'deny' })
    expect(handler({ url: 'https://medlineplus.gov/backpain.html' })).toEqual({ action: 'deny' })
    expect(callsTo('shell.openExternal')).toEqual([
      ['https://www.nhs.uk/conditions/back-pain/'],
      ['https://medlineplus.gov/backpain.html'],
    ])
    expect(emit('will-attach-webview', {})).toBe(true)
  })

  it('cannot make a window before the app is ready, as in Electron', () => {
    resetDouble()
    const { windows } = setup()
    expect(() => windows.open('settings')).toThrow(/before app is ready|before the app is ready/)
  })
})
