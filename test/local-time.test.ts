// Local wall-clock arithmetic, run once per time zone (see vitest.config.ts): date keys, weekdays, and how a
// wall-clock time on a DST night becomes an instant (skipped → first instant after the gap; repeated → first).
import { describe, expect, it } from 'vitest'
import {
  addDays,
  atLocalTime,
  clockMinutes,
  clockOf,
  dateKeyOf,
  parseClock,
  parseDateKey,
  startOfLocalDay,
  weekdayOf,
} from '../main/core/local-time'
import { EXPECTED_DST_DAYS, EXPECTED_OFFSETS, plusMinutes, transitions2026, ZONE } from './support/zones'

/** The wall reading of an instant in the test's zone, computed by Intl (independently of Date's local getters). */
function wallReading(instant: Date): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant)
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? ''
  return { day: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` }
}

const transitions = transitions2026()
const spring = transitions.find((t) => t.shift > 0)
const fall = transitions.find((t) => t.shift < 0)

describe(`local time in ${ZONE}`, () => {
  it('really runs in the zone the test project set', () => {
    const expected = EXPECTED_OFFSETS[ZONE]
    expect(expected, `TZ=${ZONE} is not one of the planner zones`).toBeDefined()
    expect(-new Date(2026, 0, 15, 12).getTimezoneOffset()).toBe(expected!.january)
    expect(-new Date(2026, 6, 15, 12).getTimezoneOffset()).toBe(expected!.july)
  })

  it('finds the 2026 DST nights by computation, on the dates the zone publishes', () => {
    const expected = EXPECTED_DST_DAYS[ZONE]!
    expect(spring?.day).toBe(expected.spring)
    expect(fall?.day).toBe(expected.fall)
    expect(transitions).toHaveLength(expected.spring ? 2 : 0)
  })

  it('parses HH:MM times and rejects anything else', () => {
    expect(parseClock('00:00')).toEqual({ hour: 0, minute: 0 })
    expect(parseClock('23:59')).toEqual({ hour: 23, minute: 59 })
    expect(clockMinutes('22:30')).toBe(22 * 60 + 30)
    for (const bad of ['24:00', '7:30', '07:60', '07:3', ' 07:30', '07:30 ', 'ab:cd', '']) {
      expect(parseClock(bad), bad).toBeNull()
      expect(clockMinutes(bad), bad).toBeNull()
    }
  })

  it('names the local date and time of an instant as the zone reads it', () => {
    for (const ms of [
      Date.UTC(2026, 0, 1, 0, 0),
      Date.UTC(2026, 5, 30, 11, 15),
      Date.UTC(2026, 11, 31, 23, 59),
    ]) {
      const instant = new Date(ms)
      const reading = wallReading(instant)
      expect(dateKeyOf(instant)).toBe(reading.day)
      expect(clockOf(instant)).toBe(reading.time)
    }
  })

  it('counts calendar days and weekdays without regard to the zone', () => {
    expect(weekdayOf('2026-11-26')).toBe(4) // a Thursday
    expect(weekdayOf('2026-03-29')).toBe(0) // a Sunday
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(parseDateKey('2026-02-30')).toBeNull()
    expect(() => addDays('yesterday', 1)).toThrow(RangeError)
  })

  it('puts an ordinary wall-clock time where the zone reads it', () => {
    for (const [day, time] of [
      ['2026-01-15', '22:30'],
      ['2026-07-15', '06:30'],
      ['2026-06-01', '00:00'],
      ['2026-12-31', '23:59'],
    ] as const) {
      const instant = atLocalTime(day, time)
      expect(wallReading(instant)).toEqual({ day, time })
    }
  })

  it('starts every day of 2026 at a local midnight (or the first instant after a skipped one)', () => {
    for (let day = '2026-01-01'; day < '2027-01-01'; day = addDays(day, 1)) {
      const start = startOfLocalDay(day)
      expect(dateKeyOf(start)).toBe(day)
      expect(dateKeyOf(new Date(start.getTime() - 1))).toBe(addDays(day, -1))
    }
  })

  if (!spring || !fall) {
    it('has no DST: every wall-clock time of 2026 exists exactly once', () => {
      expect(transitions).toEqual([])
      for (let day = '2026-01-01'; day < '2027-01-01'; day = addDays(day, 7)) {
        const instant = atLocalTime(day, '02:30')
        expect(wallReading(instant)).toEqual({ day, time: '02:30' })
      }
    })
    return
  }

  it('moves a time inside the skipped hour to the first valid instant after the gap', () => {
    const t = spring!
    const insideGap = plusMinutes(t.wallBefore, t.shift / 2)
    for (const time of [t.wallBefore, insideGap, plusMinutes(t.wallAfter, -1)]) {
      const instant = atLocalTime(t.day, time)
      expect(instant.getTime(), time).toBe(t.instant)
      expect(wallReading(instant)).toEqual({ day: t.day, time: t.wallAfter })
    }
    // Just outside the gap nothing moves.
    expect(wallReading(atLocalTime(t.day, plusMinutes(t.wallBefore, -1))).time).toBe(
      plusMinutes(t.wallBefore, -1),
    )
    expect(atLocalTime(t.day, t.wallAfter).getTime()).toBe(t.instant)
    // The night is shorter by the shift: from the reading before the gap to the one after is 1 real minute.
    const before = atLocalTime(t.day, plusMinutes(t.wallBefore, -1))
    expect(atLocalTime(t.day, t.wallAfter).getTime() - before.getTime()).toBe(60_000)
  })

  it('resolves a time inside the repeated hour once, to its first occurrence', () => {
    const t = fall!
    const insideRepeat = plusMinutes(t.wallAfter, -t.shift / 2)
    const instant = atLocalTime(t.day, insideRepeat)
    expect(wallReading(instant)).toEqual({ day: t.day, time: insideRepeat })
    // The first occurrence is before the transition; the second, one shift later, reads the same.
    expect(instant.getTime()).toBeLessThan(t.instant)
    const second = new Date(instant.getTime() - t.shift * 60_000)
    expect(wallReading(second).time).toBe(insideRepeat)
    expect(second.getTime()).toBeGreaterThanOrEqual(t.instant)
    // The start of the repeated span resolves to the first occurrence too.
    expect(atLocalTime(t.day, t.wallAfter).getTime()).toBe(t.instant + t.shift * 60_000)
  })

  it('keeps working past the year 9999: date keys simply grow a digit', () => {
    const instant = new Date(10000, 0, 1, 12)
    expect(dateKeyOf(instant)).toBe('10000-01-01')
    expect(addDays('9999-12-31', 1)).toBe('10000-01-01')
    expect(addDays('10000-01-01', -1)).toBe('9999-12-31')
    expect(addDays('9999-12-30', 3)).toBe('10000-01-02')
    expect(parseDateKey('10000-02-29')).toEqual({ year: 10000, month: 2, day: 29 })
    expect(weekdayOf('10000-01-01')).toBe(6)
    expect(clockOf(atLocalTime('10000-01-01', '22:30'))).toBe('22:30')
    expect(parseDateKey('1000000-01-01')).toBeNull()
  })

  it('has a test helper that adds and subtracts minutes across midnight', () => {
    expect(plusMinutes('02:00', 30)).toBe('02:30')
    expect(plusMinutes('02:00', -30)).toBe('01:30')
    expect(plusMinutes('00:00', -150)).toBe('21:30')
    expect(plusMinutes('23:45', 30)).toBe('00:15')
  })
})
