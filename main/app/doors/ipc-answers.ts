// What main answers the windows and pushes to them: the data each IPC call returns (the status, the break on
// screen, the history, the stretches…). Types only; the channels that carry them are in ipc-channels.ts.
import type { MoveKind, Place } from '../../core/content/routine-plan'
import type { FirmAnswers } from '../../core/firm/answers'
import type { FigureFilm, FigurePicture } from '../../core/figure/film-play'
import type { LanguageCode, LanguageInUse } from '../../core/i18n/languages'
import type { FieldError, Preferences } from '../../core/preferences/index'
import type { DoctorWhy } from '../../core/pain-trend'
import type { ReminderKind } from '../../core/planning/reminders'
import type { PlanLength } from '../../core/sore-back/days'
import type { BusyReason } from '../platform'
import type { UpdateStatus } from '../updates/updates'
import type { TherapyMode } from './choices'

/** Times cross IPC as epoch milliseconds. */
export type EpochMs = number

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
  /** Local date, YYYY-MM-DD (for a week: its Monday). */
  date: string
  done: number
  snoozed: number
  skipped: number
  timedOut: number
  /** The morning check-in: back pain from 0 (none) to 10; absent without one (a week: the average). */
  pain?: number
  /** The check-in's word, when one was given (days only). */
  word?: string
  /** Minutes at the computer (a week: the daily average over days with any). */
  activeMinutes?: number
  /** The longest stretch at the computer without a break, in minutes (a week: its longest). */
  longestMinutes?: number
  /** Long sitting bouts: stretches at the computer without a break over 35 minutes (a week: the sum). */
  longBouts?: number
  /** Posture and stretch breaks taken, and offered (records/back-figures.ts says which count). */
  breaksTaken?: number
  breaksOffered?: number
  /** A week's verdict against the goals (weeks only). */
  verdict?: WeekVerdict
}

/** Where a week stands against one goal: met, not yet (the week goes on), missed, or nothing to judge yet. */
export type GoalState = 'met' | 'not-yet' | 'missed' | 'no-data'

/** A week against the goals (records/back-figures.ts). */
export interface WeekVerdict {
  /** The week is over; otherwise the figures are so far. */
  complete: boolean
  /** Work days spent at the computer, and the good ones among them (at most the goal's long bouts). */
  workdaysAtComputer: number
  goodDays: number
  sitting: GoalState
  breaksTaken: number
  breaksOffered: number
  breaks: GoalState
}

/** The goals the weeks are measured against, as the user set them (preferences `goals`). */
export interface BackGoals {
  longBoutsPerDay: number
  goodDays: number
  /** Work days in a week (the work hours' days, used whether or not work hours are on). */
  workdays: number
  breaksTakenPercent: number
  /** A bout longer than this many minutes is a long one. */
  boutMinutes: number
}

export interface HistorySummary {
  /** The last 14 local days, oldest first, today last (days with nothing are zeros). */
  days: DayHistory[]
  /** Consecutive days, ending today (or yesterday if nothing is done yet today), with at least one break done. */
  streak: number
  totalDone: number
  /** The last 8 weeks, Monday to Sunday, oldest first, this week last (absent from older bridges). */
  weeks?: DayHistory[]
  /** The goals each week's verdict is measured against. */
  goals?: BackGoals
}

export interface TherapyStatus {
  mode: TherapyMode
  phase: 'on' | 'off'
  cycle: number
  cycles: number
  phaseEndsAt: EpochMs
}

/** The sore-back plan while it runs (main/app/sore-back/plan.ts). */
export interface SoreBackStatus {
  day: number
  days: number
  /** "Sore-back plan: day 2 of 3". */
  title: string
  /** When it ends by itself: the local midnight after its last day. */
  endsAt: EpochMs
  /**
   * When to see a doctor: `open` while the warning signs are to be shown up front (at a start, once a day, until put
   * away). Their words are the windows' own (the catalogs' `common.warningSigns`), graded by urgency.
   */
  doctor: { open: boolean }
  /** Said once when plans keep coming back (until put away); null otherwise. */
  frequent: string | null
  /** The brace reminder when it is on: wear counted since (null: not worn), and when it comes (null: it came). */
  brace: { since: EpochMs | null; remindAt: EpochMs | null } | null
}

