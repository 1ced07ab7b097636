// The days of one set of preferences in the time zone in force, worked out once and remembered: each day's
// bounds, the night that starts that evening, its work period, its wall-clock reminders and its active-use time.
// The planner asks about instants thousands of times a day; the app makes a new Calendar whenever the
// preferences or the time zone change, which is all a remembered day depends on.
import { ActiveTime } from './active-time'
import { addDays, dateKeyOf, startOfLocalDay, type DateKey } from '../local-time'
import type { Preferences } from '../preferences/index'
import type { RoutineReminder } from './reminders'
import {
  intersectPeriods,
  sleepWindowFor,
  subtractPeriod,
  workPeriodFor,
  type Period,
  type SleepWindow,
} from './sleep-window'
import { occurrencesOn, type Occurrence } from './wall-clock'

/** A day as the wall-clock search walks it. */
export interface CalendarDay {
  /** Nothing of this day's comes before this instant. */
  earliest: number
  wall: readonly Occurrence[]
  next: DateKey
  following?: CalendarDay
}

interface Day {
  key: DateKey
  start: number
  end: number
  night: SleepWindow
  work: Period | null
  /** The neighbouring dates, worked out once: walking days is the planner's inner loop. */
  previous: DateKey
  next: DateKey
  wall?: readonly Occurrence[]
  active?: readonly Period[]
  walked?: CalendarDay
}

/** Remembered days beyond this are forgotten all at once (a year of planning needs about 370). */
const MAX_DAYS = 1000
const DAY_MS = 86_400_000
/** No wall-clock reminder of a day comes before this long after its midnight (6 h: a DST day's 08:00 is later). */
const EARLIEST_IN_DAY_MS = 6 * 3_600_000

export class Calendar {
  /** Posture and stretch time: outside the sleep windows and, when on, inside work hours. */
  readonly active: ActiveTime
  private readonly days = new Map<DateKey, Day>()
  private lastDay: Day | null = null
  private nightMemo: { from: number; night: SleepWindow | null } | null = null

  /** `routines`: the routines that come as their own reminders (at their days and times). */
  constructor(
    readonly prefs: Preferences,
    readonly routines: readonly RoutineReminder[] = [],
  ) {
    this.active = new ActiveTime({
      keyAt: (t) => this.keyAt(t),
      bounds: (key) => this.day(key),
      next: (key) => this.day(key).next,
      previous: (key) => this.day(key).previous,
      activeOn: (key) => this.activeOn(key),
    })
  }

  /** The local date of an instant. */
  keyAt(t: number): DateKey {
    const last = this.lastDay
    if (last && t >= last.start && t < last.end) return last.key
    const key = dateKeyOf(new Date(t))
    this.lastDay = this.day(key)
    return key
  }

  /** The night that starts on the evening `evening` (whether or not bedtime reminders are on). */
  night(evening: DateKey): SleepWindow {
    return this.day(evening).night
  }

  /** The wall-clock reminders of a day, sorted: its evening's bedtime steps, its sessions and custom reminders. */
  wallOn(key: DateKey): readonly Occurrence[] {
    const day = this.day(key)
    day.wall ??= occurrencesOn(this.prefs, key, day.night, this.routines)
    return day.wall
  }

  /**
   * The days whose wall-clock reminders may fall at or after `from`, in order: walk them with `nextDay` until a
   * day's `earliest` is past what is looked for. (A day's reminders lie between its 08:00 — a wind-down 4 h before
   * a bedtime at noon — and noon the day after.)
   */
  firstDayFor(from: number): CalendarDay {
    return this.view(this.day(this.keyAt(from)).previous)
  }

  nextDay(day: CalendarDay): CalendarDay {
    // Linked once found: the walk is the planner's inner loop.
    day.following ??= this.view(day.next)
    return day.following
  }

