// Clock arithmetic the settings window needs (how long a night is, whether a bedtime falls after midnight): pure
// helpers on stored "HH:MM" values. Writing times, days and lengths for reading is the shared formatter's job
// (main/core/i18n/format.ts, through fmt() in each window).

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

/** Minutes of sleep from bedtime to the wake time after it (through midnight). */
export function sleepMinutes(bedtime: string, wakeTime: string): number | null {
  const bed = clockMinutes(bedtime)
  const wake = clockMinutes(wakeTime)
  if (bed === null || wake === null) return null
  return (wake - bed + 24 * 60) % (24 * 60) || 24 * 60
}

/** The weekday after `day` (0 = Sunday … 6 = Saturday). */
export function nextDay(day: number): number {
  return (day + 1) % 7
}
