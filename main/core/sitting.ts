// What sitting really looks like, per local day: the time at the computer, the longest stretch of it without a
// break, and how many stretches ran past LONG_BOUT_MINUTES (the long sitting bouts the trials measured). Pure
// arithmetic over spans of time, split at local midnights (DST-safe, through local-time.ts); the running app
// (main/app/records/sitting.ts) feeds it the user's comings and goings and the breaks they took.
import { addDays, dateKeyOf, startOfLocalDay, type DateKey } from './local-time'

/**
 * A stretch without a break longer than this many whole minutes is a long sitting bout. Evans 2012 counted bouts
 * over 30 minutes; the extra five leave room for a posture break (30 minutes by default) that came a little late
 * or was snoozed once (docs/health-content.md, "Figures that measure back health").
 */
export const LONG_BOUT_MINUTES = 35

/** One day's figures. */
export interface SittingDay {
  /** Time at the computer, in whole seconds. */
  active: number
  /** The longest stretch at the computer without a break (short absences, under the natural-break length, inside). */
  longest: number
  /** Stretches without a break that ran past LONG_BOUT_MINUTES on this day (the part on this day). */
  longBouts: number
}

/** The stretch without a break that runs now: since when, and the days it was already counted a long bout on. */
export interface RunningStretch {
  since: number
  counted: readonly DateKey[]
}

/** Whether a stretch of this many seconds is a long sitting bout (counted in the whole minutes that are shown). */
export function isLongBout(seconds: number): boolean {
  return Math.floor(seconds / 60) > LONG_BOUT_MINUTES
}

/** A span [from, to) cut at local midnights: each part with the date it falls on. */
export function splitByLocalDay(from: number, to: number): { date: DateKey; from: number; to: number }[] {
  const parts: { date: DateKey; from: number; to: number }[] = []
  let start = from
  // A span longer than a few weeks is not a person sitting: only its last part would count anyway.
  for (let guard = 0; start < to && guard < 40; guard++) {
    const date = dateKeyOf(new Date(start))
    const end = Math.min(to, startOfLocalDay(addDays(date, 1)).getTime())
    parts.push({ date, from: start, to: end })
    start = end
  }
  return parts
}

const EMPTY_DAY: SittingDay = { active: 0, longest: 0, longBouts: 0 }

/**
 * The figures after the user sat at the computer over [from, to) in the stretch `stretch` (which may have begun
 * earlier, short absences inside): the time added to the days it falls on, each day's longest stretch the longer of
 * its own and this stretch's part on that day, and this stretch counted a long bout, once, on each day its part
 * grew past the line. Answers new objects; a `to` at or before `from` only looks at the stretch.
 */
export function sat(
  days: Readonly<Record<DateKey, SittingDay>>,
  from: number,
  to: number,
  stretch: RunningStretch,
): { days: Record<DateKey, SittingDay>; stretch: RunningStretch } {
  const next: Record<DateKey, SittingDay> = { ...days }
  for (const part of splitByLocalDay(from, to)) {
    const day = next[part.date] ?? EMPTY_DAY
    next[part.date] = { ...day, active: day.active + Math.round((part.to - part.from) / 1000) }
  }
  const counted = [...stretch.counted]
  for (const part of splitByLocalDay(stretch.since, to)) {
    const seconds = Math.round((part.to - part.from) / 1000)
    const day = next[part.date] ?? EMPTY_DAY
    const longBout = isLongBout(seconds) && !counted.includes(part.date)
    if (longBout) counted.push(part.date)
    if (seconds <= day.longest && !longBout) continue
    next[part.date] = {
      ...day,
      longest: Math.max(day.longest, seconds),
      longBouts: day.longBouts + (longBout ? 1 : 0),
    }
  }
  return { days: next, stretch: { since: stretch.since, counted } }
}
