// What sitting really looks like, per local day: the time at the computer, and the longest stretch of it without
// a break. Pure arithmetic over spans of time, split at local midnights (DST-safe, through local-time.ts); the
// running app (main/app/records/sitting.ts) feeds it the user's comings and goings and the breaks they took.
import { addDays, dateKeyOf, startOfLocalDay, type DateKey } from './local-time'

/** One day's figures, in whole seconds. */
export interface SittingDay {
  /** Time at the computer. */
  active: number
  /** The longest stretch at the computer without a break (short absences, under the natural-break length, inside). */
  longest: number
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

/** Adds time at the computer, [from, to), to the days it falls on. Answers the days changed (a new object). */
export function addActive(
  days: Readonly<Record<DateKey, SittingDay>>,
  from: number,
  to: number,
): Record<DateKey, SittingDay> {
  const next = { ...days }
  for (const part of splitByLocalDay(from, to)) {
    const day = next[part.date] ?? { active: 0, longest: 0 }
    next[part.date] = { ...day, active: day.active + Math.round((part.to - part.from) / 1000) }
  }
  return next
}

/**
 * A stretch without a break ran from `from` to `to` (it may still be running): each day it touches keeps the
 * longer of its longest stretch so far and the part of this one that falls on that day.
 */
export function noteStretch(
  days: Readonly<Record<DateKey, SittingDay>>,
  from: number,
  to: number,
): Record<DateKey, SittingDay> {
  let next: Record<DateKey, SittingDay> | null = null
  for (const part of splitByLocalDay(from, to)) {
    const seconds = Math.round((part.to - part.from) / 1000)
    const day = (next ?? days)[part.date] ?? { active: 0, longest: 0 }
    if (seconds <= day.longest) continue
    next ??= { ...days }
    next[part.date] = { ...day, longest: seconds }
  }
  return next ?? { ...days }
}
