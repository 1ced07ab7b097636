// Small formatting helpers shared by both windows: clock times, lengths of time and weekday names,
// in the user's locale where the platform knows it.

const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' })

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

/** Minutes after midnight for "HH:MM", or null when it is not a time. */
export function clockMinutes(hhmm: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

/** "8 h", "7 h 30 min", "45 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return `${m} min`
  return m === 0 ? `${h} h` : `${h} h ${m} min`
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

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
