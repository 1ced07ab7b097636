// Every event that changes the scheduler state, as data (`Transition`), and `applyTransition`, the one function that
// applies one. The running app's schedule (main/app/timing/schedule.ts) changes its state only through here; the
// rules of each event are the functions of transitions.ts.
import type { Calendar } from './calendar'
import type { DueReminder, PlannedReminder } from './reminders'
import type { SchedulerState } from './scheduler-state'
import {
  onAnswered,
  onAway,
  onBack,
  onClockJump,
  onPassedOver,
  onPause,
  onPostureClockRestart,
  onPrefsChanged,
  onResume,
  onShown,
  onSkipNext,
  onSnooze,
} from './transitions'

/** A reminder as the transitions need it: a planned one, or a due one with what it folded in. */
export type TransitionReminder = PlannedReminder &
  Partial<Pick<DueReminder, 'absorbs' | 'relevantUntil' | 'plannedAt'>>

export type Transition =
  /** Shown now (a notification or the break window). */
  | { type: 'shown'; reminder: TransitionReminder }
  /** Done, skipped or timed out. */
  | { type: 'answered'; reminder: TransitionReminder }
  | { type: 'snoozed'; reminder: TransitionReminder; minutes: number }
  /** "Skip next" for the reminder the planner would show next. */
  | { type: 'skipped-next'; reminder: DueReminder }
  /** Wall-clock occurrences whose moment passed unseen. */
  | { type: 'passed-over'; keys: readonly string[] }
  | { type: 'paused'; until: number | 'forever' }
  | { type: 'resumed' }
  | { type: 'away'; since: number }
  /** Back at `at` after `awayMs` away. */
  | { type: 'back'; at: number; awayMs: number }
  /** The wall clock moved by `deltaMs` while elapsed time did not. */
  | { type: 'clock-jumped'; deltaMs: number }
  /** The preferences in force changed from `previous`'s to the calendar in force. */
  | { type: 'prefs-changed'; previous: Calendar }
  | { type: 'posture-clock-restarted' }

/** The state after `transition` at `now`, under the calendar in force. */
export function applyTransition(
  state: SchedulerState,
  transition: Transition,
  calendar: Calendar,
  now: number,
): SchedulerState {
  switch (transition.type) {
    case 'shown':
      return onShown(state, transition.reminder, now)
    case 'answered':
      return onAnswered(state, transition.reminder, now)
    case 'snoozed':
      return onSnooze(state, transition.reminder, now, transition.minutes)
    case 'skipped-next':
      return onSkipNext(state, transition.reminder, now)
    case 'passed-over':
      return onPassedOver(state, transition.keys, now)
    case 'paused':
      return onPause(state, transition.until, now)
    case 'resumed':
      return onResume(state, now)
    case 'away':
      return onAway(state, transition.since)
    case 'back':
      return onBack(calendar, state, transition.at, transition.awayMs)
    case 'clock-jumped':
      return onClockJump(state, transition.deltaMs, now)
    case 'prefs-changed':
      return onPrefsChanged(state, transition.previous, calendar, now)
    case 'posture-clock-restarted':
      return onPostureClockRestart(state, now)
  }
}