/** The morning check-in, when it is on (or answered today). */
export interface CheckInStatus {
  /** Today's question waits for an answer. */
  open: boolean
  /** Today's answer. */
  today?: { pain: number; word?: string }
  /**
   * Today's answer calls for a doctor (pain of 8 or more, or rising at three check-ins in a row): Today shows the
   * suggestion with the warning signs until it is put away ("Got it", as the plan's notices). Once a day at most.
   */
  doctor?: { why: DoctorWhy; pain: number }
}

export interface AppStatus {
  /** The language the windows speak and the locale they format times in (follows the `language` preference). */
  language: LanguageInUse
  /** The language 'system' gives on this computer (the Language setting names it: "System default (Deutsch)"). */
  systemLanguage: LanguageCode
  /** Null when running; otherwise when the pause ends (null = until resumed). */
  paused: { until: EpochMs | null } | null
  next: UpcomingItem | null
  /** 'unavailable' when this session reports idle time as 0 forever: only lock and sleep count as breaks then. */
  idleDetection: 'working' | 'unavailable' | 'unknown'
  therapy: TherapyStatus | null
  version: string
  /** The main process's log file, shown in About so a user can attach it to a report; absent when there is none. */
  logFile?: string
  /** The sore-back plan, or null when none runs (absent from older bridges). */
  soreBack?: SoreBackStatus | null
  /** The morning check-in, or null when it is off. */
  checkIn?: CheckInStatus | null
  /** Today at the computer: minutes in all, the longest stretch without a break, and the long sitting bouts. */
  sitting?: { activeMinutes: number; longestMinutes: number; longBouts: number }
  /** The daily limit when it is on (main/app/day-limit/): its hours, and whether today reached it. */
  dayLimit?: { hours: number; reached: boolean } | null
  /** A reminder due now waits because the user is busy (docs/dont-interrupt.md); absent when none does. */
  held?: HeldReminder
  /** Updates of the installed app, for About and the tray (docs/updates.md); absent from older bridges. */
  update?: UpdateStatus
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
  /** How hard it asks of a back; sore-back days use only gentle ones. */
  intensity: 'gentle' | 'moderate' | 'strong'
  steps: string[]
  holdSeconds: number
  repetitions: number
  cautions: string[]
  /** Done on one side at a time: the break window alternates sides between repetitions. */
  oneSided: boolean
  /**
   * The figure doing the stretch, on its first side (the other is its mirror image): what it shows in words, the
   * held stretch drawn, and in a break the film that moves it (null in the list of stretches); null for a stretch
   * without a figure.
   */
  figure: { description: string; picture: FigurePicture; film: FigureFilm | null } | null
}

/**
 * One entry of a stretch break's routine, in the order the window plays them (main/core/content/routine-plan.ts,
 * docs/routine-steps.md): a stretch, by its id (the routine's n-th stretch entry is `stretches[n]`), or a move from
 * one position to another, with its words.
 */
export type RoutineEntry = { kind: 'stretch'; id: string } | { kind: 'move'; move: MoveInfo }

/** A move between two stretches (or after the last one), as the break window shows it. */
export interface MoveInfo {
  kind: MoveKind
  from: Place
  to: Place
  /** "Get down onto the floor". */
  title: string
  steps: string[]
  /** How long it gives before the next stretch starts; "I'm ready" ends it sooner. */
  seconds: number
  /** The stretch whose start position the figure shows, still: the next one; for getting up, the one before. */
  figureOf: string | null
}

