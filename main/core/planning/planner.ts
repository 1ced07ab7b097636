// The planner: from preferences, scheduler state and "now", which reminder happens when. Pure (no clock, no
// timers): the app passes "now" in, arms one timer for nextDue's answer and re-plans after every event.
//
// Its parts, one job each:
// - calendar.ts       the days of one set of preferences in the zone in force (sleep windows, work periods,
//                     active-use time, wall-clock occurrences), worked out once and remembered
// - active-use.ts     posture and stretch breaks from their clocks
// - reminders.ts      the kinds of reminder, their names, and a planned or due reminder as data
// - sleep-window.ts, active-time.ts  each day's night and work period, and active-use time as intervals
// - wall-clock.ts     wind-down, get-ready, bedtime, sessions and custom reminders; what is still worth showing late
// - wall-clock-due.ts the calendar's wall-clock occurrences walked: the next to show, those passed unseen
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
export { expiredOccurrences } from './wall-clock-due'
export type { Occurrence } from './wall-clock'
export type { SleepWindow } from './sleep-window'
