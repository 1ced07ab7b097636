// The tray renders the app's TrayView; the menu is set again on every change (Linux needs it).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { becomeReady, callsTo, imagePath, made, recordOf, resetDouble, templateOf } from './electron-double'
import type { TrayView } from '../../main/app/platform'
import { destroyTray, setTray } from '../../main/electron/system/tray'

vi.mock('electron', () => import('./electron-double'))

const iconPath = (state: string) => `/icons/tray-${state}.png`

function view(icon: TrayView['icon'], next: string): TrayView {
  return {
    icon,
    tooltip: `Limber: ${next}`,
    menu: [
      { type: 'normal', id: 'next', label: next, enabled: false },
      { type: 'separator' },
      { type: 'normal', id: 'break-now', label: 'Take a break now', enabled: true, action: 'break-now' },
      {
        type: 'submenu',
        id: 'pause',
        label: 'Pause',
        enabled: true,
        items: [
          {
            type: 'radio',
            id: 'pause-30m',
            label: '30 minutes',
            enabled: true,
            checked: false,
            action: 'pause:30m',
          },
        ],
      },
    ],
  }
}

type Template = { label?: string; click?: () => void; submenu?: Template[]; type?: string; checked?: boolean }

const platform = process.platform
function setPlatform(value: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value, configurable: true })
}

describe('tray', () => {
  beforeEach(() => {
    resetDouble()
    becomeReady()
  })
  afterEach(() => {
    destroyTray()
    setPlatform(platform)
  })

  it('creates one tray and sets the menu again after a state change', () => {
    const actions: string[] = []
    setTray(view('active', 'Stretch in 12 min'), iconPath, (action) => actions.push(action))
    setTray(view('paused', 'Paused until 15:00'), iconPath, (action) => actions.push(action))
    expect(made.trays).toHaveLength(1)
    const tray = recordOf(made.trays[0]!)
    expect(tray.menus).toHaveLength(2)
    const labels = tray.menus.map((menu) => (templateOf(menu) as Template[])[0]?.label)
    expect(labels).toEqual(['Stretch in 12 min', 'Paused until 15:00'])
    expect(tray.tooltips).toEqual(['Limber: Stretch in 12 min', 'Limber: Paused until 15:00'])
    expect(tray.images.map(imagePath)).toEqual(['/icons/tray-active.png', '/icons/tray-paused.png'])
  })

  it('does not reload the icon when only the menu changed', () => {
    setTray(view('active', 'Stretch in 12 min'), iconPath, () => {})
    setTray(view('active', 'Stretch in 11 min'), iconPath, () => {})
    expect(recordOf(made.trays[0]!).images).toHaveLength(1)
    expect(recordOf(made.trays[0]!).menus).toHaveLength(2)
  })

  it('sends every menu action back, including from submenus', () => {
    const actions: string[] = []
    setTray(view('due', 'Stretch now'), iconPath, (action) => actions.push(action))
    const template = templateOf(recordOf(made.trays[0]!).menus[0]!) as Template[]
    expect(template[0]).toMatchObject({ label: 'Stretch now', click: undefined })
    expect(template[1]).toEqual({ type: 'separator' })
    template[2]!.click?.()
    template[3]!.submenu![0]!.click?.()
    expect(template[3]!.submenu![0]).toMatchObject({ type: 'radio', checked: false })
    expect(actions).toEqual(['break-now', 'pause:30m'])
  })

  it('uses template images on macOS and opens the menu on a left-click on Windows', () => {
    setPlatform('darwin')
    setTray(view('active', 'x'), iconPath, () => {})
    expect(recordOf(made.trays[0]!).images[0]!.isTemplateImage()).toBe(true)
    destroyTray()
    setPlatform('win32')
    setTray(view('active', 'x'), iconPath, () => {})
    made.trays[1]!.emit('click')
    expect(callsTo('tray.popUpContextMenu')).toHaveLength(1)
    expect(recordOf(made.trays[1]!).images[0]!.isTemplateImage()).toBe(false)
  })

  it('cannot make a tray before the app is ready, as in Electron', () => {
    resetDouble()
    expect(() => setTray(view('active', 'x'), iconPath, () => {})).toThrow(
      /Cannot create Tray before app is ready/,
    )
  })
})
