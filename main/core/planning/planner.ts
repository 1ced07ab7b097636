// The planner: from preferences, scheduler state and "now", which reminder happens when. Pure (no clock, no
// timers): the app passes "now" in, arms one timer for nextDue's answer and re-plans after every event.
//
// Its parts, one job each:
// - calendar.ts       the days of one set of preferences in the zone in force (sleep windows, work periods,
//                     active-use time, wall-clock occurrences), worked out once and remembered
// - active-use.ts     posture and stretch breaks from their clocks
// - wall-clock.ts     wind-down, get-ready, bedtime, sessions and custom reminders; what is still worth showing late
// - next-due.ts       the next reminder (and the timeline after it): one at a time, breaks folded into evening steps
// - transitions.ts    how each event changes the scheduler state
// - scheduler-state.ts the state itself, and its repair when read back from disk
export { Calendar } from './calendar'
export { nextDue, upcoming, MERGE_MS, SPACING_MS, type DueReminder } from './next-due'
export {
  onAnswered,
  onAway,
  onBack,
  onClockJump,
  onPassedOver,
  onPause,
  onPrefsChanged,
  onResume,
  onShown,
  onSkipNext,
  onSnooze,
} from './transitions'
export {
  createSchedulerState,
  HANDLED_KEYS_LIMIT,
  normalizeSchedulerState,
  type SchedulerState,
  type SnoozedReminder,
} from './scheduler-state'
export { expiredOccurrences, type Occurrence } from './wall-clock'
export type { SleepWindow } from './sleep-window'
