// One formatter for main and both windows: clock times, days, durations, weekday lists and numbers, written the
// way the locale in use writes them (Intl), with the few joining words a locale's data lacks ("tomorrow at 6:30 AM",
// "Monday to Friday") taken from the catalog. The tray, notifications and windows all format through this, so the
// same time never reads two ways.

/** The catalog's words this formatter needs (the `format` part of each catalog's `common` section). */
export interface FormatWords {
  /** "tomorrow at 6:30 AM", "Friday at 6:30 AM": a day name and a time. */
  dayAtTime: (p: { day: string; time: string }) => string
  /** "Monday to Friday": a run of three or more days in a row. */
  dayRange: (p: { first: string; last: string }) => string
  everyDay: string
  noDays: string
  lessThanAMinute: string
}

const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS

/** JavaScript's weekday numbers (0 = Sunday), Monday first as most calendars Limber's languages use do. */
export const WEEK = [1, 2, 3, 4, 5, 6, 0] as const

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

/** A Sunday, so `SUNDAY + d days` is weekday d (0 = Sunday … 6 = Saturday) at noon, clear of any DST change. */
const SUNDAY = new Date(2026, 0, 4, 12).getTime()

export type Format = ReturnType<typeof createFormat>

/**
 * A countdown's figure: seconds up to a minute ("45"), then minutes and seconds ("9:58"). Apart from the rest, as
 * the break window's ring needs only this (its window stays small).
 */
export function createCountdown(locale: string): (total: number) => string {
  const numbers = new Intl.NumberFormat(locale)
  return (total) =>
    total <= 60 ? numbers.format(total) : `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}

export function createFormat(locale: string, words: FormatWords) {
  const clock = new Intl.DateTimeFormat(locale, { timeStyle: 'short' })
  const relativeDay = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const weekdayLong = new Intl.DateTimeFormat(locale, { weekday: 'long' })
  const weekdays = {
    long: weekdayLong,
    short: new Intl.DateTimeFormat(locale, { weekday: 'short' }),
  }
  const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' })
  const dayMonthShort = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' })
  const dayMonthFigures = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' })
  const weekdayDate = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' })
  const numbers = new Intl.NumberFormat(locale)
  // Units by the language alone: one English wording everywhere ("25 min"; British English data alone says "25 mins").
  const language = new Intl.Locale(locale).language
  const unit = (name: string, display: 'short' | 'long') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: display })
  const minutesShort = unit('minute', 'short')
  const hoursShort = unit('hour', 'short')
  const minutesLong = unit('minute', 'long')
  const secondsLong = unit('second', 'long')
  const daysLong = unit('day', 'long')
  const unitList = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' })
  const andList = new Intl.ListFormat(locale, { type: 'conjunction' })

  const format = {
    locale,
    /** "14:30" or "2:30 PM". */
    time: (epochMs: number) => clock.format(new Date(epochMs)),
    /** A stored "HH:MM" as the locale writes a clock time. */
    clock(hhmm: string): string {
      const [h, m] = hhmm.split(':').map(Number)
      return clock.format(new Date(2000, 0, 1, h ?? 0, m ?? 0))
    },
    /** "today", "tomorrow", "Friday" (within the week) or "3 December". */
    dayName(at: number, now: number): string {
      const days = daysFrom(now, at)
      if (days === 0 || days === 1 || days === -1) return relativeDay.format(days, 'day')
      if (days > 1 && days < 7) return weekdayLong.format(new Date(at))
      return dayMonth.format(new Date(at))
    },
    /** "2:30 PM" today, "tomorrow at 6:30 AM", "Friday at 6:30 AM", "3 December at 6:30 AM". */
    when(at: number, now: number): string {
      if (daysFrom(now, at) === 0) return format.time(at)
      return words.dayAtTime({ day: format.dayName(at, now), time: format.time(at) })
    },
    /** "3 Dec": a short date, for chart labels. */
    shortDate: (epochMs: number) => dayMonthShort.format(new Date(epochMs)),
    /** "3/12", "3.12.": a date in figures, the shortest a locale writes one (a narrow chart's labels). */
    figuresDate: (epochMs: number) => dayMonthFigures.format(new Date(epochMs)),
    /** "Thu 3 Dec", "Do., 3. Dez.": a date with its weekday, short (a row of a table). */
    weekdayDate: (epochMs: number) => weekdayDate.format(new Date(epochMs)),
    /** Weekday d (0 = Sunday) by name: "Monday", or "Mon" when short (a chart's axis, a weekday button). */
    weekday: (day: number, width: keyof typeof weekdays = 'long') =>
      weekdays[width].format(new Date(SUNDAY + day * DAY_MS)),
    /** "Monday to Friday", "Monday, Wednesday and Friday", "every day", "no days". */
    days(days: readonly number[]): string {
      const set = new Set(days)
      if (set.size === 7) return words.everyDay
      if (set.size === 0) return words.noDays
      const ordered = WEEK.filter((day) => set.has(day))
      const positions = ordered.map((day) => WEEK.indexOf(day))
      const inARow = positions.every((p, i) => i === 0 || p === (positions[i - 1] ?? 0) + 1)
      const names = ordered.map((day) => format.weekday(day))
      if (inARow && names.length > 2)
        return words.dayRange({ first: names[0] ?? '', last: names.at(-1) ?? '' })
      return andList.format(names)
    },
    /** "8 hr", "7 hr 30 min", "45 min": a length in whole minutes, short. */
    minutes(total: number): string {
      const hours = Math.floor(total / 60)
      const rest = total % 60
      if (hours === 0) return minutesShort.format(rest)
      if (rest === 0) return hoursShort.format(hours)
      return unitList.format([hoursShort.format(hours), minutesShort.format(rest)])
    },
    /** A span in milliseconds, rounded up to the minute: "less than a minute", "1 hr 5 min", "2 days". */
    span(ms: number): string {
      const total = Math.ceil(Math.max(0, ms) / MINUTE_MS)
      if (total < 1) return words.lessThanAMinute
      if (total >= 48 * 60) return daysLong.format(Math.floor(total / (24 * 60)))
      return format.minutes(total)
    },
    /** "45 seconds", "1 minute", "2 minutes 30 seconds": a length given in seconds, in words. */
    seconds(total: number): string {
      const minutes = Math.floor(total / 60)
      const rest = total % 60
      if (minutes === 0) return secondsLong.format(rest)
      if (rest === 0) return minutesLong.format(minutes)
      return unitList.format([minutesLong.format(minutes), secondsLong.format(rest)])
    },
    /** "1 day", "3 days": a number of days, in words. */
    dayCount: (count: number) => daysLong.format(count),
    countdown: createCountdown(locale),
    number: (value: number) => numbers.format(value),
    /** "a, b and c" as the locale joins a list. */
    list: (items: readonly string[]) => andList.format(items),
  }
  return format
}
