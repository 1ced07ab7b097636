// Formatting of times, days and lengths of time for both windows, in one place: clock times in the user's locale,
// "tomorrow" and weekday names where a time is not today, durations in words, counts with their nouns.

const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' })

const DAY_MS = 24 * 60 * 60 * 1000

/** "14:30" or "2:30 PM", as the user's locale writes it. */
export function formatTime(epochMs: number): string {
  return clock.format(new Date(epochMs))
}

/** Formats a stored "HH:MM" for reading. */
export function formatClock(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number)
  const date = new Date(2000, 0, 1, h ?? 0, m ?? 0)
  return clock.format(date)
}

/** Local midnight of the day `epochMs` falls on. */
function startOfDay(epochMs: number): number {
  const date = new Date(epochMs)
  date.setHours(0, 0, 0, 0)
  return date.getTime()
}

/** Calendar days from `now`'s day to `at`'s day (0 = today, 1 = tomorrow, -1 = yesterday). */
export function daysFrom(now: number, at: number): number {
  return Math.round((startOfDay(at) - startOfDay(now)) / DAY_MS)
}

/** "today", "tomorrow", "on Friday" (within the week) or "on 3 December", for a moment seen from `now`. */
export function formatDay(at: number, now: number): string {
  const days = daysFrom(now, at)
  if (days === 0) return 'today'
  if (days === 1) return 'tomorrow'
  if (days > 1 && days < 7) return `on ${DAY_LONG[new Date(at).getDay()]}`
  return `on ${new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'long' })}`
}

/** "today", "tomorrow", "Friday" (within the week) or "3 December": a day's name, for "until the end of …". */
export function formatDayName(at: number, now: number): string {
  return formatDay(at, now).replace(/^on /, '')
}

/** "2:30 PM" today, "tomorrow at 6:30 AM", "Friday at 6:30 AM", "3 December at 6:30 AM". */
export function formatWhen(at: number, now: number): string {
  const days = daysFrom(now, at)
  if (days === 0) return formatTime(at)
  return `${formatDayName(at, now)} at ${formatTime(at)}`
}

/** "at 2:30 PM" today, "tomorrow at 6:30 AM", "Friday at 6:30 AM": for "Next: Stretch, at 2:30 PM". */
export function formatAt(at: number, now: number): string {
  const when = formatWhen(at, now)
  return daysFrom(now, at) === 0 ? `at ${when}` : when
}

/** Minutes after midnight for "HH:MM", or null when it is not a time. */
export function clockMinutes(hhmm: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

/** A bedtime before noon is after midnight: it falls on the calendar day after its evening (as the planner reads it). */
export function isAfterMidnight(hhmm: string): boolean {
  const minutes = clockMinutes(hhmm)
  return minutes !== null && minutes < 12 * 60
}

/** "8 h", "7 h 30 min", "45 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return `${m} min`
  return m === 0 ? `${h} h` : `${h} h ${m} min`
}

/** A length given in seconds, in words: "45 seconds", "1 minute", "2 minutes 30 seconds", "10 minutes". */
export function formatSeconds(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  if (minutes === 0) return plural(rest, 'second')
  if (rest === 0) return plural(minutes, 'minute')
  return `${plural(minutes, 'minute')} ${plural(rest, 'second')}`
}

/** A countdown's figure: seconds up to a minute ("45"), then minutes and seconds ("9:58"). */
export function formatCountdown(seconds: number): string {
  if (seconds <= 60) return String(seconds)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/** Minutes of sleep from bedtime to the wake time after it (through midnight). */
export function sleepMinutes(bedtime: string, wakeTime: string): number | null {
  const bed = clockMinutes(bedtime)
  const wake = clockMinutes(wakeTime)
  if (bed === null || wake === null) return null
  return (wake - bed + 24 * 60) % (24 * 60) || 24 * 60
}

/** JavaScript's weekday numbers (0 = Sunday), listed Monday first as most calendars here do. */
export const WEEK = [1, 2, 3, 4, 5, 6, 0] as const
export const DAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
export const DAY_LONG = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const

/** The weekday after `day` (0 = Sunday … 6 = Saturday). */
export function nextDay(day: number): number {
  return (day + 1) % 7
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** "Monday to Friday", "Monday, Wednesday and Friday", "every day", "no days". */
export function formatDays(days: readonly number[]): string {
  const set = new Set(days)
  if (set.size === 7) return 'every day'
  if (set.size === 0) return 'no days'
  const ordered = WEEK.filter((d) => set.has(d))
  const positions = ordered.map((d) => WEEK.indexOf(d))
  const consecutive = positions.every((p, i) => i === 0 || p === (positions[i - 1] ?? 0) + 1)
  const names = ordered.map((d) => DAY_LONG[d])
  if (consecutive && names.length > 2) return `${names[0]} to ${names.at(-1)}`
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
