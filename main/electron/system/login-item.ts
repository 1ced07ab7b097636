// Start at login: Electron's login item on macOS and Windows; on Linux, which Electron does not cover, an XDG
// autostart entry ($XDG_CONFIG_HOME/autostart/limber.desktop) that starts the AppImage or the installed binary.
import { app } from 'electron'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

export interface LinuxHost {
  env: NodeJS.ProcessEnv
  home: string
  execPath: string
  /** Running as `electron .` in development: the app folder must follow the Electron binary. */
  appPath?: string
}

export function setStartAtLogin(enabled: boolean): void {
  if (process.platform !== 'linux') {
    app.setLoginItemSettings({ openAtLogin: enabled })
    return
  }
  const host = {
    env: process.env,
    home: homedir(),
    execPath: process.execPath,
    appPath: app.isPackaged ? undefined : app.getAppPath(),
  }
  setLinuxAutostart(enabled, host)
}

export function autostartFile(host: LinuxHost): string {
  const configHome = host.env.XDG_CONFIG_HOME || join(host.home, '.config')
  return join(configHome, 'autostart', 'limber.desktop')
}

export function setLinuxAutostart(enabled: boolean, host: LinuxHost): void {
  const file = autostartFile(host)
  if (!enabled) {
    rmSync(file, { force: true })
    return
  }
  // Inside an AppImage, execPath is in a temporary mount that is gone after logout; $APPIMAGE is the file itself.
  const command = [host.env.APPIMAGE || host.execPath, ...(host.appPath ? [host.appPath] : [])]
  const unsafe = command.find(hasControlCharacter)
  if (unsafe !== undefined) throw new UnsafeAutostartPath(unsafe)
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, desktopEntry(command.map(execArgument).join(' ')))
}

function desktopEntry(exec: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Limber',
    'Comment=Posture breaks, back stretches and bedtime reminders',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/**
 * A line break in a path would end the Exec line and start a new key of the entry's choosing (a folder named
 * `a\nExec=touch pwned\nX=` ran that command at login). The spec's `\n` escape is not reliably undone by every
 * desktop's launcher either, so such a path is refused, never written.
 */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

/**
 * The refusal: its message is for the log; the user is told in the language in use (`app.dialogs.loginItemUnsafe`),
 * with the path as `shown` (quoted, its control characters escaped, cut at 120 characters).
 */
export class UnsafeAutostartPath extends Error {
  readonly shown: string
  constructor(path: string) {
    const shown = JSON.stringify(path.length > 120 ? `${path.slice(0, 120)}…` : path)
    super(
      `Limber cannot start at login from ${shown}: the path holds a line break or another control character, ` +
        'which an autostart entry cannot hold safely. Move Limber to a folder whose name has none.',
    )
    this.name = 'UnsafeAutostartPath'
    this.shown = shown
  }
}

/**
 * Quotes one argument for an Exec line, per the Desktop Entry spec: inside double quotes, " ` $ and \ take a
 * backslash; the value is then a string, where every \ is doubled; and % is doubled so it is no field code.
 */
export function execArgument(arg: string): string {
  const quoted = `"${arg.replace(/["`$\\]/g, '\\$&')}"`
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%')
}
