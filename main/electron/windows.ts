// The settings and break windows: created on demand with Electron's hardened webPreferences, and forgotten the
// moment they close, so an idle Limber holds no window at all (ARCHITECTURE.md, "Windows and memory").
import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type WebContents } from 'electron'
import type { WindowKind } from '../app/ipc-contract'
import type { Platform } from '../app/platform'
import { pageUrl } from './pages'
import { openHelpLink } from './security'

export interface WindowsSetup {
  preloadPath: string
  onClosed(kind: WindowKind): void
  log: Platform['log']
}

export type Windows = ReturnType<typeof createWindows>

const SIZES: Readonly<Record<WindowKind, { width: number; height: number }>> = {
  settings: { width: 720, height: 560 },
  break: { width: 420, height: 360 },
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
  const open = new Map<WindowKind, BrowserWindow>()

  return {
    open(kind: WindowKind, options: { fullScreen?: boolean } = {}): void {
      const existing = open.get(kind)
      if (existing) {
        existing.show()
        existing.focus()
        return
      }
      const window = new BrowserWindow({
        ...(kind === 'break' ? breakPlacement() : { ...SIZES.settings, center: true }),
        title: kind === 'break' ? 'Limber break' : 'Limber settings',
        show: false,
        alwaysOnTop: kind === 'break',
        fullscreen: kind === 'break' && options.fullScreen === true,
        resizable: kind === 'settings',
        maximizable: false,
        webPreferences: webPreferences(setup.preloadPath),
      })
      // No File/Edit/View menu (and its reload and devtools shortcuts) on Windows and Linux.
      window.removeMenu()
      guard(window.webContents)
      window.once('ready-to-show', () => window.show())
      window.on('closed', () => {
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

    close(kind: WindowKind): void {
      open.get(kind)?.close()
    },

    broadcast(event: string, payload: unknown): void {
      for (const window of open.values()) {
        if (!window.isDestroyed()) window.webContents.send(event, payload)
      }
    },

    /** The kinds with a live window; after 'closed' the adapter holds nothing for that kind. */
    openKinds(): WindowKind[] {
      return [...open.keys()]
    },
  }
}

/** Centred on the display under the cursor, where the user is looking. */
function breakPlacement(): BrowserWindowConstructorOptions {
  const { width, height } = SIZES.break
  const { workArea } = screen.getDisplayNearestPoint(screen.getCursorScreenPoint())
  const x = workArea.x + Math.round((workArea.width - width) / 2)
  const y = workArea.y + Math.round((workArea.height - height) / 2)
  return { width, height, x, y }
}

/** A page never navigates away or opens windows; a help link goes to the browser instead. */
function guard(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault()
    openHelpLink(event.url)
  })
  contents.setWindowOpenHandler(({ url }) => {
    openHelpLink(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
