// The ways a routine file comes in and goes out: "Import a routine…" in Settings (a file dialog through the
// Platform), `limber --import-routine FILE` (read from the path, relative to where it was typed), and "Export…"
// to hand one back (a save dialog). One file dialog at a time. Every answer says what was kept or why not, in the
// language in use; a file with anything wrong keeps nothing.
import { ROUTINE_MAX_BYTES } from '../../core/routine/format'
import { readRoutine } from '../../core/routine/read'
import { problemWords, type RoutineTexts } from '../../core/routine/words'
import type { RoutineExportResult, RoutineImportResult } from '../doors/ipc-answers'
import { logEvent, type RoutineDoor } from '../log-events'
import type { FileDialogRequest, Platform, TextFileRead } from '../platform'
import type { Speech } from '../speech'
import { ROUTINES_MAX, type RoutineEntry } from './routines-file'
import type { Routines } from './routines'
import { routineSummary } from './routine-summary'

type Io = Pick<Platform, 'chooseFile' | 'chooseSaveFile' | 'readTextFile' | 'writeTextFile' | 'log' | 'clock'>

const EXTENSIONS = ['json'] as const

export class RoutineDoors {
  private dialogOpen = false

  constructor(
    private readonly platform: Io,
    private readonly routines: Routines,
    private readonly speech: () => Speech,
  ) {}

  private words(): RoutineTexts {
    return this.speech().texts.app.routines
  }

  /** "Import a routine…": asks for a file, reads it, keeps it when nothing is wrong. Never rejects. */
  async importByDialog(): Promise<RoutineImportResult> {
    const words = this.words()
    const platform = this.platform
    if (!platform.chooseFile || !platform.readTextFile) return refused(words.unavailable)
    const request = this.request(words.openTitle, words.openButton)
    const path = await this.dialog(() => platform.chooseFile?.(request) ?? Promise.resolve(null))
    if (typeof path !== 'string')
      return path ?? { ok: false, cancelled: true, message: words.cancelled, problems: [] }
    return this.importFile(path, undefined, 'settings')
  }

  /** `limber --import-routine FILE`: `cwd` is the folder the command was typed in. */
  importFile(path: string, cwd: string | undefined, from: RoutineDoor): RoutineImportResult {
    const words = this.words()
    if (!this.platform.readTextFile) return refused(words.unavailable)
    const file = quoteFile(path)
    const read = this.platform.readTextFile(path, { maxBytes: ROUTINE_MAX_BYTES, ...(cwd ? { cwd } : {}) })
    if (!read.ok) {
      const problem = unreadWords(read, file, words)
      logEvent(this.platform, { event: 'routine-refused', problems: 1, from })
      return notImported(words, file, [problem])
    }
    const routine = readRoutine(read.text)
    if (!routine.ok) {
      logEvent(this.platform, { event: 'routine-refused', problems: routine.problems.length, from })
      return notImported(
        words,
        file,
        routine.problems.map((problem) => problemWords(problem, words)),
      )
    }
    const kept = this.routines.add(routine.routine, this.platform.clock.now())
    if (kept === 'full') return notImported(words, file, [words.tooMany({ max: ROUTINES_MAX })])
    const count = routine.routine.stretches.length
    logEvent(this.platform, { event: 'routine-imported', stretches: count, replaced: kept.replaced, from })
    const summary = routineSummary(kept.entry, this.speech())
    const say = kept.replaced ? words.replaced : words.imported
    return {
      ok: true,
      message: say({ name: summary.name, count }),
      routine: summary,
      replaced: kept.replaced,
    }
  }

  /** "Export…": asks where, and writes the routine in the same format it came in. Never rejects. */
  async exportByDialog(entry: RoutineEntry): Promise<RoutineExportResult> {
    const words = this.words()
    const platform = this.platform
    if (!platform.chooseSaveFile || !platform.writeTextFile)
      return { ok: false, cancelled: false, message: words.unavailable }
    const name = routineSummary(entry, this.speech()).name
    const request = {
      ...this.request(words.saveTitle, words.saveButton),
      defaultName: safeFileName(words.fileName({ name })),
    }
    const path = await this.dialog(() => platform.chooseSaveFile?.(request) ?? Promise.resolve(null))
    if (typeof path !== 'string')
      return path ?? { ok: false, cancelled: true, message: words.exportCancelled }
    try {
      await platform.writeTextFile?.(path, routineFileText(entry))
      return { ok: true, file: path, message: words.exported({ file: path }) }
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 160)
      return { ok: false, cancelled: false, message: words.exportFailed({ reason }) }
    }
  }

  /** Runs one file dialog; while it is open, another answers that one is open. */
  private async dialog(
    open: () => Promise<string | null>,
  ): Promise<string | { ok: false; cancelled: false; message: string; problems: string[] } | null> {
    const words = this.words()
    if (this.dialogOpen) return refused(words.dialogOpen)
    this.dialogOpen = true
    try {
      return await open()
    } catch (error) {
      this.platform.log('error', 'the file dialog failed', error)
      return refused(words.dialogFailed)
    } finally {
      this.dialogOpen = false
    }
  }

  private request(title: string, buttonLabel: string): FileDialogRequest {
    return { title, buttonLabel, kind: { name: this.words().fileKind, extensions: EXTENSIONS } }
  }
}

/** A routine's file, as it came in: the same format, so it can be handed back and imported again. */
export function routineFileText(entry: RoutineEntry): string {
  return `${JSON.stringify(entry.routine, null, 2)}\n`
}

/** Why a file was not read, in words. */
function unreadWords(read: Exclude<TextFileRead, { ok: true }>, file: string, words: RoutineTexts): string {
  switch (read.why) {
    case 'too-large':
      return problemWords({ code: 'too-large', path: '', bytes: read.bytes }, words)
    case 'missing':
      return words.missing({ file })
    case 'not-a-file':
      return words.notAFile({ file })
    case 'unreadable':
      return words.unreadable({ file, reason: read.reason })
  }
}

function refused(message: string): { ok: false; cancelled: false; message: string; problems: string[] } {
  return { ok: false, cancelled: false, message, problems: [] }
}

function notImported(words: RoutineTexts, file: string, problems: string[]): RoutineImportResult {
  return {
    ok: false,
    cancelled: false,
    message: `${words.notImported({ file })} ${words.nothingKept}`,
    problems,
  }
}

/** A path as a message names it: quoted, and shortened from the front (the file's own name is at the end). */
function quoteFile(path: string): string {
  return JSON.stringify(path.length > 80 ? `…${path.slice(-79)}` : path)
}

/** A name a file may have on every system: no path separators, reserved characters or control characters. */
function safeFileName(name: string): string {
  const safe = name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
  return `${safe || 'routine'}.json`
}
