// The one owner of the planner's state: the scheduler state and the calendar of the preferences in force. Every
// change goes through `apply` (a transition of main/core/planning) or a new calendar (`setPreferences`, `zoneChanged`),
// so the next reminder can be remembered safely between changes: most wake-ups are a minute's idle sample and ask
// again about the same state.
import { Calendar } from '../../core/planning/calendar'
import { applyTransition, type Transition } from '../../core/planning/apply-transition'
import { nextDue, upcoming, type DueReminder } from '../../core/planning/next-due'
import type { SchedulerState } from '../../core/planning/scheduler-state'
import type { RoutineReminder } from '../../core/planning/reminders'
import type { Preferences } from '../../core/preferences/index'

/** The next reminder is asked again at least this often anyway, as cheap insurance. */
const PLAN_MEMO_MS = 30 * 60_000

export class Schedule {
  private current: SchedulerState
  private days: Calendar
  private planned: {
    state: SchedulerState
    calendar: Calendar
    now: number
    due: DueReminder | null
  } | null = null

  constructor(state: SchedulerState, inForce: Preferences, routines: readonly RoutineReminder[] = []) {
    this.current = state
    this.days = new Calendar(inForce, routines)
  }

  /** The scheduler state as it stands (a new object after every change). */
  get state(): Readonly<SchedulerState> {
    return this.current
  }

  /** The days of the preferences in force in the zone in force; `calendar.prefs` is what reminders follow. */
  get calendar(): Calendar {
    return this.days
  }

  /** Changes the state by one event. */
  apply(transition: Transition, now: number): void {
    this.current = applyTransition(this.current, transition, this.days, now)
  }

  /**
   * The preferences in force changed (the stored ones, or a sore-back plan starting or ending). A time the change
   * moved into the past is passed over; a break switched on starts its clock now.
   */
  setPreferences(inForce: Preferences, now: number, routines = this.days.routines): void {
    const previous = this.days
    this.days = new Calendar(inForce, routines)
    this.apply({ type: 'prefs-changed', previous }, now)
  }

  /** The routines that come as their own reminders changed (imported, removed, their times): planned like a change. */
  setRoutines(routines: readonly RoutineReminder[], now: number): void {
    this.setPreferences(this.days.prefs, now, routines)
  }

  /** The time zone changed: the same preferences, read again in the new zone. */
  zoneChanged(): void {
    this.days = new Calendar(this.days.prefs, this.days.routines)
  }

  /**
   * The planner's next reminder. Remembered while nothing it depends on changed (the state, the calendar) and its
   * time has not come.
   */
  next(now: number): DueReminder | null {
    const last = this.planned
    if (
      last &&
      last.state === this.current &&
      last.calendar === this.days &&
      now >= last.now &&
      now - last.now < PLAN_MEMO_MS &&
      (last.due === null ? true : now < last.due.at || now === last.now)
    ) {
      return last.due
    }
    const due = nextDue(this.days, this.current, now)
    this.planned = { state: this.current, calendar: this.days, now, due }
    return due
  }

  /** The reminders from `now` to `until`, each assumed answered when it comes (at most `limit`). */
  upcoming(now: number, until: number, limit: number): DueReminder[] {
    return upcoming(this.days, this.current, now, until, limit)
  }

  /** When the pause ends ('forever' until resumed), or null when not paused at `now`. */
  pausedUntil(now: number): number | 'forever' | null {
    const paused = this.current.pausedUntil
    if (paused === 'forever') return 'forever'
    return typeof paused === 'number' && paused > now ? paused : null
  }
}
