// The one IPC contract between the windows and the main process: every call, its payload and its answer,
// and the events main pushes. Types and names only (no runtime dependencies), so the preload bundle and the
// renderer can import it; payloads are validated in main by ipc-payloads.ts before they touch state.
import type { FieldError, Preferences } from '../core/preferences'
import type { ReminderKind } from '../core/reminders'
import type { BusyDetectors, BusyReason } from './platform'

/** Times cross IPC as epoch milliseconds. */
export type EpochMs = number

export type PauseDuration = '30m' | '1h' | '2h' | 'until-morning' | 'forever'
export const PAUSE_DURATIONS: readonly PauseDuration[] = ['30m', '1h', '2h', 'until-morning', 'forever']

export type ReminderAction = 'done' | 'snooze' | 'skip'
export type TherapyMode = 'ice' | 'heat'

/** A deep partial of the preferences, as the settings window sends a change. Arrays are sent whole. */
export type PreferencesPatch = DeepPartial<Preferences>
type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T

export type SetPreferencesResult = { ok: true; value: Preferences } | { ok: false; errors: FieldError[] }

export interface UpcomingItem {
  kind: ReminderKind
  at: EpochMs
  title: string
}

export interface DayHistory {
  /** Local date, YYYY-MM-DD. */
  date: string
  done: number
  snoozed: number
  skipped: number
  timedOut: number
}

export interface HistorySummary {
  /** The last 14 local days, oldest first, today last (days with nothing are zeros). */
  days: DayHistory[]
  /** Consecutive days, ending today (or yesterday if nothing is done yet today), with at least one break done. */
  streak: number
  totalDone: number
}

export interface TherapyStatus {
  mode: TherapyMode
  phase: 'on' | 'off'
  cycle: number
  cycles: number
  phaseEndsAt: EpochMs
}

export interface AppStatus {
  /** Null when running; otherwise when the pause ends (null = until resumed). */
  paused: { until: EpochMs | null } | null
  next: UpcomingItem | null
  /** 'unavailable' when this session reports idle time as 0 forever: only lock and sleep count as breaks then. */
  idleDetection: 'working' | 'unavailable' | 'unknown'
  therapy: TherapyStatus | null
  version: string
  /** The main process's log file, shown in About so a user can attach it to a report; absent when there is none. */
  logFile?: string
  /** A reminder due now waits because the user is busy (docs/dont-interrupt.md); absent when none does. */
  held?: HeldReminder
}

/** A reminder held while the user is busy: it comes within a minute after the busy state ends. */
export interface HeldReminder {
  kind: ReminderKind
  title: string
  /** When the hold began. */
  since: EpochMs
  /** What it waits for. */
  reason: BusyReason
}

export interface StretchInfo {
  id: string
  name: string
  area: string
  areaLabel: string
  position: 'desk' | 'standing' | 'floor'
  steps: string[]
  holdSeconds: number
  repetitions: number
  cautions: string[]
  /** Done on one side at a time: the break window alternates sides between repetitions. */
  oneSided: boolean
}

/** What the break window shows for the reminder that is on screen now. */
export interface BreakContent {
  /** Identifies this showing; actions name it so a stale window cannot act on a newer reminder. */
  id: string
  kind: ReminderKind | 'therapy'
  title: string
  /** One or two sentences under the title. */
  message: string
  startedAt: EpochMs
  /** Posture break length (countdown), or 0 when the break has no countdown. */
  durationSeconds: number
  /** Stretch breaks: the routine, in order, with hold seconds and repetitions from the preferences. */
  stretches: StretchInfo[]
  /** The slow / no bouncing / stop at slight discomfort cue, shown with every stretch. */
  cue: string
  /** Posture breaks: a tip; evening reminders: suggestions. */
  tips: string[]
  sound: boolean
  fullScreen: boolean
  snoozeMinutes: number
  /**
   * False when the window opened by itself (no notification could be shown): it opened without focus, and its keys
   * act only once the user has clicked it or given it the focus, so typing meant for another app answers nothing.
   */
  userAsked: boolean
  /**
   * It waited while the user was busy: whole minutes held, why, and the line the window shows ("Held 25 min while
   * you were in a call.", as the notification said); null when it came on time.
   */
  held: { minutes: number; reason: BusyReason; text: string } | null
}

/** The first-run welcome in the settings window: shown once, on the very first start. */
export interface WelcomeState {
  /** True until the welcome has been shown once. */
  show: boolean
}

