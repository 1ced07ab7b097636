// Where the busy probes find the system tools they run (gsettings, gdbus, dbus-send, pactl, defaults, reg.exe):
// only in folders named by an absolute path. PATH may hold "." or an empty entry (both mean the working folder,
// wherever Limber was started from) or another relative folder; a program there named like the tool would run as
// Limber, once a minute. So a tool is looked up here, in PATH's absolute folders only (or the system's own folders
// when PATH names none), and run by its full path; the tool's own PATH is cleaned the same way, for what it starts.
// On Windows, reg.exe is taken from the system folder itself: Windows looks in the working folder first.
import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { delimiter, isAbsolute, join, win32 } from 'node:path'

/** Where Linux distributions and macOS keep their tools, for a PATH with no absolute folder in it. */
const SYSTEM_FOLDERS = ['/usr/local/bin', '/usr/bin', '/bin', '/usr/local/sbin', '/usr/sbin', '/sbin']

type Env = Readonly<Record<string, string | undefined>>

/** The folders tools are looked up in, in order: PATH's absolute ones (Windows: the system folder alone). */
export function trustedFolders(env: Env = process.env, system: NodeJS.Platform = process.platform): string[] {
  if (system === 'win32') return [win32.join(env.SystemRoot ?? 'C:\\Windows', 'System32')]
  const folders = (env.PATH ?? '').split(delimiter).filter((folder) => isAbsolute(folder))
  return folders.length > 0 ? [...new Set(folders)] : SYSTEM_FOLDERS
}

/**
 * Takes the relative and empty entries out of the process's own PATH (not on Windows, whose variables' names ignore
 * case): what Electron starts by name itself, such as xdg-open for a link opened in the browser, is then found in
 * trusted folders only too.
 */
export function keepSearchPathTrusted(
  env: Record<string, string | undefined> = process.env,
  system: NodeJS.Platform = process.platform,
): void {
  if (system !== 'win32') env.PATH = trustedFolders(env, system).join(delimiter)
}

/** The full path of the program `name` in `folders`: the first executable file there, or null when none is. */
export async function findTool(name: string, folders: readonly string[]): Promise<string | null> {
  if (name.includes('/') || name.includes('\\')) return null
  for (const folder of folders) {
    const path = join(folder, name)
    try {
      await access(path, constants.X_OK)
      if ((await stat(path)).isFile()) return path
    } catch {
      // Not here: the next folder.
    }
  }
  return null
}
