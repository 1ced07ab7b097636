// "Export my data" (Progress): the history, the check-ins, the sitting figures and the preferences, as CSV (for a
// spreadsheet) and JSON (everything, as kept), written into a new folder inside the one the user picks. Nothing
// is ever overwritten: the new folder gets a number when one of its name is there already. The files' contents
// are built here (export-contents.ts is pure text); the Platform asks for the folder and writes.
import { logEvent } from '../log-events'
import { dateKeyOf } from '../../core/local-time'
import { exportedFiles, type ExportSource } from './export-contents'
import type { ExportResult } from '../ipc-contract'
import type { Platform } from '../platform'
import type { AppTexts } from '../speech'
import { CATALOGS } from '../../../locales/index'

/** Tried with " (2)", " (3)"… when the folder's name is taken; beyond this many, the user is asked to tidy up. */
const MAX_TRIES = 50

type Io = Pick<Platform, 'chooseFolder' | 'writeNewFolder' | 'log'>

/** Asks for a folder and writes the export into a new folder inside it. Never rejects. */
export async function exportData(
  platform: Io,
  source: () => ExportSource,
  texts: AppTexts = CATALOGS.en.app,
): Promise<ExportResult> {
  const words = texts.export
  if (!platform.chooseFolder || !platform.writeNewFolder) {
    return { ok: false, cancelled: false, message: words.unavailable }
  }
  let parent: string | null
  try {
    parent = await platform.chooseFolder({ title: words.title, buttonLabel: words.button })
  } catch (error) {
    // Codes only: the system's messages name the folder, and the folder names the user.
    logEvent(platform, { event: 'export-failed', step: 'dialog', code: errorCode(error) })
    return { ok: false, cancelled: false, message: words.dialogFailed }
  }
  if (parent === null) return { ok: false, cancelled: true, message: words.cancelled }
  // A relative path ('', 'Documents') would be written inside whatever folder Limber was started from.
  if (!isFullPath(parent)) {
    platform.log('warn', 'the folder dialog answered a folder without its full path; nothing was written')
    return { ok: false, cancelled: false, message: words.notFullPath({ folder: parent.slice(0, 80) }) }
  }
  // Read after the dialog: the user may have taken a break while it was open.
  const data = source()
  const files = exportedFiles(data)
  const stem = words.folder({ date: dateKeyOf(new Date(data.now)) })
  for (let n = 1; n <= MAX_TRIES; n++) {
    const name = n === 1 ? stem : `${stem} (${n})`
    try {
      const result = await platform.writeNewFolder(parent, name, files)
      if (result === 'exists') continue
      logEvent(platform, { event: 'export-written', files: files.length })
      return { ok: true, folder: joinPath(parent, name), files: files.map((file) => file.name) }
    } catch (error) {
      logEvent(platform, { event: 'export-failed', step: 'write', code: errorCode(error) })
      return {
        ok: false,
        cancelled: false,
        message: words.writeFailed({ folder: parent, reason: reason(error) }),
      }
    }
  }
  return {
    ok: false,
    cancelled: false,
    message: words.full({ folder: parent, count: MAX_TRIES }),
  }
}

/** What went wrong, for the log: the system's code (EACCES, ENOSPC), else the kind of error; never its message. */
function errorCode(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code
  const system = /^([A-Z][A-Z0-9_]{1,40}): /.exec(error instanceof Error ? error.message : '')
  return system?.[1] ?? (error instanceof Error ? error.name : typeof error)
}

/** The system's reason, short: "permission denied", "no space left on device". */
function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const system = /^[A-Z]+: ([^,]+)/.exec(text)
  return (system?.[1] ?? text).slice(0, 160)
}

/**
 * A folder given by its full path, on any system the app runs on: '/…' (Linux, macOS), 'C:\\…' or 'C:/…' and
 * '\\\\server\\share' (Windows). Written out rather than node:path's, since main/app also runs in the preview's page.
 */
export function isFullPath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\')
}

/** The folder's path as the user's system writes it (for the message only; the adapter joins paths itself). */
function joinPath(parent: string, name: string): string {
  const separator = parent.includes('\\') && !parent.includes('/') ? '\\' : '/'
  return parent.endsWith(separator) ? `${parent}${name}` : `${parent}${separator}${name}`
}