/** The answer to "Send a test reminder". */
export interface TestReminderResult {
  /** False when the system could not show a notification at all (Platform.notify answered false). */
  shown: boolean
}

/** Request/response calls: channel name → [payload, answer]. */
export interface IpcCalls {
  'prefs:get': [void, Preferences]
  'prefs:set': [PreferencesPatch, SetPreferencesResult]
  'prefs:reset': [void, Preferences]
  'upcoming:get': [void, UpcomingItem[]]
  'history:get': [void, HistorySummary]
  'status:get': [void, AppStatus]
  'stretches:get': [void, StretchInfo[]]
  'break:get': [void, BreakContent | null]
  'reminder:act': [{ id: string; action: ReminderAction }, { ok: boolean }]
  'pause:start': [{ duration: PauseDuration }, AppStatus]
  'pause:resume': [void, AppStatus]
  'break:now': [void, { ok: boolean }]
  'stretch:now': [void, { ok: boolean }]
  'therapy:start': [{ mode: TherapyMode }, AppStatus]
  'therapy:stop': [void, AppStatus]
  'welcome:get': [void, WelcomeState]
  'welcome:seen': [void, { ok: boolean }]
  'reminder:test': [void, TestReminderResult]
  /** Which busy states this system can tell, and why not (the settings' "Don't interrupt" group). */
  'busy:detectors': [void, BusyDetectors]
}
export type IpcChannel = keyof IpcCalls
export type IpcPayload<C extends IpcChannel> = IpcCalls[C][0]
export type IpcAnswer<C extends IpcChannel> = IpcCalls[C][1]

/** Events pushed from main to the windows: channel name → payload. */
export interface IpcEvents {
  'status:changed': AppStatus
  'prefs:changed': Preferences
  'break:changed': BreakContent | null
}
export type IpcEvent = keyof IpcEvents

/**
 * The bridge the preload script exposes as `window.limber`: one function per call, plus event subscriptions
 * that return an unsubscribe function.
 */
export interface LimberBridge {
  getPreferences(): Promise<Preferences>
  setPreferences(patch: PreferencesPatch): Promise<SetPreferencesResult>
  resetPreferences(): Promise<Preferences>
  getUpcoming(): Promise<UpcomingItem[]>
  getHistory(): Promise<HistorySummary>
  getStatus(): Promise<AppStatus>
  getStretches(): Promise<StretchInfo[]>
  getBreak(): Promise<BreakContent | null>
  act(id: string, action: ReminderAction): Promise<{ ok: boolean }>
  pause(duration: PauseDuration): Promise<AppStatus>
  resume(): Promise<AppStatus>
  breakNow(): Promise<{ ok: boolean }>
  stretchNow(): Promise<{ ok: boolean }>
  startTherapy(mode: TherapyMode): Promise<AppStatus>
  stopTherapy(): Promise<AppStatus>
  getWelcome(): Promise<WelcomeState>
  markWelcomeSeen(): Promise<{ ok: boolean }>
  sendTestReminder(): Promise<TestReminderResult>
  getBusyDetectors(): Promise<BusyDetectors>
  on<E extends IpcEvent>(event: E, listener: (payload: IpcEvents[E]) => void): () => void
}

/** Which channel each bridge function calls: the preload and the in-memory preview bridge both use it. */
export const BRIDGE_CHANNELS = {
  getPreferences: 'prefs:get',
  setPreferences: 'prefs:set',
  resetPreferences: 'prefs:reset',
  getUpcoming: 'upcoming:get',
  getHistory: 'history:get',
  getStatus: 'status:get',
  getStretches: 'stretches:get',
  getBreak: 'break:get',
  act: 'reminder:act',
  pause: 'pause:start',
  resume: 'pause:resume',
  breakNow: 'break:now',
  stretchNow: 'stretch:now',
  startTherapy: 'therapy:start',
  stopTherapy: 'therapy:stop',
  getWelcome: 'welcome:get',
  markWelcomeSeen: 'welcome:seen',
  sendTestReminder: 'reminder:test',
  getBusyDetectors: 'busy:detectors',
} as const satisfies Record<Exclude<keyof LimberBridge, 'on'>, IpcChannel>

export const IPC_EVENTS: readonly IpcEvent[] = ['status:changed', 'prefs:changed', 'break:changed']

/** The two kinds of window, named in the URL of the page so main can tell which page a message came from. */
export type WindowKind = 'settings' | 'break'
