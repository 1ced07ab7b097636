// The real app (main/app startLimber) in the Electron shell, against the double: the adapters fit the app, a state
// change reaches the tray as a new menu, and a page cannot pass for the other window.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { app, imagePath, made, pageIn, recordOf, recorded, resetDouble, templateOf } from './electron-double'
import { startLimber } from '../../main/app/index'
import type { AppStatus } from '../../main/app/ipc-contract'
import { runLimber } from '../../main/electron/lifecycle'
import { openLog } from '../../main/electron/files/log'
import { destroyTray } from '../../main/electron/system/tray'

vi.mock('electron', () => import('./electron-double'))

type Item = { label?: string; click?: () => void; submenu?: Item[] }
const labels = (items: Item[]): string[] =>
  items.flatMap((item) => [item.label ?? '-', ...labels(item.submenu ?? [])])

const argv = process.argv
let folder: string
beforeEach(() => {
  resetDouble()
  for (const level of ['info', 'warn', 'error'] as const)
    vi.spyOn(console, level).mockImplementation(() => {})
  folder = recorded.paths.userData
  process.argv = ['/opt/Limber/limber']
})
afterEach(() => {
  app.emit('will-quit')
  destroyTray()
  vi.restoreAllMocks()
  process.argv = argv
})

const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve))
}

async function start(): Promise<void> {
  runLimber(startLimber, openLog(folder))
  await settle()
}

function openFromSecondLaunch(): void {
  app.emit('second-instance', {}, ['/opt/Limber/limber'], '/', { args: [] })
}