  /** Calls `visit` for every wall-clock occurrence with from <= at < until, a day at a time. */
  eachOccurrence(from: number, until: number, visit: (occurrence: Occurrence) => void): void {
    for (
      let day = this.firstDayFor(from), n = 0;
      day.earliest < until && n < 400;
      day = this.nextDay(day), n++
    ) {
      for (const occurrence of day.wall) if (occurrence.at >= from && occurrence.at < until) visit(occurrence)
    }
  }

  /** The sleep window containing `t` (bedtime inclusive, wake exclusive); null outside one or when bedtime is off. */
  sleepWindowAt(t: number): SleepWindow | null {
    if (!this.prefs.bedtime.enabled) return null
    const today = this.keyAt(t)
    for (const offset of [0, -1, -2]) {
      const window = this.night(addDays(today, offset))
      if (window.bedtime.getTime() <= t && t < window.wake.getTime()) return window
    }
    return null
  }

  /** True between the bedtime and the wake time of the night `t` belongs to: only bedtime reminders then. */
  isQuietTime(t: number): boolean {
    return this.sleepWindowAt(t) !== null
  }

  /** True when posture and stretch reminders may happen. */
  isActiveUseTime(t: number): boolean {
    return this.active.allowed(t)
  }

  /** The first wake time after `t` (for "pause until tomorrow morning"), by the sleep times even when bedtime is off. */
  nextWakeTime(t: number): number {
    const today = this.keyAt(t)
    for (let offset = -2; offset <= 3; offset++) {
      const window = this.night(addDays(today, offset))
      if (window.wake.getTime() > t && window.hours > 0) return window.wake.getTime()
    }
    // Only when bedtime equals wake time: a day from now.
    return t + DAY_MS
  }

  /** The night running at `t`, or the next one to come, with a real length (for the tray's bedtime line). */
  currentOrNextNight(t: number): SleepWindow | null {
    // Asked at every wake-up; the answer holds from when it was found until that night's wake time.
    const memo = this.nightMemo
    if (memo && memo.night && t >= memo.from && t < memo.night.wake.getTime()) return memo.night
    const today = this.keyAt(t)
    let found: SleepWindow | null = null
    for (const offset of [-1, 0, 1]) {
      const window = this.night(addDays(today, offset))
      if (window.wake.getTime() > t && window.hours > 0) {
        found = window
        break
      }
    }
    this.nightMemo = { from: t, night: found }
    return found
  }

  private view(key: DateKey): CalendarDay {
    const day = this.day(key)
    day.walked ??= { earliest: day.start + EARLIEST_IN_DAY_MS, wall: this.wallOn(key), next: day.next }
    return day.walked
  }

  private day(key: DateKey): Day {
    let day = this.days.get(key)
    if (day) return day
    if (this.days.size >= MAX_DAYS) {
      this.days.clear()
      this.lastDay = null
    }
    const next = addDays(key, 1)
    day = {
      key,
      start: startOfLocalDay(key).getTime(),
      end: startOfLocalDay(next).getTime(),
      night: sleepWindowFor(this.prefs, key),
      work: workPeriodFor(this.prefs, key),
      previous: addDays(key, -1),
      next,
    }
    this.days.set(key, day)
    return day
  }

  private activeOn(key: DateKey): readonly Period[] {
    const day = this.day(key)
    if (day.active) return day.active
    let periods: Period[] = [{ start: day.start, end: day.end }]
    if (this.prefs.bedtime.enabled) {
      // A night reaches at most into the second day after its evening.
      for (const offset of [-2, -1, 0]) {
        const night = this.night(addDays(key, offset))
        periods = subtractPeriod(periods, { start: night.bedtime.getTime(), end: night.wake.getTime() })
      }
    }
    if (this.prefs.workHours.enabled) {
      const work = [this.day(addDays(key, -1)).work, day.work].filter((p): p is Period => p !== null)
      periods = intersectPeriods(periods, work)
    }
    day.active = periods
    return periods
  }
}
