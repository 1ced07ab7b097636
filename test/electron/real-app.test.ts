// The real app (main/app startLimber) in the Electron shell, against the recording double: the adapters fit the
// app, and a state change reaches the tray as a new menu.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { app, BrowserWindow, Notification, Tray, recorded, resetDouble } from './electron-double'
import { startLimber } from '../../main/app/index'
import { runLimber } from '../../main/electron/lifecycle'
import { destroyTray } from '../../main/electron/tray'

vi.mock('electron', () => import('./electron-double'))

type Item = { label?: string; click?: () => void; submenu?: Item[] }
const labels = (items: Item[]): string[] =>
  items.flatMap((item) => [item.label ?? '-', ...labels(item.submenu ?? [])])

let folder: string
const argv = process.argv
beforeEach(async () => {
  resetDouble()
  vi.spyOn(console, 'info').mockImplementation(() => {})
  folder = await mkdtemp(join(tmpdir(), 'limber-app-'))
  recorded.paths.userData = folder
  process.argv = ['/opt/Limber/limber']
})
afterEach(async () => {
  app.emit('will-quit')
  destroyTray()
  vi.restoreAllMocks()
  process.argv = argv
  await rm(folder, { recursive: true, force: true })
})

async function start(): Promise<void> {
  runLimber(startLimber)
  await new Promise((resolve) => setImmediate(resolve))
}

describe('the real app in the Electron shell', () => {
  it('shows a tray with its menu, and sets the menu again when a second launch pauses it', async () => {
    await start()
    const tray = Tray.created[0]!
    const before = tray.menus.length
    expect(before).toBeGreaterThan(0)
    app.emit('second-instance', {}, [], '/', { args: ['--pause', '1h'] })
    expect(tray.menus.length).toBeGreaterThan(before)
    const menu = labels(tray.menus.at(-1)!.template as Item[]).join(' | ')
    expect(menu).toMatch(/Resume/i)
    expect(tray.images.map((image) => (image as { path: string }).path).at(-1)).toMatch(
      /tray-paused-32\.png$/,
    )
  })

  it('starts from repaired values when the preferences file is corrupt, keeps the original, and says so once', async () => {
    await writeFile(join(folder, 'preferences.json'), '{"version": 1, "snooze')
    await start()
    const files = await readdir(folder)
    expect(files.filter((name) => name.startsWith('preferences.corrupt-'))).toHaveLength(1)
    expect(files).toContain('preferences.json')
    expect(Notification.created.map((shown) => shown.options.title)).toEqual(['Settings were reset'])
    expect(String(Notification.created[0]!.options.body)).toContain('preferences.corrupt-')
  })

  it('opens the settings window on a plain second launch, and forgets it once closed', async () => {
    await start()
    app.emit('second-instance', {}, ['/opt/Limber/limber'], '/', { args: [] })
    expect(BrowserWindow.created.map((window) => window.loadedUrl)).toEqual(['limber://app/settings.html'])
    BrowserWindow.created[0]!.close()
    app.emit('second-instance', {}, ['/opt/Limber/limber'], '/', { args: [] })
    expect(BrowserWindow.created).toHaveLength(2)
  })
})
