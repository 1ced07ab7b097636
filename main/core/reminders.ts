// The kinds of reminder Limber shows and the plain data that describes one planned occurrence.
// Shared by the planner, the running app, the IPC contract and the windows.

export const REMINDER_KINDS = [
  'posture',
  'stretch',
  'wind-down',
  'get-ready',
  'bedtime',
  'activity',
  'custom',
] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** Reminders driven by active computer use (they wait for the user and reset on natural breaks). */
export const ACTIVE_USE_KINDS: readonly ReminderKind[] = ['posture', 'stretch']
/** Reminders at a local wall-clock time. */
export const WALL_CLOCK_KINDS: readonly ReminderKind[] = [
  'wind-down',
  'get-ready',
  'bedtime',
  'activity',
  'custom',
]

export interface PlannedReminder {
  kind: ReminderKind
  at: Date
  /**
   * Identifies the occurrence so it is handled once: e.g. "bedtime:2026-11-26" (the evening's local date),
   * "activity:strength:2026-11-26", "custom:<id>:2026-11-26". Active-use reminders use "posture" / "stretch".
   */
  key: string
  /** Short label for lists and menus, e.g. "Stretch", "Bedtime", "Strength training", a custom title. */
  title: string
  /** For 'activity': which session; for 'custom': the custom reminder's id. */
  ref?: string
}
