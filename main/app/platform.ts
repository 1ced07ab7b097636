// What the running app needs from the operating system, as one interface. main/electron implements it on
// Electron; the tests implement it with a recording double and a fake clock. Nothing here imports Electron.
import type { WindowKind } from './ipc-contract'

/** Something registered (a listener, a timer, a window) that its owner must release. */
export interface Disposable {
  dispose(): void
}

/** One clock for the whole app: wall time for planning, monotonic time to notice clock jumps and sleep. */
export interface Clock {
  /** Wall-clock epoch milliseconds (may jump when the user or NTP changes the clock). */
  now(): number
  /** Milliseconds from an arbitrary origin; never jumps, and stops while the machine sleeps. */
  monotonic(): number
}

export type TrayIconState = 'active' | 'paused' | 'due'

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

export type NotificationAction = 'open' | 'start' | 'snooze' | 'skip' | 'closed'

export interface NotificationRequest {
  /** The reminder showing's id; actions come back with it. */
  id: string
  title: string
  body: string
  /** Offer Start/Snooze/Skip buttons where the OS supports them. */
  actions: boolean
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

export interface Platform {
  clock: Clock
  /** Seconds since the user last touched keyboard or mouse (as Electron's powerMonitor.getSystemIdleTime). */
  idleSeconds(): number
  onPowerEvent(listener: (event: PowerEvent) => void): Disposable

  setTray(view: TrayView): void
  onMenuAction(listener: (action: string) => void): Disposable

  /** Shows a native notification; answers false when the OS cannot show one (the app then opens the break window). */
  notify(request: NotificationRequest, onAction: (action: NotificationAction) => void): boolean
  closeNotification(id: string): void

  openWindow(kind: WindowKind, options?: { fullScreen?: boolean }): void
  closeWindow(kind: WindowKind): void
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
  log(level: 'info' | 'warn' | 'error', message: string, detail?: unknown): void
  quit(): void
  appVersion: string
}

/** What the running app offers the shell that hosts it (main/electron, or the tests). */
export interface LimberApp {
  /**
   * Answers one IPC call from a window. `sender` is the kind of our own page the message came from (the shell
   * checks the sender frame's URL before calling); the payload is untrusted and validated here. Never throws:
   * a bad payload answers `{ error: message }`.
   */
  handleIpc(channel: string, payload: unknown, sender: WindowKind): Promise<unknown>
  /** A second launch's command line (argv without the executable and app path). Answers what happened. */
  handleCommandLine(args: readonly string[]): { ok: true; message: string } | { ok: false; message: string }
  /** Called by the shell when a window closed (by the user or the OS). */
  windowClosed(kind: WindowKind): void
  dispose(): void
}

/** The app's entry point: `startLimber(platform)` in main/app/index.ts returns a LimberApp. */
export type StartLimber = (platform: Platform) => LimberApp
