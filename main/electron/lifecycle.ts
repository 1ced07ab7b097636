// The app's life in Electron: one instance (a second launch hands its command line to the first), tray-only (no
// dock icon, closing windows does not quit), the start-up order Electron requires around 'ready', and a start
// that fails saying so: a dialog naming what went wrong and where the log is, then a clean exit.
import { isRecord } from '../core/one-of'
import { app, dialog, session } from 'electron'
import { join } from 'node:path'
import {
  isShellSwitch,
  type DialogTexts,
  type Disposable,
  type LimberApp,
  type StartLimber,
} from '../app/index'
import { keepSearchPathTrusted } from './busy/system-tools'
import { systemDialogTexts } from './system/languages'
import { handleIpc } from './windows/ipc'
import { openLog, shorten, type Logging } from './files/log'
import { registerPageScheme, servePages } from './windows/pages'
import { createElectronPlatform } from './platform-electron'
import { denyPermissions } from './windows/security'

/** Equals `appId` in electron-builder.yml, so Windows attributes notifications to the installed app. */
export const APP_USER_MODEL_ID = 'app.limber.desktop'

/** More arguments than any command of ours takes; a second launch sending more is not heard. */
const MAX_SENT_ARGS = 64
const MAX_SENT_ARG_LENGTH = 4096

/** The user's arguments: argv without the executable, and without the app folder when run as `electron .`. */
export function commandLineArgs(argv: readonly string[]): string[] {
  return argv.slice(process.defaultApp ? 2 : 1)
}

/**
 * A second instance sends its own arguments as additionalData: Electron warns that the argv it passes on may be
 * reordered and gain Chromium switches. The argv is the fallback. Switches are left to the app's parser. The
 * length is checked before anything walks the list: `new Array(2 ** 32 - 1)` arrives as a list that long.
 */
export function secondInstanceArgs(argv: readonly string[], additionalData: unknown): string[] {
  const sent = isRecord(additionalData) ? additionalData.args : undefined
  if (
    Array.isArray(sent) &&
    sent.length <= MAX_SENT_ARGS &&
    Object.keys(sent).length === sent.length &&
    sent.every((arg) => typeof arg === 'string' && arg.length <= MAX_SENT_ARG_LENGTH)
  )
    return sent
  return commandLineArgs(argv)
}

// Module-level so the app (and through it the tray and windows) lives as long as the process.
let running: LimberApp | undefined

/** The dialogs' words: the running app's language, else the system's. */
function dialogTexts(): DialogTexts {
  return running?.dialogTexts?.() ?? systemDialogTexts()
}

/** Runs Limber in Electron. `logging` is opened in the user-data folder unless a test hands one in. */
export function runLimber(
  startLimber: StartLimber,
  logging: Logging = openLog(app.getPath('userData')),
): void {
  try {
    // Programs started by name (the busy probes' tools, Electron's xdg-open) never come from the working folder.
    keepSearchPathTrusted()
    const args = commandLineArgs(process.argv)
    if (!app.requestSingleInstanceLock({ args })) {
      app.quit()
      return
    }
    registerPageScheme()
    if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
    // Tray-only: Electron's default would quit when the last window closes.
    app.on('window-all-closed', () => {})
    logging.log('info', `Limber ${app.getVersion()} starting`)
    app
      .whenReady()
      .then(() => start(startLimber, args, logging))
      .catch((error: unknown) => failedToStart(error, logging))
  } catch (error) {
    failedToStart(error, logging)
  }
}

function start(startLimber: StartLimber, ownArgs: readonly string[], logging: Logging): void {
  // Undone in reverse if a later step throws, so a failed start leaves no tray icon or handler behind.
  const started: Disposable[] = []
  try {
    app.dock?.hide()
    denyPermissions(session.defaultSession)
    servePages(join(app.getAppPath(), 'dist', 'renderer'))
    const shell = createElectronPlatform({
      windowClosed: (kind) => running?.windowClosed(kind),
      dialogTexts,
      logging,
    })
    started.push(shell)
    const limber = startLimber(shell.platform)
    started.push(limber)
    running = limber
    const ipc = handleIpc(limber, shell.windows.kindOf, logging.log)
    started.push(ipc)

    const runCommand = (args: readonly string[], cwd: string) => {
      const result = limber.handleCommandLine(args, cwd)
      if (result.ok || result.told) logging.log('info', result.message)
      else shell.platform.inform(dialogTexts().commandNotUnderstood, result.message)
    }
    // No arguments (or only switches) means "open the settings", which is what a second launch should do...
    // A file named on it (--import-routine) is found from the folder the second launch was typed in.
    app.on('second-instance', (_event, argv, workingDirectory, additionalData) =>
      runCommand(secondInstanceArgs(argv, additionalData), workingDirectory),
    )
    // ...but not the first launch (e.g. at login), which only obeys an actual command.
    if (ownArgs.some((arg) => !isShellSwitch(arg))) runCommand(ownArgs, process.cwd())

    app.on('will-quit', () => {
      for (const disposable of started.splice(0).reverse()) disposable.dispose()
      running = undefined
    })
  } catch (error) {
    for (const disposable of started.splice(0).reverse()) {
      try {
        disposable.dispose()
      } catch (cleanup) {
        logging.log('error', 'cleaning up after a failed start failed too', cleanup)
      }
    }
    running = undefined
    throw error
  }
}

/** Logs the failure, tells the user what went wrong and where the log is, and exits with a failure code. */
function failedToStart(error: unknown, logging: Logging): void {
  logging.log('error', 'Limber could not start', error)
  const what = shorten(error instanceof Error ? error.message : String(error), 500)
  try {
    const words = systemDialogTexts()
    dialog.showErrorBox(words.couldNotStart, words.couldNotStartDetail({ what, file: logging.file }))
  } catch (dialogError) {
    logging.log('error', 'the start-up error could not be shown', dialogError)
  }
  app.exit(1)
}
