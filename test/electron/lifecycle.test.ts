// The life cycle: one instance, a second launch's command line reaching the app's parser, tray-only behaviour.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { app, becomeReady, callsTo, made, recordOf, recorded, resetDouble } from './electron-double'
import { parseCommandLine, type LimberApp, type Platform } from '../../main/app/index'
import { APP_USER_MODEL_ID, runLimber, secondInstanceArgs } from '../../main/electron/lifecycle'
import { openLog } from '../../main/electron/files/log'

vi.mock('electron', () => import('./electron-double'))

const argv = process.argv
const platform = process.platform
function setPlatform(value: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value, configurable: true })
}

/** The app, reduced to what the shell calls; its command line goes through the real parser. */
function fakeApp() {
  const commandLines: string[][] = []
  const closed: string[] = []
  let platformSeen: Platform | undefined
  const start = vi.fn((given: Platform): LimberApp => {
    platformSeen = given
    return {
      handleIpc: async () => ({}),
      call: async () => ({ error: 'the shell test answers no calls' }),
      handleCommandLine: (args) => {
        commandLines.push([...args])
        const parsed = parseCommandLine(args)
        if (!parsed.ok) return parsed
        if (parsed.command.type === 'settings') given.openWindow('settings')
        return { ok: true, message: parsed.command.type }
      },
      windowClosed: (kind) => closed.push(kind),
      dispose: () => {},
    }
  })
  return { start, commandLines, closed, platform: () => platformSeen }
}

