// What the running app needs from the operating system, as one interface. main/electron implements it on
// Electron; the tests implement it with a recording double and a fake clock. Nothing here imports Electron.
import type { TrayIconState } from '../core/icon-paths'
import type { LogEvent, LogLevel } from './log-events'
import type { Display, Placement, Point } from '../core/screens/placement'
import type { Updater } from './updates/port'

export type { UpdateFound, UpdateInstall, Updater, UpdaterEvent } from './updates/port'
export { SELF_UPDATING, SYSTEM_MANAGED } from './updates/port'

export type { Display, Placement, Point, Rect } from '../core/screens/placement'

/** The two kinds of window the app opens one of, named in the URL of the page so main can tell which page it is. */
export type WindowKind = 'settings' | 'break'

/**
 * Every kind of page that may talk to main: the two windows, and the calm dimmed screen a full-screen break puts on
 * each other display (one per display, opened and closed with the break: `Platform.showDimmed`).
 */
export type PageKind = WindowKind | 'dimmed'

/** Something registered (a listener, a timer, a window) that its owner must release. */
export interface Disposable {
  dispose(): void
}

/** One clock for the whole app: wall time for planning, monotonic time to notice clock jumps and sleep. */
export interface Clock {
  /** Wall-clock epoch milliseconds (may jump when the user or NTP changes the clock). */
  now(): number
  /**
   * Milliseconds from an arbitrary origin; never jumps. On Linux and macOS it stops while the machine sleeps; on
   * Windows it runs on through sleep (so there a sleep shows as time passing, not as a clock change).
   */
  monotonic(): number
}

/** The tray's icon states are icon-paths.ts's (one list: the states and the files drawn for them). */
export type { TrayIconState }

/** A menu as plain data: the Electron layer only renders it. */
export type MenuItem =
  | { type: 'separator' }
  | {
      type: 'normal' | 'checkbox' | 'radio'
      id: string
      label: string
      enabled: boolean
      checked?: boolean
      /** An action id the app understands; the tray sends it back through `onMenuAction`. */
      action?: string
    }
  | { type: 'submenu'; id: string; label: string; enabled: boolean; items: MenuItem[] }

export interface TrayView {
  icon: TrayIconState
  tooltip: string
  menu: MenuItem[]
}

/**
 * What became of a notification: clicked ('open'), a button ('start', 'snooze', 'skip'), dismissed or moved to the
 * notification centre ('closed'), or it could not be shown after all ('failed': the app opens the break window).
 */
export type NotificationAction = 'open' | 'start' | 'snooze' | 'skip' | 'closed' | 'failed'

export interface NotificationRequest {
  /** The reminder showing's id; actions come back with it. */
  id: string
  title: string
  body: string
  /** Offer Start/Snooze/Skip buttons where the OS supports them. */
  actions: boolean
  /** The buttons' words in the language in use (a shell without them says Start, Snooze, Skip). */
  actionLabels?: { start: string; snooze: string; skip: string }
  /** Which of Snooze and Skip it offers (firm mode may take them away); absent: both. */
  offers?: { snooze: boolean; skip: boolean }
  urgency: 'low' | 'normal' | 'critical'
  silent: boolean
}

export interface StoreFile<T> {
  /** The stored value, or undefined when the file is missing; never throws (a corrupt file reads as `corrupt`). */
  read(): { value: unknown; corrupt: boolean; backupPath?: string }
  write(value: T): void
  /**
   * Copies the file as it is now to `<name>.<label>-<timestamp>.json` beside it, before the app overwrites an
   * older or damaged file with repaired values. Answers the copy's path, or undefined when there was nothing to copy.
   */
  backup(label: string): string | undefined
}

export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'time-zone-changed'

/**
 * Why a due reminder should wait: what the user is doing that a reminder must not interrupt. 'screen-kept-on': an
 * app keeps the screen from blanking (an idle inhibitor: a video, a call); never a sign that anyone is there.
 */
export type BusyReason = 'full-screen' | 'presenting' | 'call' | 'do-not-disturb' | 'screen-kept-on'

/** Every busy reason, in the order the app reports them (one list for settings, logs and tests). */
export const BUSY_REASONS: readonly BusyReason[] = [
  'full-screen',
  'presenting',
  'call',
  'do-not-disturb',
  'screen-kept-on',
]

/**
 * Why this system cannot tell a busy reason, as a code the settings window words in the language in use
 * (`settings.dontInterrupt.why` in locales/en.ts): what the probes (main/electron/busy) and main can say.
 */
