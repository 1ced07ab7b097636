// The windows adapter: hardened webPreferences on every window, on-demand windows that leave nothing behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BrowserWindow, callsTo, resetDouble } from './electron-double'
import { createWindows } from '../../main/electron/windows'

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

describe('windows', () => {
  beforeEach(resetDouble)
  afterEach(() => vi.restoreAllMocks())

  it('gives every window it creates the hardened webPreferences', () => {
    const { windows } = setup()
    windows.open('settings')
    windows.open('break', { fullScreen: true })
    expect(BrowserWindow.created).toHaveLength(2)
    for (const window of BrowserWindow.created) {
      expect(window.options.webPreferences).toEqual(HARDENED)
      expect(window.menuRemoved).toBe(true)
    }
  })

  it('loads our pages from the limber:// scheme', () => {
    const { windows } = setup()
    windows.open('settings')
    windows.open('break')
    expect(BrowserWindow.created.map((window) => window.loadedUrl)).toEqual([
      'limber://app/settings.html',
      'limber://app/break.html',
    ])
  })

  it('opens settings at 720x560 and the break window at 420x360, centred on the display under the cursor', () => {
    const { windows } = setup()
    windows.open('settings')
    windows.open('break')
    const [settings, breakWindow] = BrowserWindow.created
    expect(settings?.options).toMatchObject({ width: 720, height: 560, center: true, alwaysOnTop: false })
    // The cursor is on the second display (x 1920, 2560x1400).
    expect(breakWindow?.options).toMatchObject({
      width: 420,
      height: 360,
      x: 1920 + 1070,
      y: 520,
      alwaysOnTop: true,
    })
  })

  it('makes the break window full-screen only when asked', () => {
    const { windows } = setup()
    windows.open('break')
    windows.close('break')
    windows.open('break', { fullScreen: true })
    expect(BrowserWindow.created.map((window) => window.options.fullscreen)).toEqual([false, true])
  })

  it('shows a window only once it is ready, and focuses an open one instead of making another', () => {
    const { windows } = setup()
    windows.open('settings')
    const [window] = BrowserWindow.created
    expect(window?.visible).toBe(false)
    window?.emit('ready-to-show')
    expect(window?.visible).toBe(true)
    windows.open('settings')
    expect(BrowserWindow.created).toHaveLength(1)
  })

  it('holds no reference to a window after it closes, and tells the app', () => {
    const { windows, closed } = setup()
    windows.open('settings')
    windows.open('break')
    expect(windows.openKinds()).toEqual(['settings', 'break'])
    BrowserWindow.created[0]?.close() // closed by the user
    windows.close('break') // closed by the app
    expect(windows.openKinds()).toEqual([])
    expect(closed).toEqual(['settings', 'break'])
    // Nothing is sent to a window that is gone.
    windows.broadcast('status:changed', {})
    expect(BrowserWindow.created.flatMap((window) => window.webContents.sent)).toEqual([])
  })

  it('closes a window whose page failed to load, rather than keep it hidden', async () => {
    const { windows, closed } = setup()
    BrowserWindow.failLoads = true
    windows.open('break')
    await new Promise((resolve) => setImmediate(resolve))
    expect(windows.openKinds()).toEqual([])
    expect(closed).toEqual(['break'])
  })

  it('pushes events to every open window', () => {
    const { windows } = setup()
    windows.open('settings')
    windows.open('break')
    windows.broadcast('prefs:changed', { version: 1 })
    for (const window of BrowserWindow.created) {
      expect(window.webContents.sent).toEqual([{ channel: 'prefs:changed', payload: { version: 1 } }])
    }
  })

  it('denies navigation and new windows; only a listed https help link goes to the browser', () => {
    const { windows } = setup()
    windows.open('settings')
    const contents = BrowserWindow.created[0]!.webContents
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() }
      contents.emit('will-navigate', event)
      return event.preventDefault
    }
    expect(navigate('https://evil.example/')).toHaveBeenCalled()
    expect(navigate('https://www.nhs.uk/conditions/back-pain/')).toHaveBeenCalled()
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'http://medlineplus.gov/backpain.html' })).toEqual({
      action: 'deny',
    })
    expect(contents.windowOpenHandler?.({ url: 'https://medlineplus.gov/backpain.html' })).toEqual({
      action: 'deny',
    })
    expect(callsTo('shell.openExternal')).toEqual([
      ['https://www.nhs.uk/conditions/back-pain/'],
      ['https://medlineplus.gov/backpain.html'],
    ])
    const webview = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
  })
})