/** Lets Electron's 'ready' come and the start that waits on it run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve))
}

async function launch(args: string[], start?: (platform: Platform) => LimberApp) {
  process.argv = ['/opt/Limber/limber', ...args]
  const limber = fakeApp()
  if (start) limber.start.mockImplementation(start)
  runLimber(limber.start, openLog(recorded.paths.userData))
  await settle()
  return limber
}

const logFile = () => join(recorded.paths.userData, 'logs', 'main.log')

describe('life cycle', () => {
  beforeEach(() => {
    resetDouble()
    for (const level of ['info', 'warn', 'error'] as const)
      vi.spyOn(console, level).mockImplementation(() => {})
  })
  afterEach(() => {
    vi.restoreAllMocks()
    app.emit('will-quit')
    process.argv = argv
    setPlatform(platform)
  })

  it('takes the single-instance lock first, and quits without starting when another instance has it', async () => {
    recorded.singleInstanceLock = false
    const limber = await launch(['--pause', '30m'])
    expect(callsTo('app.requestSingleInstanceLock')).toEqual([[{ args: ['--pause', '30m'] }]])
    expect(callsTo('app.quit')).toHaveLength(1)
    expect(limber.start).not.toHaveBeenCalled()
  })

  it("hands a second instance's command line to the app's parser", async () => {
    const limber = await launch([])
    // As Electron delivers it: the executable, Chromium's own switches, and our second instance's arguments.
    const secondArgv = ['/opt/Limber/limber', '--pause', '--original-process-start-time=1', '2h']
    app.emit('second-instance', {}, secondArgv, '/home/me', { args: ['--pause', '2h'] })
    // Without additionalData (it is optional), from argv: the parser ignores Chromium's switches.
    app.emit(
      'second-instance',
      {},
      ['/opt/Limber/limber', '--allow-file-access-from-files', '--break-now'],
      '/',
      null,
    )
    expect(limber.commandLines).toEqual([
      ['--pause', '2h'],
      ['--allow-file-access-from-files', '--break-now'],
    ])
  })

  it('opens the settings on a second launch without arguments, and reports a bad command to the user', async () => {
    const limber = await launch([])
    app.emit('second-instance', {}, ['/opt/Limber/limber'], '/', { args: [] })
    expect(limber.commandLines).toEqual([[]])
    expect(made.windows.map((window) => window.webContents.getURL())).toEqual(['limber://app/settings.html'])
    app.emit('second-instance', {}, ['/opt/Limber/limber', '--pause', 'soon'], '/', {
      args: ['--pause', 'soon'],
    })
    expect(limber.commandLines[1]).toEqual(['--pause', 'soon'])
    expect(made.notifications.map((shown) => recordOf(shown).options)).toEqual([
      expect.objectContaining({
        title: 'Limber did not understand the command',
        body: expect.stringContaining('--pause needs how long'),
      }),
    ])
  })

  it("obeys the first instance's own command, but opens nothing when started plainly (at login)", async () => {
    const plain = await launch(['--no-sandbox'])
    expect(plain.commandLines).toEqual([])
    app.emit('will-quit')
    resetDouble()
    const commanded = await launch(['--stretch-now'])
    expect(commanded.commandLines).toEqual([['--stretch-now']])
  })

  it('stays running when every window is closed, and tells the app a window closed', async () => {
    const limber = await launch([])
    expect(app.listenerCount('window-all-closed')).toBe(1)
    limber.platform()!.openWindow('break')
    made.windows[0]!.close()
    await settle()
    app.emit('window-all-closed')
    expect(callsTo('app.quit')).toEqual([])
    expect(limber.closed).toEqual(['break'])
  })

  it('hides the dock icon, serves the pages, denies permissions, and answers IPC once started', async () => {
    await launch([])
    expect(callsTo('app.dock.hide')).toHaveLength(1)
    // Before 'ready', as Electron requires: after it, the registration throws and the start fails.
    expect(callsTo('protocol.registerSchemesAsPrivileged')).toHaveLength(1)
    expect(callsTo('dialog.showErrorBox')).toEqual([])
    expect(callsTo('app.exit')).toEqual([])
    expect([...recorded.protocolHandlers.keys()]).toEqual(['limber'])
    expect(recorded.permissionCheckHandler?.()).toBe(false)
    const granted: boolean[] = []
    recorded.permissionRequestHandler?.(...([{}, 'media', (ok: boolean) => granted.push(ok)] as never[]))
    expect(granted).toEqual([false])
    expect(recorded.devicePermissionHandler?.()).toBe(false)
    const download = { preventDefault: vi.fn() }
    recorded.sessionEvents.emit('will-download', download)
    expect(download.preventDefault).toHaveBeenCalled()
    expect(recorded.ipcHandlers.size).toBeGreaterThan(0)
    app.emit('will-quit')
    expect(recorded.ipcHandlers.size).toBe(0)
  })

  it('sets the AppUserModelId on Windows only', async () => {
    setPlatform('win32')
    await launch([])
    expect(callsTo('app.setAppUserModelId')).toEqual([[APP_USER_MODEL_ID]])
    // Windows ties notifications to the installed shortcut by this id: it must be the installer's appId.
    expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(
      new RegExp(`^appId: ${APP_USER_MODEL_ID}$`, 'm'),
    )
    app.emit('will-quit')
    resetDouble()
    setPlatform('linux')
    await launch([])
    expect(callsTo('app.setAppUserModelId')).toEqual([])
  })

  it('ignores a second launch that sends four billion arguments, and takes its argv instead', async () => {
    const limber = await launch([])
    const argv = ['/opt/Limber/limber', '--resume']
    expect(secondInstanceArgs(argv, { args: new Array(2 ** 32 - 1) })).toEqual(['--resume'])
    expect(secondInstanceArgs(argv, { args: new Array(3) })).toEqual(['--resume'])
    expect(secondInstanceArgs(argv, { args: new Array(65).fill('--pause') })).toEqual(['--resume'])
    expect(secondInstanceArgs(argv, { args: ['x'.repeat(5000)] })).toEqual(['--resume'])
    app.emit('second-instance', {}, argv, '/', { args: new Array(2 ** 32 - 1) })
    expect(limber.commandLines).toEqual([['--resume']])
  })

  it('writes its log to logs/main.log in the user-data folder', async () => {
    const limber = await launch([])
    app.emit('second-instance', {}, ['/opt/Limber/limber', '--pause', 'soon'], '/', { args: ['--resume'] })
    expect(limber.commandLines).toEqual([['--resume']])
    const log = readFileSync(logFile(), 'utf8')
    expect(log).toMatch(/\[info\]\s+Limber 0\.1\.0-test starting/)
    expect(log).toMatch(/\[info\]\s+resume/)
  })

  it('says why it could not start and where the log is, undoes what it started, and exits', async () => {
    await launch([], (platform) => {
      platform.setTray({ icon: 'active', tooltip: 'Limber', menu: [] })
      throw new Error('the preferences folder is read-only')
    })
    expect(callsTo('dialog.showErrorBox')).toEqual([
      ['Limber could not start', expect.stringContaining('the preferences folder is read-only')],
    ])
    expect(String(callsTo('dialog.showErrorBox')[0]?.[1])).toContain(logFile())
    expect(callsTo('app.exit')).toEqual([[1]])
    // Nothing of the failed start is left: no tray icon, no IPC handler.
    expect(made.trays.map((tray) => tray.isDestroyed())).toEqual([true])
    expect(recorded.ipcHandlers.size).toBe(0)
    expect(readFileSync(logFile(), 'utf8')).toMatch(/\[error\]\s+Limber could not start[\s\S]*read-only/)
  })

  it('fails the same way when a step before ready throws', async () => {
    // Started late, as if the scheme registration had been moved after 'ready': Electron refuses it.
    becomeReady()
    const limber = await launch([])
    expect(limber.start).not.toHaveBeenCalled()
    expect(callsTo('dialog.showErrorBox')).toEqual([
      ['Limber could not start', expect.stringContaining('should be called before app is ready')],
    ])
    expect(callsTo('app.exit')).toEqual([[1]])
    expect(existsSync(logFile())).toBe(true)
  })
})