export const DETECTOR_WHYS = [
  /** The shell has no busy detection at all (an older or other shell). */
  'no-shell',
  /** Asking the shell which states it can tell failed. */
  'failed',
  /** A probe did not answer its availability check in time, or failed it. */
  'no-answer',
  /** No probe covers the state on this system. */
  'no-way',
  /** Linux: no common signal for presenting. */
  'no-presenting-signal',
  /** Linux on Wayland: no app may see other windows. */
  'wayland',
  /** Linux without DISPLAY: no X server to ask. */
  'no-x11',
  /** The X11 window manager does not name the active window (no EWMH). */
  'no-ewmh',
  /** Linux: no desktop or notification server answered about Do Not Disturb. */
  'no-desktop-dnd',
  /** Linux: pactl is not installed (microphone). */
  'no-pactl',
  /** Linux: no PulseAudio or PipeWire server answered (microphone). */
  'no-sound-server',
  /** macOS: Focus needs Full Disk Access, or the menu bar's Focus item on Show When Active. */
  'needs-full-disk-access',
  /** Windows before 10 1903: no record of camera and microphone use. */
  'no-capture-record',
  /** Linux: no session manager answered about apps keeping the screen on (GNOME's, or KDE's power management). */
  'no-inhibit-signal',
] as const

export type DetectorWhy = (typeof DETECTOR_WHYS)[number]

/** Whether this system can tell one busy reason, for the settings window to show. */
export interface BusyDetector {
  /** True when at least one way of telling works on this system. */
  available: boolean
  /**
   * When unavailable: why ('wayland'). When available but only partly: what is missing (the call detector with a
   * camera but no sound server: 'no-sound-server'). Codes, not words: the window says them in its language.
   */
  why?: readonly DetectorWhy[]
  /** The `why` codes in words, in the language in use: main adds them for the settings window (shells do not). */
  says?: readonly string[]
}

/** One BusyDetector per busy reason. */
export type BusyDetectors = Record<BusyReason, BusyDetector>

export interface OpenWindowOptions {
  fullScreen?: boolean
  /** False: show the window without focus. Absent or true: it takes the keyboard, as a window the user asked for. */
  focus?: boolean
  /**
   * Where the window goes (main/core/screens/placement.ts): a display and bounds inside its work area, or the whole
   * display for a full-screen one. Absent: the shell centres it on the display under the pointer.
   */
  placement?: Placement
  /**
   * A firm break: the user cannot close it (it ends by Done, its time, a pause, or the emergency way out). Where
   * the system closes it anyway, the app opens it again.
   */
  firm?: boolean
}

/** What changed among the displays, as the system reports it. */
export type DisplayChange = 'added' | 'removed' | 'changed'

/** The displays, as the system reports them (Electron's `screen` module). */
export interface Displays {
  /** Every display, in the system's order. */
  all(): Display[]
  /** Where the pointer is now, in screen coordinates. */
  pointer(): Point
  /**
   * The display of the window that has the keyboard, when the system tells (Electron tells only of Limber's own
   * windows); null when it does not.
   */
  focusedDisplay?(): number | null
  /** A display was added or removed, or one changed (resolution, arrangement, scale, work area, asleep or awake). */
  onChanged(listener: (change: DisplayChange) => void): Disposable
}

/** A file "Export my data" writes: its name (no folders in it) and its text. */
export interface ExportFile {
  name: string
  contents: string
}

export interface Platform {
  clock: Clock
  /** Seconds since the user last touched keyboard or mouse (as Electron's powerMonitor.getSystemIdleTime). */
  idleSeconds(): number
  onPowerEvent(listener: (event: PowerEvent) => void): Disposable
  /**
   * Brings the process's time zone up to date with the system's, so that Date reads local times in the zone in
   * force (Electron's main process may keep its start-up zone until restart). Called at every wake-up of the app;
   * must be cheap and never throw. Optional: without it, the zone the JavaScript engine reports is trusted.
   */
  syncTimeZone?(): void

  setTray(view: TrayView): void
  onMenuAction(listener: (action: string) => void): Disposable

  /** Shows a native notification; answers false when the OS cannot show one (the app then opens the break window). */
  notify(request: NotificationRequest, onAction: (action: NotificationAction) => void): boolean
  closeNotification(id: string): void

  /**
   * Opens (or shows) a window. `focus: false` shows it without taking the keyboard (Electron's showInactive): a
   * break window that opened by itself must not catch what the user is typing. Without it, the window takes focus.
   */
  openWindow(kind: WindowKind, options?: OpenWindowOptions): void
  closeWindow(kind: WindowKind): void
  /**
   * The displays. Optional: without them the shell places windows itself and a full-screen break covers only the
   * display it opens on.
   */
  displays?: Displays
  /** Moves an open window to `placement` (the break, after its display went or changed); nothing when none is open. */
  placeWindow?(kind: WindowKind, placement: Placement, fullScreen: boolean): void
  /**
   * Makes the dimmed screens exactly these: one on each placement (opened without focus, moved where one is open
   * already on that display), every other closed. An empty list closes them all.
   */
  showDimmed?(screens: readonly Placement[]): void
  /** Pushes an event to every open window. */
  broadcast(event: string, payload: unknown): void

