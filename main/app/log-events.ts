// What the running app tells the log about itself, as events: each has a name and its facts, and one table gives its
// level and its words. The shell writes the words (logs/main.log); tests and readers match the event, not the words,
// so a line can be reworded without touching a test.
import type { ReminderKind } from '../core/planning/reminders'

export type LogEvent =
  /** The wall clock moved against elapsed time; everything is planned again. */
  | { event: 'clock-moved'; seconds: number }
  /** A wake-up long after a suspend, or input since it: the machine runs, though no resume was reported. */
  | { event: 'resume-inferred' }
  /** Input while the screen seemed locked (a desktop that never reports the unlock). */
  | { event: 'unlock-inferred' }
  | { event: 'idle-unreadable' }
  | { event: 'idle-readable-again' }
  /** The history file could not be read at all; a copy is kept. */
  | { event: 'history-unreadable'; kept: string | undefined }
  /** Entries of the history this version cannot read, set aside (the first few named), and the copy kept. */
  | { event: 'history-set-aside'; named: readonly string[]; more: number; kept: string | undefined }
  | { event: 'sore-back-started'; days: number; shown: readonly string[] }
  | { event: 'sore-back-ended'; by: 'user' | 'itself' }
  /** Asking the system whether the user is busy failed; counted as not busy (said once per kind of failure). */
  | { event: 'busy-check-failed'; why: 'failed' | 'late' | 'strange'; seconds?: number }
  | { event: 'busy-detectors-unknown' }
  | { event: 'export-written'; files: number }
  | { event: 'export-failed'; step: 'dialog' | 'write'; code: string }
  /** An IPC payload refused by the contract's check. */
  | { event: 'ipc-refused'; message: string }
  | { event: 'test-reminder-unshown' }
  /** A routine file was imported (from Settings or the command line), or refused with how many problems. */
  | { event: 'routine-imported'; stretches: number; replaced: boolean; from: RoutineDoor }
  | { event: 'routine-refused'; problems: number; from: RoutineDoor }
  /** Stored routines this version cannot read, set aside, and the copy kept. */
  | { event: 'routines-set-aside'; count: number; kept: string | undefined }
  /** The emergency way out of a break without Skip (Esc held): recorded as skipped. */
  | { event: 'emergency-exit'; kind: ReminderKind }
  /** The release feed says this version is the latest. */
  | { event: 'update-none' }
  | { event: 'update-found'; version: string }
  /** A newer version is downloaded and installs when Limber quits. */
  | { event: 'update-ready'; version: string }
  /** Checking or downloading failed: its kind, and the error's code and first line without paths in it. */
  | { event: 'update-failed'; failure: string; detail: string }
  | { event: 'update-installing'; version: string }
  /** The wall clock jumped forward while idle time shows no input all along: a suspend and resume both lost. */
  | { event: 'sleep-inferred'; seconds: number }
  /** Pieces of the state file this version cannot read, dropped; the copy kept of the file as it was. */
  | { event: 'state-set-aside'; named: readonly string[]; kept: string | undefined }

/** Where a routine came in: the Settings window's "Import a routine…", or `limber --import-routine FILE`. */
export type RoutineDoor = 'settings' | 'command-line'

export type LogLevel = 'info' | 'warn' | 'error'
type Level = LogLevel

/** Where events are written: the Platform's log. */
export interface LogWriter {
  log(level: LogLevel, message: string, detail?: unknown, event?: LogEvent): void
}

/** How serious each event is. */
const LEVELS: Readonly<Record<LogEvent['event'], Level>> = {
  'clock-moved': 'info',
  'resume-inferred': 'info',
  'unlock-inferred': 'info',
  'idle-unreadable': 'warn',
  'idle-readable-again': 'info',
  'history-unreadable': 'warn',
  'history-set-aside': 'warn',
  'sore-back-started': 'info',
  'sore-back-ended': 'info',
  'busy-check-failed': 'warn',
  'busy-detectors-unknown': 'warn',
  'export-written': 'info',
  'export-failed': 'error',
  'ipc-refused': 'warn',
  'test-reminder-unshown': 'warn',
  'routine-imported': 'info',
  'routine-refused': 'info',
  'routines-set-aside': 'warn',
  'emergency-exit': 'info',
  'update-none': 'info',
  'update-found': 'info',
  'update-ready': 'info',
  'update-failed': 'warn',
  'update-installing': 'info',
  'sleep-inferred': 'info',
  'state-set-aside': 'warn',
}

