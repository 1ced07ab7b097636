// The tray icon: renders the app's TrayView (icon, tooltip, menu as plain data). The menu is built and set again on
// every change because Linux (AppIndicator) only picks up a menu through setContextMenu, and emits no click events,
// which is why every action lives in the menu.
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron'
import type { MenuItem, TrayIconState, TrayView } from '../../app/platform'

// Module-level on purpose: a Tray (or its Menu) that only a local variable holds is garbage-collected and vanishes.
let tray: Tray | undefined
let menu: Menu | undefined
let shownIcon: string | undefined

export function setTray(
  view: TrayView,
  iconPath: (state: TrayIconState) => string,
  onAction: (action: string) => void,
): void {
  const path = iconPath(view.icon)
  if (!tray) {
    tray = new Tray(loadIcon(path))
    // Windows opens the menu on right-click only; a left-click should too.
    if (process.platform === 'win32') tray.on('click', () => tray?.popUpContextMenu())
  } else if (path !== shownIcon) {
    tray.setImage(loadIcon(path))
  }
  shownIcon = path
  tray.setToolTip(view.tooltip)
  menu = Menu.buildFromTemplate(view.menu.map((item) => toTemplate(item, onAction)))
  tray.setContextMenu(menu)
}

export function destroyTray(): void {
  tray?.destroy()
  tray = undefined
  menu = undefined
  shownIcon = undefined
}

function loadIcon(path: string): Electron.NativeImage {
  const image = nativeImage.createFromPath(path)
  // macOS tints template images for light and dark menu bars.
  if (process.platform === 'darwin') image.setTemplateImage(true)
  return image
}

function toTemplate(item: MenuItem, onAction: (action: string) => void): MenuItemConstructorOptions {
  if (item.type === 'separator') return { type: 'separator' }
  if (item.type === 'submenu') {
    const submenu = item.items.map((child) => toTemplate(child, onAction))
    return { type: 'submenu', id: item.id, label: item.label, enabled: item.enabled, submenu }
  }
  const { action } = item
  return {
    type: item.type,
    id: item.id,
    label: item.label,
    enabled: item.enabled,
    checked: item.checked,
    click: action === undefined ? undefined : () => onAction(action),
  }
}