describe('the real app in the Electron shell', () => {
  it('shows a tray with its menu, and sets the menu again when a second launch pauses it', async () => {
    await start()
    const tray = recordOf(made.trays[0]!)
    const before = tray.menus.length
    expect(before).toBeGreaterThan(0)
    app.emit('second-instance', {}, [], '/', { args: ['--pause', '1h'] })
    expect(tray.menus.length).toBeGreaterThan(before)
    const menu = labels(templateOf(tray.menus.at(-1)!) as Item[]).join(' | ')
    expect(menu).toMatch(/Resume/i)
    expect(imagePath(tray.images.at(-1))).toMatch(/tray-paused-32\.png$/)
  })

  it('starts from repaired values when the preferences file is corrupt, keeps the original, and says so once', async () => {
    await writeFile(join(folder, 'preferences.json'), '{"version": 1, "snooze')
    await start()
    const files = await readdir(folder)
    expect(files.filter((name) => name.startsWith('preferences.corrupt-'))).toHaveLength(1)
    expect(files).toContain('preferences.json')
    const shown = made.notifications.map((notification) => recordOf(notification).options)
    expect(shown.map((options) => options.title)).toEqual(['Settings were reset'])
    expect(String(shown[0]!.body)).toContain('preferences.corrupt-')
  })

  it('opens the settings window on a plain second launch, and forgets it once closed', async () => {
    await start()
    openFromSecondLaunch()
    expect(made.windows.map((window) => window.webContents.getURL())).toEqual(['limber://app/settings.html'])
    made.windows[0]!.close()
    await settle()
    openFromSecondLaunch()
    expect(made.windows).toHaveLength(2)
  })

  it('never repeats a refused argument in its notice: bidirectional controls cannot reorder what it says', async () => {
    await start()
    // RLO makes everything after it read right to left: "…ffo" on screen would pass for "off…".
    const hostile = [
      ['--sore-back', '\u202Eyad 7 rof nalp'],
      ['--sore-back=\u2067ffo\u2069'],
      ['--pause', '\u202E1h'],
      ['--pause=\u200F2h'],
      ['--resume=\u202Ewon'],
      ['\u202E--quit'],
      ['--settings', `\u202E${'x'.repeat(3000)}`],
    ]
    for (const args of hostile) app.emit('second-instance', {}, [], '/', { args })
    const bodies = made.notifications.map((notification) => String(recordOf(notification).options.body))
    expect(bodies).toHaveLength(hostile.length)
    for (const body of bodies) {
      expect(body).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]|yad|ffo|won|xxx/)
    }
    // Each names what is allowed instead.
    expect(bodies.slice(0, 2)).toEqual(
      Array(2).fill('--sore-back takes how many days or off: 1d, 2d, 3d, 5d, off.'),
    )
    expect(bodies.slice(2, 4)).toEqual(
      Array(2).fill('--pause needs how long: 30m, 1h, 2h, until-morning, forever.'),
    )
    const usage =
      ' Use one of: --pause 30m|1h|2h|until-morning|forever, --resume, --break-now, --stretch-now,'
    expect(bodies[4]).toMatch(`--resume takes no value.${usage}`)
    expect(bodies[5]).toMatch(`Argument 1 is not one Limber knows.${usage}`)
    expect(bodies[6]).toMatch(`Argument 2 is not one Limber knows.${usage}`)
  })

  it('takes ".", empty and relative folders out of PATH, so nothing it or Electron starts comes from where it runs', async () => {
    const path = process.env.PATH
    try {
      process.env.PATH = `.:${path}::bin:~/tools`
      await start()
      const entries = process.env.PATH.split(':')
      expect(entries).toEqual([...new Set(path?.split(':').filter((entry) => entry.startsWith('/')))])
    } finally {
      process.env.PATH = path
    }
  })

  it('refuses settings-only calls from the break page even after it renamed itself settings.html', async () => {
    await start()
    app.emit('second-instance', {}, [], '/', { args: ['--break-now'] })
    const breakWindow = made.windows.find((window) => window.webContents.getURL().endsWith('/break.html'))!
    const page = pageIn(breakWindow)
    page.replaceState('settings.html')
    expect(breakWindow.webContents.getURL()).toBe('limber://app/settings.html')
    const before = await readFile(join(folder, 'preferences.json'), 'utf8')
    expect(await page.invoke('prefs:set', { snoozeMinutes: 30 })).toEqual({
      error: 'prefs:set is not available to the break window',
    })
    expect(await page.invoke('prefs:reset')).toEqual({
      error: 'prefs:reset is not available to the break window',
    })
    expect(await readFile(join(folder, 'preferences.json'), 'utf8')).toBe(before)
  })

  it('tells the About section its version and where the log file is', async () => {
    await start()
    openFromSecondLaunch()
    const status = (await pageIn(made.windows[0]!).invoke('status:get')) as AppStatus
    expect(status.version).toBe('0.1.0-test')
    expect(status.logFile).toBe(join(folder, 'logs', 'main.log'))
    expect(await readFile(status.logFile!, 'utf8')).toMatch(/Limber 0\.1\.0-test starting/)
  })

  it('tells the user when start at login cannot be set, and why', async () => {
    const platform = process.platform
    const execPath = process.execPath
    const configHome = process.env.XDG_CONFIG_HOME
    // Where an entry would go if one were written: never the real ~/.config/autostart.
    process.env.XDG_CONFIG_HOME = join(folder, 'config')
    Object.defineProperty(process, 'platform', { value: 'linux', configurable: true })
    Object.defineProperty(process, 'execPath', {
      value: '/home/me/a\nExec=touch pwned\nX=/limber',
      configurable: true,
    })
    try {
      await start()
      openFromSecondLaunch()
      const answer = await pageIn(made.windows[0]!).invoke('prefs:set', { startAtLogin: true })
      expect(answer).toMatchObject({ ok: true })
      const shown = made.notifications.map((notification) => recordOf(notification).options)
      expect(shown.at(-1)).toMatchObject({
        title: 'Limber could not change start at login',
        body: expect.stringContaining('line break'),
      })
      expect(await readdir(folder)).not.toContain('config')
    } finally {
      if (configHome === undefined) delete process.env.XDG_CONFIG_HOME
      else process.env.XDG_CONFIG_HOME = configHome
      Object.defineProperty(process, 'platform', { value: platform, configurable: true })
      Object.defineProperty(process, 'execPath', { value: execPath, configurable: true })
    }
  })
})