/** What the break window shows for the reminder that is on screen now. */
export interface BreakContent {
  /** The language this break is written in; the window shows its own words in the same one. */
  language: LanguageInUse
  /** Identifies this showing; actions name it so a stale window cannot act on a newer reminder. */
  id: string
  /** 'check-in': the morning "How is your back today?" (answered with check-in:save, not reminder:act). */
  kind: ReminderKind | 'therapy' | 'check-in'
  title: string
  /** One or two sentences under the title. */
  message: string
  startedAt: EpochMs
  /** Posture break length (countdown), or 0 when the break has no countdown. */
  durationSeconds: number
  /** Stretch breaks: the routine's stretches, in order, with hold seconds and repetitions from the preferences. */
  stretches: StretchInfo[]
  /**
   * Stretch breaks and a physiotherapist's routine reminders: the routine as it is played, its stretches and the
   * moves between them. Absent (or not naming `stretches` in order): the stretches one after another, with no moves.
   */
  routine?: RoutineEntry[]
  /** As `routine`: a soft tone when a hold starts, ends and changes sides; the steps read aloud (both optional). */
  cues?: { tones: boolean; voice: boolean }
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
  /**
   * The morning check-in on a day of a sore-back plan: it shows one line with the emergency signs and the way to
   * all the warning signs (absent on other days and for every other kind).
   */
  soreDay?: boolean
  /**
   * A break of a sore-back plan (an easy walk, gentle stretches): its tip is the plan's guidance, not a tip for
   * sitting at the desk (absent otherwise).
   */
  gentle?: boolean
  /**
   * A routine from a physiotherapist: its name, and what a sore back left out of it ("2 stretches of your routine
   * are left out today…"), null when nothing was. Absent for every other break.
   */
  routineLine?: { name: string; note: string | null }
  /**
   * Which answers it offers by firm mode's rules (main/core/firm/answers.ts): without Skip, the window says why and
   * that holding Esc for three seconds leaves in an emergency. Absent: Done, Snooze and Skip, as always.
   */
  answers?: FirmAnswers
}

/** What a dimmed screen shows (the break is on another display). */
export interface DimmedState {
  /** The language its words are in. */
  language: LanguageInUse
  /** False once the break is over (the screen is about to close). */
  breakShowing: boolean
}

/**
 * What "Export my data" did: the new folder and its files, or why nothing was written (in the language in use; the
 * system's own words, when it gave some, as `detail`).
 */
export type ExportResult =
  | { ok: true; folder: string; files: string[] }
  | { ok: false; cancelled: boolean; message: string; detail?: string }

/** How many days a sore-back plan runs (PLAN_LENGTHS in main/core/sore-back/). */
export type SoreBackDays = PlanLength

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

/** A routine from a physiotherapist, as Settings lists it (main/app/routines). */
export interface RoutineSummary {
  id: string
  /** Its name in the language in use (or the nearest its author wrote). */
  name: string
  importedAt: EpochMs
  /** Its stretches in order: name, where and how hard, and whether a sore-back day keeps it. */
  stretches: {
    name: string
    position: 'desk' | 'standing' | 'floor'
    intensity: 'gentle' | 'moderate' | 'strong'
    soreBackOk: boolean
  }[]
  /** Stretch breaks use it instead of the automatic choice. */
  forBreaks: boolean
  /** Its own reminder: on or off, at `times` (HH:MM) on `weekdays` (0 = Sunday). */
  reminder: { enabled: boolean; times: string[]; weekdays: number[] }
}

/** What importing a routine did: the routine kept, or why not (every problem in words, naming field and stretch). */
export type RoutineImportResult =
  | { ok: true; message: string; routine: RoutineSummary; replaced: boolean }
  | { ok: false; cancelled: boolean; message: string; problems: string[] }

/** What exporting one routine did: the file written, or why not. */
export type RoutineExportResult =
  { ok: true; file: string; message: string } | { ok: false; cancelled: boolean; message: string }
