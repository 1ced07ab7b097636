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
    logEvent(platform, { event: 'export-failed', step: 'dialog' }, error)
    return { ok: false, cancelled: false, message: words.dialogFailed }
  }
  if (parent === null) return { ok: false, cancelled: true, message: words.cancelled }
  // Read after the dialog: the user may have taken a break while it was open.
  const data = source()
  const files = exportedFiles(data)
  const stem = words.folder({ date: dateKeyOf(new Date(data.now)) })
  for (let n = 1; n <= MAX_TRIES; n++) {
    const name = n === 1 ? stem : `${stem} (${n})`
    try {
      const result = await platform.writeNewFolder(parent, name, files)
      if (result === 'exists') continue
      logEvent(platform, { event: 'export-written', files: files.length, folder: name })
      return { ok: true, folder: joinPath(parent, name), files: files.map((file) => file.name) }
    } catch (error) {
      logEvent(platform, { event: 'export-failed', step: 'write' }, error)
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

/** The system's reason, short: "permission denied", "no space left on device". */
function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const system = /^[A-Z]+: ([^,]+)/.exec(text)
  return (system?.[1] ?? text).slice(0, 160)
}

/** The folder's path as the user's system writes it (for the message only; the adapter joins paths itself). */
function joinPath(parent: string, name: string): string {
  const separator = parent.includes('\\') && !parent.includes('/') ? '\\' : '/'
  return parent.endsWith(separator) ? `${parent}${name}` : `${parent}${separator}${name}`
}