/** Each event in words, as the log file says it. */
function wordsOf(e: LogEvent): string {
  switch (e.event) {
    case 'clock-moved':
      return `the clock moved by ${e.seconds} s; re-planning`
    case 'resume-inferred':
      return 'running again without a resume event; treating the machine as awake'
    case 'unlock-inferred':
      return 'input while the screen seemed locked; treating it as unlocked'
    case 'idle-unreadable':
      return 'idle time cannot be read; only locking and sleep count as breaks'
    case 'idle-readable-again':
      return 'idle time can be read again'
    case 'history-unreadable':
      return `the history file could not be read; starting afresh; kept as ${e.kept}`
    case 'history-set-aside': {
      const more = e.more > 0 ? ` and ${e.more} more` : ''
      const where = e.kept ? `; the file as it was is kept as ${e.kept}` : '; no copy could be kept'
      return `history entries this version cannot read were set aside: ${e.named.join(', ')}${more}${where}`
    }
    case 'sore-back-started':
      return `sore-back plan started for ${e.days} days${e.shown.length > 0 ? `; showed ${e.shown.join(' and ')}` : ''}`
    case 'sore-back-ended':
      return e.by === 'user' ? 'sore-back plan ended early' : 'sore-back plan ended by itself'
    case 'busy-check-failed':
      if (e.why === 'late')
        return `the busy check failed to answer within ${e.seconds ?? 0} s; counted as not busy`
      if (e.why === 'strange')
        return 'the busy check failed: its answer is not a list of reasons; counted as not busy'
      return 'the busy check failed; counted as not busy'
    case 'busy-detectors-unknown':
      return 'could not tell which busy states this system reports'
    case 'export-written':
      return `exported ${e.files} files`
    case 'export-failed':
      return e.step === 'dialog'
        ? `the folder dialog failed: ${e.code}`
        : `the export could not be written: ${e.code}`
    case 'ipc-refused':
      return `refused IPC payload: ${e.message}`
    case 'test-reminder-unshown':
      return 'the test reminder could not be shown: notifications are unavailable'
    case 'routine-imported':
      return `${e.replaced ? 'updated' : 'imported'} a routine of ${e.stretches} stretches from the ${e.from}`
    case 'routine-refused':
      return `refused a routine file from the ${e.from}: ${e.problems} problems`
    case 'routines-set-aside': {
      const where = e.kept ? `; the file as it was is kept as ${e.kept}` : '; no copy could be kept'
      return `${e.count} stored routines this version cannot read were set aside${where}`
    }
    case 'emergency-exit':
      return `the ${e.kind} break was left by the emergency way out; recorded as skipped`
    case 'update-none':
      return 'updates: this version is the latest'
    case 'update-found':
      return `updates: version ${e.version} found; downloading in the background`
    case 'update-ready':
      return `updates: version ${e.version} is downloaded and installs when Limber quits`
    case 'update-failed':
      return `updates: failed (${e.failure}): ${e.detail}`
    case 'update-installing':
      return `updates: restarting to install version ${e.version}`
    case 'sleep-inferred':
      return `the clock moved ${e.seconds} s with no input all along: the machine slept, no events reported`
    case 'state-set-aside':
      return `state this version cannot read was set aside: ${e.named.join(', ')}${e.kept ? `; the file as it was is kept as ${e.kept}` : '; no copy could be kept'}`
  }
}

/** Writes one event to the log: its level and words, `detail` (an error, a path) beside it. */
export function logEvent(platform: LogWriter, event: LogEvent, detail?: unknown): void {
  platform.log(LEVELS[event.event], wordsOf(event), detail, event)
}