  preferencesStore: StoreFile<unknown>
  historyStore: StoreFile<unknown>
  stateStore: StoreFile<unknown>
  /**
   * Remembers the first run (whether the welcome was shown). Optional: a shell without it never shows the
   * welcome, rather than showing it at every start.
   */
  firstRunStore?: StoreFile<unknown>

  setStartAtLogin(enabled: boolean): void
  /** Tells the user something once (e.g. the settings file was repaired), as a notification. */
  inform(title: string, body: string): void
  /**
   * Writes a line to the log. `event`: what happened, as data (log-events.ts), for the app's own lines: the message
   * is its words. A shell writes the message and the detail; the event is for whoever reads the app's log as data.
   */
  log(level: LogLevel, message: string, detail?: unknown, event?: LogEvent): void
  quit(): void
  appVersion: string

  /**
   * What the user is busy with right now (an empty array: not busy). Asks the system, so it costs a few
   * milliseconds to a few hundred: call it only when a reminder is due, and at most once a minute while one is
   * held. Never rejects: a check that fails counts as not busy (and is logged once). Optional: a shell without it
   * is never busy. A shell that knows at once may answer the list itself rather than a promise (the test platform
   * does); the app takes either, and also survives a check that throws or rejects (counted as not busy).
   */
  busyReasons?(): Promise<BusyReason[]> | BusyReason[]
  /**
   * The system's preferred languages, most preferred first (BCP 47 tags, e.g. ['de-AT', 'en-US']); the `language`
   * preference 'system' picks the best match among Limber's languages from them. Absent: English.
   */
  systemLanguages?(): readonly string[]
  /** Which busy reasons this system can tell at all, and why not (worked out once, then remembered). */
  busyDetectors?(): Promise<BusyDetectors>
  /** Where the log is written, for the About section; absent where nothing is written to a file (tests, previews). */
  logFile?: string

  /**
   * Asks the user for a folder (the system's folder dialog, over the settings window); the chosen folder's path,
   * or null when they cancel. Optional: without it, "Export my data" says it is not available.
   */
  chooseFolder?(request: { title: string; buttonLabel: string }): Promise<string | null>
  /**
   * Creates the folder `name` inside `parent` and writes `files` into it. Never overwrites anything: answers
   * 'exists', having written nothing, when something of that name is there already. Rejects with the system's
   * reason when writing fails, after removing what it had written.
   */
  writeNewFolder?(parent: string, name: string, files: readonly ExportFile[]): Promise<'written' | 'exists'>

  /**
   * Updates of the installed app from the release feed (electron-updater over GitHub Releases in the shell). Absent
   * where nothing can be updated (the preview without a scenario, an older shell): About then says nothing of
   * updates. The app decides when to check, download and install (updates/updates.ts).
   */
  updater?: Updater

  /**
   * Where the routines from a physiotherapist are kept (main/app/routines). Optional: without it, routines live only
   * until the app quits.
   */
  routinesStore?: StoreFile<unknown>
  /**
   * Asks the user for a file to open (the system's file dialog, over the settings window): its path, or null when
   * they cancel. `kind` names the files it shows (`extensions`, without dots). Optional: without it (and
   * readTextFile), importing from Settings says it is not available.
   */
  chooseFile?(request: FileDialogRequest): Promise<string | null>
  /**
   * Asks where to save a file (the system's save dialog, which asks before replacing one): its path, or null when
   * they cancel.
   */
  chooseSaveFile?(request: FileDialogRequest & { defaultName: string }): Promise<string | null>
  /**
   * Reads a text file of at most `maxBytes` (UTF-8), never more: a larger file answers 'too-large' with its size,
   * unread. A relative path is taken from `cwd` (a second launch's folder) or the app's own. Never throws.
   */
  readTextFile?(path: string, options: { maxBytes: number; cwd?: string }): TextFileRead
  /** Writes a text file (UTF-8), replacing one the user chose to replace. Rejects with the system's reason. */
  writeTextFile?(path: string, contents: string): Promise<void>
}

/** What a file dialog says: its title, its button, and the kind of file it shows. */
export interface FileDialogRequest {
  title: string
  buttonLabel: string
  kind: { name: string; extensions: readonly string[] }
}

/** A text file read, or why not (`reason`: the system's words, for 'unreadable'). */
export type TextFileRead =
  | { ok: true; text: string }
  | { ok: false; why: 'missing' | 'not-a-file' }
  | { ok: false; why: 'too-large'; bytes: number }
  | { ok: false; why: 'unreadable'; reason: string }
