// Short, human wordings of times and durations for the tray menu, tooltip and notifications ("in 1 h 5 min").
// Durations round up to the minute, so "in 1 min" is never shown after the moment has passed.
import { addDays, clockOf, dateKeyOf } from '../core/local-time'

const MINUTE = 60_000

/** "less than a minute", "12 min", "1 h", "1 h 5 min", "2 days" … for a span in milliseconds. */
export function formatDuration(ms: number): string {
  const minutes = Math.ceil(Math.max(0, ms) / MINUTE)
  if (minutes < 1) return 'less than a minute'
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours >= 48) return `${Math.floor(hours / 24)} days`
  const rest = minutes % 60
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

/** "14:30" today, "tomorrow 06:30", or "Fri 06:30" within the week, "2026-12-01 06:30" beyond. */
export function formatWhen(at: number, now: number): string {
  const time = clockOf(new Date(at))
  const day = dateKeyOf(new Date(at))
  const today = dateKeyOf(new Date(now))
  if (day === today) return time
  if (day === addDays(today, 1)) return `tomorrow ${time}`
  if (at > now && at - now < 6 * 24 * 60 * MINUTE) {
    return `${new Date(at).toLocaleDateString('en-GB', { weekday: 'short' })} ${time}`
  }
  return `${day} ${time}`
}
