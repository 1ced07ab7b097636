// The kinds of reminder Limber shows, their names (the one table), and the plain data that describes one
// planned occurrence. Shared by the planner, the running app, the IPC contract and the windows.
import type { Preferences } from '../preferences/index'
export const REMINDER_KINDS = [
  'posture',
  'stretch',
  'wind-down',
  'get-ready',
  'bedtime',
  'activity',
  'custom',
  'routine',
] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** Reminders driven by active computer use (they wait for the user and reset on natural breaks). */
export type ActiveUseKind = 'posture' | 'stretch'
/** Reminders at a local wall-clock time. */
export type WallClockKind = Exclude<ReminderKind, ActiveUseKind>
/** The steps of a night, in the order they come. */
export type BedtimeKind = 'wind-down' | 'get-ready' | 'bedtime'

export function isActiveUseKind(kind: ReminderKind | 'therapy'): kind is ActiveUseKind {
  return kind === 'posture' || kind === 'stretch'
}

export function isBedtimeKind(kind: ReminderKind): kind is BedtimeKind {
  return kind === 'wind-down' || kind === 'get-ready' || kind === 'bedtime'
}

/**
 * The one table of reminder names. `title` names an occurrence in lists (the upcoming timeline, history);
 * `short` is how the tray menu and tooltip say it ("Stretch in 12 min"). Sessions and custom reminders carry
 * their own title (a session's is in SESSION_TITLES, a custom one's is the user's).
 */
export const REMINDER_NAMES: Readonly<
  Record<Exclude<ReminderKind, 'activity' | 'custom' | 'routine'>, { title: string; short: string }>
> = {
  posture: { title: 'Posture break', short: 'Posture break' },
  stretch: { title: 'Stretch break', short: 'Stretch' },
  'wind-down': { title: 'Wind down', short: 'Wind-down' },
  'get-ready': { title: 'Get ready for bed', short: 'Get ready for bed' },
  bedtime: { title: 'Bedtime', short: 'Bedtime' },
}

export const SESSION_TITLES = { strength: 'Strength training', yoga: 'Yoga' } as const

/** The short name of a reminder for menus; sessions, custom reminders and routines are called by their own title. */
export function shortName(kind: ReminderKind, title: string): string {
  return kind === 'activity' || kind === 'custom' || kind === 'routine' ? title : REMINDER_NAMES[kind].short
}

/**
 * A physiotherapist's routine that comes as its own reminder (main/app/routines): at each of `times` (HH:MM) on
 * `weekdays` (0 = Sunday), titled with the routine's name in the language in use.
 */
export interface RoutineReminder {
  id: string
  title: string
  times: readonly string[]
  weekdays: readonly number[]
}

/** Whether the feature behind a reminder is on (a snoozed or shown reminder can outlive a settings change). */
export function kindEnabled(
  prefs: Preferences,
  kind: ReminderKind,
  ref: string | undefined,
  routines: readonly RoutineReminder[] = [],
): boolean {
  switch (kind) {
    case 'posture':
    case 'stretch':
      return prefs[kind].enabled
    case 'wind-down':
      return prefs.bedtime.enabled && prefs.bedtime.windDownMinutes > 0
    case 'get-ready':
      return prefs.bedtime.enabled && prefs.bedtime.getReadyMinutes > 0
    case 'bedtime':
      return prefs.bedtime.enabled
    case 'activity':
      return (ref === 'strength' || ref === 'yoga') && prefs.activities[ref].enabled
    case 'custom':
      return prefs.activities.custom.some((custom) => custom.id === ref && custom.enabled)
    case 'routine':
      return routines.some((routine) => routine.id === ref)
  }
}

/** Tie order when two reminders fall at the same instant: the more time-critical first. */
export const PRIORITY: Readonly<Record<ReminderKind, number>> = {
  bedtime: 0,
  'get-ready': 1,
  'wind-down': 2,
  activity: 3,
  custom: 4,
  routine: 4,
  stretch: 5,
  posture: 6,
}

export interface PlannedReminder {
  kind: ReminderKind
  /** Epoch ms it is due. */
  at: number
  /**
   * Identifies the occurrence so it is handled once. Wall-clock reminders are identified by the instant they are
   * due in the zone in force: "bedtime:2026-11-26@1795734600000" (the evening's local date, then the instant),
   * "activity:strength:2026-11-26@…", "custom:<id>:2026-11-26@…". Active-use reminders use "posture" / "stretch".
   */
  key: string
  /** Short label for lists and menus, e.g. "Stretch break", "Bedtime", "Strength training", a custom title. */
  title: string
  /** For 'activity': which session; for 'custom': the custom reminder's id; for 'routine': the routine's id. */
  ref?: string
}

/** A reminder the running app should show at `at`, epoch ms (when `at <= now`, show it now). */
export interface DueReminder extends PlannedReminder {
  /** Epoch ms it was originally planned (before `at` when missed, held by a pause, snoozed or spaced). */
  plannedAt: number
  /** True when it is shown more than a minute after its time because it was missed (away, asleep, paused). */
  late: boolean
  /** True when this is a snoozed reminder coming back. */
  snoozed: boolean
  /** Wall-clock reminders: no longer worth showing from this instant (epoch ms); null for posture and stretch. */
  relevantUntil: number | null
  /** The break folded into this wall-clock reminder: its clocks restart when this one is shown. */
  absorbs: ActiveUseKind | null
}
