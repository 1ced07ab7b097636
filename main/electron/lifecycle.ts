// The app's life in Electron: one instance (a second launch hands its command line to the first), tray-only (no
// dock icon, closing windows does not quit), and the start-up order Electron requires around 'ready'.
import { app, session } from 'electron'
import { join } from 'node:path'
import { isShellSwitch } from '../app/commands'
import type { LimberApp, StartLimber } from '../app/platform'
import { handleIpc } from './ipc'
import { registerPageScheme, servePages } from './pages'
import { createElectronPlatform } from './platform-electron'
import { denyPermissions } from './security'

/** Equals `appId` in electron-builder.yml, so Windows attributes notifications to the installed app. */
export const APP_USER_MODEL_ID = 'app.limber.desktop'

/** The user's arguments: argv without the executable, and without the app folder when run as `electron .`. */
export function commandLineArgs(argv: readonly string[]): string[] {
  return argv.slice(process.defaultApp ? 2 : 1)
}

/**
 * A second instance sends its own arguments as additionalData: Electron warns that the argv it passes on may be
 * reordered and gain Chromium switches. The argv is the fallback. Switches are left to the app's parser.
 */
export function secondInstanceArgs(argv: readonly string[], additionalData: unknown): string[] {
  const sent = (additionalData as { args?: unknown } | null)?.args
  if (Array.isArray(sent) && sent.every((arg) => typeof arg === 'string')) return sent
  return commandLineArgs(argv)
}

// Module-level so the app (and through it the tray and windows) lives as long as the process.
let running: LimberApp | undefined

export function runLimber(startLimber: StartLimber): void {
  const args = commandLineArgs(process.argv)
  if (!app.requestSingleInstanceLock({ args })) {
    app.quit()
    return
  }
  registerPageScheme()
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
  // Tray-only: Electron's default would quit when the last window closes.
  app.on('window-all-closed', () => {})
  void app.whenReady().then(() => start(startLimber, args))
}

function start(startLimber: StartLimber, ownArgs: readonly string[]): void {
  app.dock?.hide()
  denyPermissions(session.defaultSession)
  servePages(join(app.getAppPath(), 'dist', 'renderer'))
  const shell = createElectronPlatform({ windowClosed: (kind) => running?.windowClosed(kind) })
  const limber = startLimber(shell.platform)
  running = limber
  const ipc = handleIpc(limber, shell.platform.log)

  const runCommand = (args: readonly string[]) => {
    const result = limber.handleCommandLine(args)
    if (result.ok) shell.platform.log('info', result.message)
    else shell.platform.inform('Limber did not understand the command', result.message)
  }
  // No arguments (or only switches) means "open the settings", which is what a second launch should do...
  app.on('second-instance', (_event, argv, _cwd, additionalData) =>
    runCommand(secondInstanceArgs(argv, additionalData)),
  )
  // ...but not the first launch (e.g. at login), which only obeys an actual command.
  if (ownArgs.some((arg) => !isShellSwitch(arg))) runCommand(ownArgs)

  app.on('will-quit', () => {
    ipc.dispose()
    limber.dispose()
    shell.dispose()
    running = undefined
  })
}
