// The day's fixed periods, worked out from the preferences for one local date: the night that starts that evening
// (bedtime → wake time, weekday overrides included) and the work period that starts that day. Pure and uncached;
// the Calendar (calendar.ts) remembers them per day.
import { addDays, atLocalTime, clockMinutes, weekdayOf, type DateKey } from '../local-time'
import type { Preferences } from '../preferences/index'

export interface SleepWindow {
  /** The local date of the evening this night belongs to (the date in its bedtime reminders' keys). */
  evening: DateKey
  bedtime: Date
  wake: Date
  /** Real hours between bedtime and wake (a DST night is an hour shorter or longer). */
  hours: number
}

/** A span of time as epoch ms, start inclusive, end exclusive. */
export interface Period {
  start: number
  end: number
}

const HOUR = 3_600_000

/** The bedtime and wake time that apply to the night starting on the evening `evening` (overrides included). */
function sleepTimesFor(prefs: Preferences, evening: DateKey): { bedtime: string; wakeTime: string } {
  const override = prefs.bedtime.overrides[String(weekdayOf(evening))]
  return override ?? { bedtime: prefs.bedtime.bedtime, wakeTime: prefs.bedtime.wakeTime }
}

/**
 * The night that starts on the evening `evening`, whether or not bedtime reminders are on. A bedtime before noon
 * lies on the next calendar day; the wake time is the first one after bedtime (the same reading means no window).
 */
export function sleepWindowFor(prefs: Preferences, evening: DateKey): SleepWindow {
  const times = sleepTimesFor(prefs, evening)
  const bedMinutes = clockMinutes(times.bedtime) ?? 0
  const wakeMinutes = clockMinutes(times.wakeTime) ?? 0
  const bedDate = bedMinutes < 12 * 60 ? addDays(evening, 1) : evening
  const bedtime = atLocalTime(bedDate, times.bedtime)
  let wake: Date
  if (wakeMinutes === bedMinutes) wake = bedtime
  else wake = atLocalTime(wakeMinutes > bedMinutes ? bedDate : addDays(bedDate, 1), times.wakeTime)
  if (wake.getTime() < bedtime.getTime()) wake = bedtime
  return { evening, bedtime, wake, hours: (wake.getTime() - bedtime.getTime()) / HOUR }
}

/** The work period starting on the local date `day` (null on a day off); an end before the start is the next day. */
export function workPeriodFor(prefs: Preferences, day: DateKey): Period | null {
  const work = prefs.workHours
  if (!work.weekdays.includes(weekdayOf(day))) return null
  const startMinutes = clockMinutes(work.start) ?? 0
  const endMinutes = clockMinutes(work.end) ?? 0
  const start = atLocalTime(day, work.start).getTime()
  const end = atLocalTime(endMinutes > startMinutes ? day : addDays(day, 1), work.end).getTime()
  return { start, end }
}

/** The parts of `periods` outside `cut` (all sorted, disjoint). */
export function subtractPeriod(periods: readonly Period[], cut: Period): Period[] {
  if (cut.end <= cut.start) return [...periods]
  const kept: Period[] = []
  for (const p of periods) {
    if (cut.end <= p.start || cut.start >= p.end) {
      kept.push(p)
      continue
    }
    if (p.start < cut.start) kept.push({ start: p.start, end: cut.start })
    if (cut.end < p.end) kept.push({ start: cut.end, end: p.end })
  }
  return kept
}

/** The parts of `periods` inside any of `within` (all sorted, disjoint within each list). */
export function intersectPeriods(periods: readonly Period[], within: readonly Period[]): Period[] {
  const kept: Period[] = []
  for (const p of periods) {
    for (const w of within) {
      const start = Math.max(p.start, w.start)
      const end = Math.min(p.end, w.end)
      if (start < end) kept.push({ start, end })
    }
  }
  return kept.sort((a, b) => a.start - b.start)
}
