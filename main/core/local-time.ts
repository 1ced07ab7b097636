// The one module for local wall-clock arithmetic, in the process's time zone (plain Date and the engine's tz rules).
// Everything else in Limber speaks in instants (Date) and local date keys ('YYYY-MM-DD'), never in raw offsets.
//
// DST policy, made explicit rather than left to the engine:
// - A wall-clock time inside a skipped hour (spring forward) resolves to the first valid instant after the gap:
//   02:30 on Berlin's spring-forward night is 03:00 CEST (the transition itself), not 03:30.
// - A wall-clock time inside a repeated hour (fall back) resolves once, to its first occurrence (summer time).
// - Durations are real elapsed time (epoch milliseconds apart), never wall-clock differences.

/**
 * A local calendar date, 'YYYY-MM-DD' (years after 9999 take more digits, as far as Date goes: 275760).
 * Plain string order breaks at the year 10000: compare the instants they start at.
 */
export type DateKey = string

export interface ClockTime {
  hour: number
  minute: number
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Parses 'HH:MM' (24-hour, 00:00–23:59); null when it is not such a time. */
export function parseClock(text: string): ClockTime | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text)
  if (!match) return null
  return { hour: Number(match[1]), minute: Number(match[2]) }
}

/** Minutes after midnight of an 'HH:MM' time (null when invalid); for ordering times within a day. */
export function clockMinutes(text: string): number | null {
  const clock = parseClock(text)
  return clock ? clock.hour * 60 + clock.minute : null
}

/** The local wall-clock time of an instant, 'HH:MM'. */
export function clockOf(instant: Date): string {
  return `${pad(instant.getHours())}:${pad(instant.getMinutes())}`
}

/** The local calendar date of an instant. */
export function dateKeyOf(instant: Date): DateKey {
  return `${String(instant.getFullYear()).padStart(4, '0')}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`
}

/** Splits a date key; null when it is not a real calendar date. */
export function parseDateKey(key: string): { year: number; month: number; day: number } | null {
  // The planner reads the same few hundred keys over and over: remember them (a bounded, plain-data memo).
  const known = parsedKeys.get(key)
  if (known !== undefined) return known
  const match = /^(\d{4,6})-(\d{2})-(\d{2})$/.exec(key)
  let parsed: { year: number; month: number; day: number } | null = null
  if (match) {
    const year = Number(match[1])
    const month = Number(match[2])
    const day = Number(match[3])
    const check = new Date(Date.UTC(year, month - 1, day))
    const real =
      check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day
    parsed = real ? { year, month, day } : null
  }
  if (parsedKeys.size >= PARSED_KEYS_MAX) parsedKeys.clear()
  parsedKeys.set(key, parsed)
  return parsed
}
const PARSED_KEYS_MAX = 5_000
const parsedKeys = new Map<string, { year: number; month: number; day: number } | null>()

/** True for a real calendar date written 'YYYY-MM-DD' (as stored files and payloads carry them). */
export function isDateKey(value: unknown): value is DateKey {
  return typeof value === 'string' && value.length === 10 && parseDateKey(value) !== null
}

/** Day of the week of a local date, as JavaScript numbers them: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(key: DateKey): number {
  // A calendar date's weekday does not depend on any time zone, so compute it in UTC.
  const { year, month, day } = requireDateKey(key)
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** The local date `days` calendar days after (or before, when negative) the given one. */
export function addDays(key: DateKey, days: number): DateKey {
  const { year, month, day } = requireDateKey(key)
  const shifted = new Date(Date.UTC(year, month - 1, day + days))
  return `${String(shifted.getUTCFullYear()).padStart(4, '0')}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`
}

/** Calendar days from one local date to another (negative when `to` is earlier); a date's length plays no part. */
export function daysBetween(from: DateKey, to: DateKey): number {
  const a = requireDateKey(from)
  const b = requireDateKey(to)
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY)
}

/**
 * The instant at which the local clock shows `time` on the local date `key`, resolving DST as the module
 * comment says: inside a skipped hour, the first valid instant after the gap; inside a repeated hour, the
 * first occurrence. Throws on a malformed date key or time (callers pass validated preferences).
 */
export function atLocalTime(key: DateKey, time: string | ClockTime): Date {
  const { year, month, day } = requireDateKey(key)
  const clock = typeof time === 'string' ? parseClock(time) : time
  if (!clock) throw new RangeError(`not a time as HH:MM: ${String(time)}`)
  // The wall-clock reading expressed as if it were UTC; the real instant is this minus the offset in force then.
  const naive = Date.UTC(year, month - 1, day, clock.hour, clock.minute)
  // Quick answer: the offsets a day either side are the only ones that can apply (no zone changes its offset
  // twice within two days); a candidate is right when the offset at it is its own.
  const before = offsetAt(naive - DAY)
  const after = offsetAt(naive + DAY)
  const early = naive - before
  const late = naive - after
  const earlyFits = offsetAt(early) === before
  const lateFits = before === after ? earlyFits : offsetAt(late) === after
  if (earlyFits || lateFits) {
    // In a repeated hour both fit: the first occurrence.
    if (earlyFits && lateFits) return new Date(Math.min(early, late))
    return new Date(earlyFits ? early : late)
  }
  return atLocalTimeCarefully(naive)
}

/** atLocalTime the long way: every offset over four days around, then a search for a gap's end. */
function atLocalTimeCarefully(naive: number): Date {
  const offsets = new Set<number>()
  for (let k = -8; k <= 8; k++) offsets.add(offsetAt(naive + k * 6 * HOUR))
  let first: number | null = null
  for (const offset of offsets) {
    const candidate = naive - offset
    if (offsetAt(candidate) === offset && (first === null || candidate < first)) first = candidate
  }
  if (first !== null) return new Date(first)
  // No instant shows this reading: it lies in a gap. The gap's end is the transition between the two candidates.
  const ordered = [...offsets].map((offset) => naive - offset).sort((x, y) => x - y)
  let lo = ordered[0]!
  let hi = ordered[ordered.length - 1]!
  const beforeGap = offsetAt(lo)
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (offsetAt(mid) === beforeGap) lo = mid
    else hi = mid
  }
  return new Date(hi)
}

/** The local midnight (or first instant, where midnight is skipped) that starts the date. */
export function startOfLocalDay(key: DateKey): Date {
  return atLocalTime(key, { hour: 0, minute: 0 })
}

function offsetAt(ms: number): number {
  // getTimezoneOffset is minutes *behind* UTC; `+ 0` turns -0 into 0 so offsets compare equal in a Set.
  return -new Date(ms).getTimezoneOffset() * MINUTE + 0
}

function requireDateKey(key: DateKey): { year: number; month: number; day: number } {
  const parsed = parseDateKey(key)
  if (!parsed) throw new RangeError(`not a date as YYYY-MM-DD: ${String(key)}`)
  return parsed
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
