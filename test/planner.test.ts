// The planner's rules as a user meets them, run once per time zone (see vitest.config.ts): a simulated week,
// both DST nights, a sleep window across midnight, quiet hours, work hours, and the running app's next-due logic.
// Everything goes through what the running app runs: a Calendar for the preferences, `nextDue` for the next
// reminder and `upcoming` (nextDue stepped forward, each reminder answered at once) for a timeline.
import { describe, expect, it } from 'vitest'
import { addDays, atLocalTime, clockOf, dateKeyOf, type DateKey } from '../main/core/local-time'
import {
  Calendar,
  createSchedulerState,
  expiredOccurrences,
  HANDLED_KEYS_LIMIT,
  MERGE_MS,
  nextDue,
  normalizeSchedulerState,
  onAnswered,
  onAway,
  onBack,
  onClockJump,
  onPause,
  onPrefsChanged,
  onResume,
  onShown,
  onSkipNext,
  onSnooze,
  upcoming,
  type DueReminder,
  type SchedulerState,
} from '../main/core/planning/planner'
import {
  DEFAULT_PREFERENCES,
  mergePreferences,
  validatePreferences,
  type Preferences,
} from '../main/core/preferences/index'
import { EXPECTED_OFFSETS, plusMinutes, transitions2026, ZONE } from './support/zones'

const MINUTE = 60_000
/** A Monday in a week without DST changes in any of the zones. */
const MONDAY = '2026-06-15'

function prefsWith(patch: unknown = {}): Preferences {
  const result = validatePreferences(mergePreferences(DEFAULT_PREFERENCES, patch))
  if (!result.ok) throw new Error(`test preferences are invalid: ${JSON.stringify(result.errors)}`)
  return result.value
}

/** Epoch ms of a local time on a local date. */
const at = (time: string, day: DateKey = MONDAY) => atLocalTime(day, time).getTime()
const clock = (t: number) => clockOf(new Date(t))
const dayOf = (t: number) => dateKeyOf(new Date(t))
/** A key without its instant: the step and its night ("bedtime:2026-06-15"). */
const stepOf = (key: string) => key.split('@')[0]

/**
 * The reminders from `from` to `until` for someone at the computer from `from` on, answering each at once: the
 * path of the app's upcoming timeline. Occurrences from `from` on count (nothing earlier is caught up).
 */
function plan(prefs: Preferences, from: number, until: number): DueReminder[] {
  return upcoming(calOf(prefs), { ...createSchedulerState(from), lastCheckedAt: from - 1 }, from, until)
}

/** "HH:MM kind" per local date, the way a user would read the upcoming list. */
function byDay(reminders: DueReminder[]): Map<DateKey, string[]> {
  const days = new Map<DateKey, string[]>()
  for (const reminder of reminders) {
    const day = dayOf(reminder.at)
    if (!days.has(day)) days.set(day, [])
    days.get(day)!.push(`${clock(reminder.at)} ${reminder.kind}`)
  }
  return days
}

/**
 * The day a user with the default settings sees: posture on the hour, stretch on the half hour, then the evening.
 * The 20:30 stretch folds into the wind-down and the 22:00 posture break into get-ready: one reminder at a time.
 */
function defaultDay(): string[] {
  const day: string[] = []
  for (let hour = 7; hour <= 21; hour++) {
    const hh = String(hour).padStart(2, '0')
    day.push(`${hh}:00 posture`, hour === 20 ? '20:30 wind-down' : `${hh}:30 stretch`)
  }
  day.push('22:00 get-ready', '22:30 bedtime')
  return day
}

const transitions = transitions2026()
const spring = transitions.find((t) => t.shift > 0)
const fall = transitions.find((t) => t.shift < 0)

/** One Calendar per set of preferences, as the app keeps one until they change. */
const calendars = new WeakMap<Preferences, Calendar>()
function calOf(prefs: Preferences): Calendar {
  let cal = calendars.get(prefs)
  if (!cal) calendars.set(prefs, (cal = new Calendar(prefs)))
  return cal
}
const quiet = (prefs: Preferences, t: number) => calOf(prefs).isQuietTime(t)
/** "Skip next" from the tray, as the app does it: the reminder nextDue would show next. */
function skipNext(prefs: Preferences, state: SchedulerState, now: number): SchedulerState {
  return onSkipNext(state, nextDue(calOf(prefs), state, now)!, now)
}

describe(`planning in ${ZONE}`, () => {
  it('really runs in the zone the test project set', () => {
    const expected = EXPECTED_OFFSETS[ZONE]
    expect(expected, `TZ=${ZONE} is not one of the planner zones`).toBeDefined()
    expect(-new Date(2026, 0, 15, 12).getTimezoneOffset()).toBe(expected!.january)
    expect(-new Date(2026, 6, 15, 12).getTimezoneOffset()).toBe(expected!.july)
  })

  describe('a simulated week with the default settings', () => {
    const weeks: [string, DateKey][] = [['an ordinary week', MONDAY]]
    if (spring) weeks.push(['the week clocks go forward', addDays(spring.day, -6)])
    if (fall) weeks.push(['the week clocks go back', addDays(fall.day, -6)])

    for (const [name, monday] of weeks) {
      it(`gives every day of ${name} the same breaks: posture each half hour, a stretch in place of every second`, () => {
        const prefs = prefsWith()
        const reminders = plan(prefs, at('00:00', monday), at('00:00', addDays(monday, 7)))
        const days = byDay(reminders)
        expect([...days.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => addDays(monday, n)))
        for (const [day, list] of days) {
          expect(list, day).toEqual(defaultDay())
          expect(
            list.filter((item) => item.endsWith('posture')),
            day,
          ).toHaveLength(15)
          expect(
            list.filter((item) => item.endsWith('stretch')),
            day,
          ).toHaveLength(14)
        }
        // In order, and never two within five minutes of each other.
        for (let i = 1; i < reminders.length; i++) {
          expect(reminders[i]!.at - reminders[i - 1]!.at).toBeGreaterThanOrEqual(5 * MINUTE)
        }
      })

      it(`keeps quiet between bedtime and wake time through ${name}`, () => {
        const prefs = prefsWith()
        const reminders = plan(prefs, at('00:00', monday), at('00:00', addDays(monday, 7)))
        for (const reminder of reminders) {
          if (quiet(prefs, reminder.at)) expect(reminder.kind, clock(reminder.at)).toBe('bedtime')
        }
        expect(reminders.filter((r) => r.kind === 'bedtime').map((r) => stepOf(r.key))).toEqual(
          [0, 1, 2, 3, 4, 5, 6].map((n) => `bedtime:${addDays(monday, n)}`),
        )
      })
    }
  })

  describe('posture and stretch falling together', () => {
    it('shows only the stretch when both fall due at the same moment, and restarts both clocks', () => {
      const reminders = plan(prefsWith(), at('09:00'), at('11:01'))
      expect(reminders.map((r) => `${clock(r.at)} ${r.kind}`)).toEqual([
        '09:30 posture',
        '10:00 stretch',
        '10:30 posture',
        '11:00 stretch',
      ])
    })

    it('lets the stretch swallow a posture break due less than a posture break before it', () => {
      // Posture due at 10:00, the stretch one minute later: one reminder, the stretch at its own time.
      const prefs = prefsWith({ stretch: { everyMinutes: 61 }, posture: { durationSeconds: 60 } })
      const reminders = plan(prefs, at('09:00'), at('10:30'))
      expect(reminders.map((r) => `${clock(r.at)} ${r.kind}`)).toEqual(['09:30 posture', '10:01 stretch'])
    })

    it('keeps both, five minutes apart, when they are further apart than the posture break lasts', () => {
      const prefs = prefsWith({ stretch: { everyMinutes: 62 }, posture: { durationSeconds: 60 } })
      const reminders = plan(prefs, at('09:00'), at('10:33'))
      expect(reminders.map((r) => `${clock(r.at)} ${r.kind}`)).toEqual([
        '09:30 posture',
        '10:00 posture',
        '10:05 stretch',
      ])
    })

    it('plans nothing for a feature that is off', () => {
      const noPosture = plan(prefsWith({ posture: { enabled: false } }), at('09:00'), at('12:00'))
      expect(noPosture.map((r) => `${clock(r.at)} ${r.kind}`)).toEqual(['10:00 stretch', '11:00 stretch'])
      const nothing = prefsWith({
        posture: { enabled: false },
        stretch: { enabled: false },
        bedtime: { enabled: false },
      })
      expect(plan(nothing, at('00:00'), at('00:00', addDays(MONDAY, 7)))).toEqual([])
    })

    it('without bedtime reminders there is no quiet time either', () => {
      const prefs = prefsWith({ bedtime: { enabled: false } })
      const night = plan(prefs, at('22:00'), at('07:00', addDays(MONDAY, 1)))
      expect(night.some((r) => r.kind === 'bedtime' || r.kind === 'wind-down')).toBe(false)
      expect(night.filter((r) => quiet(prefsWith(), r.at)).length).toBeGreaterThan(10)
    })
  })

  describe('the sleep window', () => {
    it('keeps quiet from bedtime up to wake time', () => {
      const prefs = prefsWith()
      const tuesday = addDays(MONDAY, 1)
      expect(quiet(prefs, at('22:29'))).toBe(false)
      expect(quiet(prefs, at('22:30'))).toBe(true)
      expect(quiet(prefs, at('03:00', tuesday))).toBe(true)
      expect(quiet(prefs, at('06:29', tuesday))).toBe(true)
      expect(quiet(prefs, at('06:30', tuesday))).toBe(false)
      const window = calOf(prefs).sleepWindowAt(at('03:00', tuesday))
      expect(window?.evening).toBe(MONDAY)
      expect(window?.hours).toBe(8)
      expect(calOf(prefs).night(MONDAY).wake.getTime()).toBe(at('06:30', tuesday))
    })

    it('gives a bedtime after midnight to the evening before, with that evening’s override', () => {
      const thursday = '2026-06-18'
      const friday = addDays(thursday, 1)
      const saturday = addDays(thursday, 2)
      const sunday = addDays(thursday, 3)
      const prefs = prefsWith({
        bedtime: {
          bedtime: '00:30',
          wakeTime: '07:00',
          overrides: { '5': { bedtime: '01:30', wakeTime: '09:00' } },
        },
      })
      const reminders = plan(prefs, at('12:00', thursday), at('12:00', sunday))
      const sleep = reminders.filter((r) => r.kind !== 'posture' && r.kind !== 'stretch')
      expect(sleep.map((r) => `${stepOf(r.key)} ${dayOf(r.at)} ${clock(r.at)}`)).toEqual([
        `wind-down:${thursday} ${thursday} 22:30`,
        `get-ready:${thursday} ${friday} 00:00`,
        `bedtime:${thursday} ${friday} 00:30`,
        `wind-down:${friday} ${friday} 23:30`,
        `get-ready:${friday} ${saturday} 01:00`,
        `bedtime:${friday} ${saturday} 01:30`,
        `wind-down:${saturday} ${saturday} 22:30`,
        `get-ready:${saturday} ${sunday} 00:00`,
        `bedtime:${saturday} ${sunday} 00:30`,
      ])
      // Friday night's wake time applies to Saturday morning: quiet until 09:00, first break half an hour later.
      expect(quiet(prefs, at('08:30', saturday))).toBe(true)
      expect(quiet(prefs, at('08:30', friday))).toBe(false)
      expect(quiet(prefs, at('01:29', saturday))).toBe(false)
      expect(calOf(prefs).sleepWindowAt(at('03:00', saturday))?.evening).toBe(friday)
      const firstBreak = (day: DateKey) =>
        reminders.find((r) => r.kind === 'posture' && dayOf(r.at) === day && new Date(r.at).getHours() >= 5)
      expect(clock(firstBreak(friday)!.at)).toBe('07:30')
      expect(clock(firstBreak(saturday)!.at)).toBe('09:30')
      expect(reminders.some((r) => r.kind === 'posture' && quiet(prefs, r.at))).toBe(false)
    })

    it('ends "pause until tomorrow morning" at the next wake time, weekday overrides included', () => {
      const prefs = prefsWith({ bedtime: { overrides: { '1': { bedtime: '23:00', wakeTime: '08:00' } } } })
      expect(calOf(prefs).nextWakeTime(at('21:00'))).toBe(at('08:00', addDays(MONDAY, 1)))
      expect(calOf(prefs).nextWakeTime(at('03:00'))).toBe(at('06:30'))
      expect(calOf(prefs).nextWakeTime(at('07:00', addDays(MONDAY, 1)))).toBe(at('08:00', addDays(MONDAY, 1)))
    })
  })

  if (spring) {
    describe(`the spring-forward night (${spring.day}, ${spring.wallBefore} → ${spring.wallAfter})`, () => {
      const evening = addDays(spring.day, -1)
      const inGap = plusMinutes(spring.wallBefore, spring.shift / 2)

      it(`fires a bedtime of ${inGap} (inside the skipped time) once, at ${spring.wallAfter}`, () => {
        const prefs = prefsWith({ bedtime: { bedtime: inGap, wakeTime: '09:00' } })
        const night = plan(prefs, at('12:00', evening), at('12:00', spring.day))
        const bedtimes = night.filter((r) => r.kind === 'bedtime')
        expect(bedtimes).toHaveLength(1)
        expect(stepOf(bedtimes[0]!.key)).toBe(`bedtime:${evening}`)
        expect(bedtimes[0]!.at).toBe(spring.instant)
        expect(clock(bedtimes[0]!.at)).toBe(spring.wallAfter)
      })

      it('puts wind-down and get-ready 120 and 30 real minutes before it, whatever the wall clock says', () => {
        const prefs = prefsWith({ bedtime: { bedtime: inGap, wakeTime: '09:00' } })
        const night = plan(prefs, at('12:00', evening), at('12:00', spring.day))
        const find = (kind: string) => night.find((r) => r.kind === kind)!
        expect((find('bedtime').at - find('wind-down').at) / MINUTE).toBe(120)
        expect((find('bedtime').at - find('get-ready').at) / MINUTE).toBe(30)
        // On the wall clock the wind-down reads 120 minutes plus the skipped time before bedtime.
        expect(clock(find('wind-down').at)).toBe(plusMinutes(spring.wallAfter, -120 - spring.shift))
      })

      it('has a night shorter by the skipped time and nothing but bedtime reminders in it', () => {
        const prefs = prefsWith()
        expect(calOf(prefs).night(evening).hours).toBe(8 - spring.shift / 60)
        const night = plan(prefs, at('22:30', evening), at('06:30', spring.day))
        expect(night.map((r) => r.kind)).toEqual(['bedtime'])
      })
    })
  }

  if (fall) {
    describe(`the fall-back night (${fall.day}, ${fall.wallBefore} → ${fall.wallAfter})`, () => {
      const evening = addDays(fall.day, -1)
      const inRepeat = plusMinutes(fall.wallAfter, -fall.shift / 2)

      it(`fires a bedtime of ${inRepeat} (inside the repeated time) once, at its first occurrence`, () => {
        const prefs = prefsWith({ bedtime: { bedtime: inRepeat, wakeTime: '09:00' } })
        const night = plan(prefs, at('12:00', evening), at('12:00', fall.day))
        const bedtimes = night.filter((r) => r.kind === 'bedtime')
        expect(bedtimes).toHaveLength(1)
        expect(stepOf(bedtimes[0]!.key)).toBe(`bedtime:${evening}`)
        expect(clock(bedtimes[0]!.at)).toBe(inRepeat)
        expect(bedtimes[0]!.at).toBe(fall.instant + (fall.shift / 2) * MINUTE)
        // The second time the clock reads it, the user is already in the sleep window.
        const second = bedtimes[0]!.at - fall.shift * MINUTE
        expect(clock(second)).toBe(inRepeat)
        expect(quiet(prefs, second)).toBe(true)
      })

      it('puts wind-down 120 real minutes before it and keeps the night quiet', () => {
        const prefs = prefsWith({ bedtime: { bedtime: inRepeat, wakeTime: '09:00' } })
        const night = plan(prefs, at('12:00', evening), at('12:00', fall.day))
        const find = (kind: string) => night.find((r) => r.kind === kind)!
        expect((find('bedtime').at - find('wind-down').at) / MINUTE).toBe(120)
        expect((find('bedtime').at - find('get-ready').at) / MINUTE).toBe(30)
        const inQuiet = night.filter((r) => quiet(prefs, r.at))
        expect(inQuiet.map((r) => r.kind)).toEqual(['bedtime'])
      })

      it('has a night longer by the repeated time', () => {
        expect(calOf(prefsWith()).night(evening).hours).toBe(8 - fall.shift / 60)
      })
    })
  }

  describe('work hours', () => {
    const work = { workHours: { enabled: true, start: '09:00', end: '17:30', weekdays: [1, 2, 3, 4, 5] } }

    it('keeps posture and stretch inside work hours on work days, restarting the clocks when work begins', () => {
      const prefs = prefsWith(work)
      const reminders = plan(prefs, at('00:00'), at('00:00', addDays(MONDAY, 7)))
      const days = byDay(reminders.filter((r) => r.kind === 'posture' || r.kind === 'stretch'))
      const workday: string[] = []
      for (let hour = 9; hour <= 16; hour++) {
        const hh = String(hour).padStart(2, '0')
        workday.push(`${hh}:30 posture`, `${String(hour + 1).padStart(2, '0')}:00 stretch`)
      }
      expect([...days.keys()]).toEqual([0, 1, 2, 3, 4].map((n) => addDays(MONDAY, n)))
      for (const [day, list] of days) expect(list, day).toEqual(workday)
      // Bedtime reminders are not work: they come every evening, weekend included.
      expect(reminders.filter((r) => r.kind === 'bedtime')).toHaveLength(7)
      expect(calOf(prefs).isActiveUseTime(at('12:00', addDays(MONDAY, 5)))).toBe(false)
    })
  })

  describe('activities and custom reminders', () => {
    const activities = {
      activities: {
        strength: { enabled: true, weekdays: [1, 3, 5], time: '18:00' },
        yoga: { enabled: true, weekdays: [2], time: '05:45' },
        custom: [
          {
            id: 'water',
            enabled: true,
            title: 'Glass of water',
            time: '15:00',
            weekdays: [0, 1, 2, 3, 4, 5, 6],
          },
          { id: 'brace', enabled: false, title: 'Brace off', time: '11:00', weekdays: [1] },
        ],
      },
    }

    it('reminds of sessions and custom reminders at their times on their days, even in the sleep window', () => {
      const prefs = prefsWith(activities)
      const reminders = plan(prefs, at('00:00'), at('00:00', addDays(MONDAY, 7)))
      const chosen = reminders.filter((r) => r.kind === 'activity' || r.kind === 'custom')
      const tuesday = addDays(MONDAY, 1)
      expect(
        chosen.filter((r) => r.ref === 'strength').map((r) => `${stepOf(r.key)} ${clock(r.at)} ${r.title}`),
      ).toEqual([0, 2, 4].map((n) => `activity:strength:${addDays(MONDAY, n)} 18:00 Strength training`))
      const yoga = chosen.filter((r) => r.ref === 'yoga')
      expect(yoga.map((r) => `${stepOf(r.key)} ${clock(r.at)} ${r.title}`)).toEqual([
        `activity:yoga:${tuesday} 05:45 Yoga`,
      ])
      expect(quiet(prefs, yoga[0]!.at)).toBe(true)
      const water = chosen.filter((r) => r.kind === 'custom')
      expect(water).toHaveLength(7)
      expect(
        water.every((r) => r.title === 'Glass of water' && r.ref === 'water' && clock(r.at) === '15:00'),
      ).toBe(true)
      expect(chosen.some((r) => r.ref === 'brace')).toBe(false)
    })

    it('folds the break due with a session or custom reminder into it: one reminder at a time', () => {
      const next = plan(prefsWith(activities), at('14:00'), at('21:00'))
      expect(next.map((r) => `${clock(r.at)} ${r.kind}${r.absorbs ? `+${r.absorbs}` : ''}`)).toEqual([
        '14:30 posture',
        '15:00 custom+stretch',
        '15:30 posture',
        '16:00 stretch',
        '16:30 posture',
        '17:00 stretch',
        '17:30 posture',
        '18:00 activity+stretch',
        '18:30 posture',
        '19:00 stretch',
        '19:30 posture',
        '20:00 stretch',
        '20:30 wind-down+posture',
      ])
    })
  })
})

describe(`the running app's next reminder in ${ZONE}`, () => {
  const prefs = prefsWith()
  const fresh = (time: string, day: DateKey = MONDAY) => createSchedulerState(at(time, day))
  const describeDue = (state: SchedulerState, now: number, p: Preferences = prefs) => {
    const due = nextDue(calOf(p), state, now)
    return due
      ? `${clock(due.at)} ${due.kind}${due.late ? ' late' : ''}${due.snoozed ? ' snoozed' : ''}`
      : null
  }
  /** Shows whatever is due now and marks it done, as the app would. */
  const showAndDo = (state: SchedulerState, now: number, p: Preferences = prefs) => {
    const due = nextDue(calOf(p), state, now)
    if (!due || due.at > now) throw new Error('nothing due')
    return onAnswered(onShown(state, due, now), due, now)
  }

  it('counts active use from the moment the app starts', () => {
    const due = nextDue(calOf(prefs), fresh('09:00'), at('09:00'))
    expect(due).toMatchObject({ kind: 'posture', key: 'posture', late: false, snoozed: false })
    expect(clock(due!.at)).toBe('09:30')
  })

  it('says "show it now" once a reminder’s time has come, and moves on when it is done', () => {
    let state = fresh('09:00')
    expect(nextDue(calOf(prefs), state, at('09:30'))!.at).toBeLessThanOrEqual(at('09:30'))
    state = showAndDo(state, at('09:31'))
    expect(describeDue(state, at('09:31'))).toBe('10:00 stretch')
    state = showAndDo(state, at('10:01'))
    expect(describeDue(state, at('10:01'))).toBe('10:31 posture')
  })

  it('brings a snoozed stretch back after the snooze, with no posture break in between', () => {
    let state = fresh('09:00')
    state = showAndDo(state, at('09:30'))
    const stretch = nextDue(calOf(prefs), state, at('10:00'))!
    state = onSnooze(onShown(state, stretch, at('10:00')), stretch, at('10:00'), 5)
    expect(describeDue(state, at('10:00'))).toBe('10:05 stretch snoozed')
    expect(describeDue(state, at('10:05'))).toBe('10:05 stretch snoozed')
    state = showAndDo(state, at('10:06'))
    expect(state.snoozed).toBeNull()
    expect(describeDue(state, at('10:06'))).toBe('10:36 posture')
  })

  it('brings a snoozed posture break back too, unless it would land in quiet time', () => {
    const p = prefsWith({ bedtime: { getReadyMinutes: 0 } })
    let state = fresh('21:00')
    const posture = nextDue(calOf(p), state, at('21:30'))!
    state = onSnooze(onShown(state, posture, at('21:30')), posture, at('21:30'), 5)
    expect(describeDue(state, at('21:31'), p)).toBe('21:35 posture snoozed')

    // A posture break at 22:15, snoozed for 20 minutes, would come back at 22:35, after bedtime.
    let late = fresh('21:45')
    const last = nextDue(calOf(p), late, at('22:15'))!
    expect(last.kind).toBe('posture')
    late = onSnooze(onShown(late, last, at('22:15')), last, at('22:15'), 20)
    expect(describeDue(late, at('22:15'), p)).toBe('22:30 bedtime')
    late = showAndDo(late, at('22:30'), p)
    // Next is the first posture break after wake time, not the snoozed one at 22:35.
    const next = nextDue(calOf(p), late, at('22:31'))!
    expect(`${dayOf(next.at)} ${clock(next.at)} ${next.kind}`).toBe(`${addDays(MONDAY, 1)} 07:00 posture`)
  })

  it('brings a snoozed bedtime back even though it is quiet time', () => {
    let state = fresh('22:15')
    const bedtime = nextDue(calOf(prefs), state, at('22:30'))!
    expect(bedtime.kind).toBe('bedtime')
    state = onSnooze(onShown(state, bedtime, at('22:30')), bedtime, at('22:30'), 5)
    expect(describeDue(state, at('22:31'))).toBe('22:35 bedtime snoozed')
  })

  it('waits a full interval after a skipped break', () => {
    const p = prefsWith({ stretch: { enabled: false } })
    let state = fresh('09:00')
    const posture = nextDue(calOf(p), state, at('09:30'))!
    state = onAnswered(onShown(state, posture, at('09:30')), posture, at('09:30'))
    expect(describeDue(state, at('09:30'), p)).toBe('10:00 posture')
  })

  it('skips the next reminder ahead of time from the tray', () => {
    const state = skipNext(prefs, fresh('09:00'), at('09:10'))
    expect(describeDue(state, at('09:10'))).toBe('10:00 stretch')
    const p = prefsWith({ stretch: { enabled: false } })
    expect(describeDue(skipNext(p, fresh('09:00'), at('09:10')), at('09:10'), p)).toBe('10:00 posture')
    const evening = skipNext(prefs, fresh('22:10'), at('22:10'))
    expect(stepOf(nextDue(calOf(prefs), evening, at('22:10'))!.key)).not.toBe(`bedtime:${MONDAY}`)
  })

  it('shows nothing while paused and restarts the clocks when the pause ends or the user resumes', () => {
    const paused = onPause(fresh('09:00'), at('11:00'), at('09:10'))
    expect(describeDue(paused, at('09:40'))).toBe('11:30 posture')
    expect(describeDue(onResume(paused, at('10:00')), at('10:00'))).toBe('10:30 posture')
    const forever = onPause(fresh('09:00'), 'forever', at('09:10'))
    expect(nextDue(calOf(prefs), forever, at('20:00'))).toBeNull()
    expect(describeDue(onResume(forever, at('20:00')), at('20:00'))).toBe('20:30 wind-down')
  })

  it('holds bedtime reminders during a pause and shows the bedtime at its end while the night is still open', () => {
    const paused = onPause(fresh('21:00'), at('23:00'), at('21:50'))
    const due = nextDue(calOf(prefs), paused, at('21:50'))!
    expect(`${clock(due.at)} ${due.kind}`).toBe('23:00 bedtime')
    expect(due.late).toBe(true)
    expect(clock(due.plannedAt)).toBe('22:30')
    // The get-ready reminder is past its use once bedtime has come.
    expect(describeDue(onShown(paused, due, at('23:00')), at('23:00'))).not.toContain('get-ready')
  })

  it('drops the night’s bedtime reminders when paused until tomorrow morning', () => {
    const state = onPause(fresh('21:00'), calOf(prefs).nextWakeTime(at('21:50')), at('21:50'))
    const due = nextDue(calOf(prefs), state, at('21:50'))!
    expect(`${dayOf(due.at)} ${clock(due.at)} ${due.kind}`).toBe(`${addDays(MONDAY, 1)} 07:00 posture`)
  })

  it('counts time away of at least the idle minutes as a natural break that restarts both clocks', () => {
    let state = onAway(fresh('09:00'), at('09:20'))
    state = onBack(calOf(prefs), state, at('09:30'), 10 * MINUTE)
    expect(describeDue(state, at('09:30'))).toBe('10:00 posture')
    state = showAndDo(state, at('10:00'))
    expect(describeDue(state, at('10:00'))).toBe('10:30 stretch')
  })

  it('continues the clocks after a short absence, without counting the time away', () => {
    const state = onBack(calOf(prefs), onAway(fresh('09:00'), at('09:20')), at('09:22'), 2 * MINUTE)
    expect(describeDue(state, at('09:22'))).toBe('09:32 posture')
    const noBreaks = prefsWith({ naturalBreaks: { enabled: false } })
    const long = onBack(calOf(noBreaks), onAway(fresh('09:00'), at('09:20')), at('09:30'), 10 * MINUTE)
    expect(describeDue(long, at('09:30'), noBreaks)).toBe('09:40 posture')
  })

  it('shows no break to an empty room, and brings the held one back on return', () => {
    // Away from 09:28, just before the 09:30 posture break: while away only the evening's wind-down is ahead.
    const away = onAway(fresh('09:00'), at('09:28'))
    expect(describeDue(away, at('09:31'))).toBe('20:30 wind-down')
    // Back after 3 minutes (a short absence): the posture break comes, 3 minutes later than planned.
    expect(describeDue(onBack(calOf(prefs), away, at('09:31'), 3 * MINUTE), at('09:31'))).toBe(
      '09:33 posture',
    )

    const snoozed = onAway(
      onSnooze(fresh('09:00'), nextDue(calOf(prefs), fresh('09:00'), at('09:30'))!, at('09:30'), 5),
      at('09:34'),
    )
    expect(describeDue(snoozed, at('09:37'))).toBe('20:30 wind-down')
    // Back after 3 minutes: the snoozed posture break, held since 09:35, is shown at once.
    expect(describeDue(onBack(calOf(prefs), snoozed, at('09:37'), 3 * MINUTE), at('09:37'))).toBe(
      '09:37 posture late snoozed',
    )
    // A long absence counts as the break the snoozed reminder asked for.
    expect(onBack(calOf(prefs), snoozed, at('10:00'), 26 * MINUTE).snoozed).toBeNull()
  })

  it('after an evening away shows only the latest missed bedtime step: get-ready replaces wind-down', () => {
    const back = onBack(calOf(prefs), onAway(fresh('19:00'), at('20:00')), at('22:20'), 140 * MINUTE)
    const jumped = onClockJump(fresh('20:00'), 140 * MINUTE, at('22:20'))
    for (const state of [back, jumped]) {
      const due = nextDue(calOf(prefs), state, at('22:20'))!
      expect(`${clock(due.at)} ${due.kind}${due.late ? ' late' : ''}`).toBe('22:20 get-ready late')
      const after = onShown(state, due, at('22:20'))
      expect(describeDue(after, at('22:20'))).toBe('22:30 bedtime')
      expect(describeDue(after, at('22:25'))).toBe('22:30 bedtime')
    }
    // Back after bedtime: only the bedtime, neither step before it.
    const late = onBack(calOf(prefs), onAway(fresh('19:00'), at('20:00')), at('22:40'), 160 * MINUTE)
    expect(describeDue(late, at('22:40'))).toBe('22:40 bedtime late')
    // Back between wind-down and get-ready: the missed wind-down, then get-ready on time.
    let early = onBack(calOf(prefs), onAway(fresh('19:00'), at('20:00')), at('21:00'), 60 * MINUTE)
    expect(describeDue(early, at('21:00'))).toBe('21:00 wind-down late')
    early = onShown(early, nextDue(calOf(prefs), early, at('21:00'))!, at('21:00'))
    expect(describeDue(early, at('21:00'))).toBe('21:30 posture')
  })

  it('shows each missed reminder once after an absence', () => {
    const p = prefsWith({
      activities: {
        custom: [
          { id: 'water', enabled: true, title: 'Water', time: '15:00', weekdays: [1] },
          { id: 'pills', enabled: true, title: 'Pills', time: '15:10', weekdays: [1] },
        ],
      },
    })
    let state = onBack(calOf(p), onAway(fresh('14:00'), at('14:30')), at('15:30'), 60 * MINUTE)
    const shown: string[] = []
    // One at a time: the second comes five minutes after the first.
    for (const time of ['15:30', '15:35']) {
      const due = nextDue(calOf(p), state, at(time))!
      expect(due).toMatchObject({ kind: 'custom', late: true })
      expect(clock(due.at)).toBe(time)
      shown.push(due.ref!)
      state = onShown(state, due, at(time))
    }
    expect(shown.sort()).toEqual(['pills', 'water'])
    expect(describeDue(state, at('15:35'), p)).toBe('16:00 posture')
  })

  it('folds the posture break due with get-ready into it: one reminder, and the break counts as taken', () => {
    let state = fresh('21:30')
    const due = nextDue(calOf(prefs), state, at('22:00'))!
    expect(`${clock(due.at)} ${due.kind} ${due.absorbs}`).toBe('22:00 get-ready posture')
    state = onShown(state, due, at('22:00'))
    expect(state.postureClockStart).toBe(at('22:00'))
    expect(describeDue(state, at('22:00'))).toBe('22:30 bedtime')
  })

  it('folds a break due within ten minutes of an evening step into it, before or after', () => {
    for (const [start, absorbed] of [
      ['19:52', 'posture'], // posture due 20:22, 8 minutes before the wind-down: it waits for it
      ['20:08', 'posture'], // posture due 20:38, 8 minutes after: it comes early, with it
      ['19:55', 'posture'],
    ] as const) {
      const due = nextDue(calOf(prefs), { ...fresh(start), stretchClockStart: null }, at('20:30'))!
      expect(`${clock(due.at)} ${due.kind} ${due.absorbs}`, start).toBe(`20:30 wind-down ${absorbed}`)
    }
    // Further away, the break keeps its own time.
    const early = nextDue(calOf(prefs), { ...fresh('19:45'), stretchClockStart: null }, at('20:00'))!
    expect(`${clock(early.at)} ${early.kind}`).toBe('20:15 posture')
  })

  it('spaces two wall-clock reminders due together: the more time-critical first, the other five minutes later', () => {
    const p = prefsWith({
      posture: { enabled: false },
      stretch: { enabled: false },
      activities: { custom: [{ id: 'pills', enabled: true, title: 'Pills', time: '22:00', weekdays: [1] }] },
    })
    let state = fresh('21:00')
    const first = nextDue(calOf(p), state, at('22:00'))!
    expect(`${clock(first.at)} ${first.kind}`).toBe('22:00 get-ready')
    state = onShown(state, first, at('22:00'))
    expect(describeDue(state, at('22:00'), p)).toBe('22:05 custom late')
  })

  it('shows one stretch, not a posture break and a stretch back to back, when both are overdue', () => {
    const p = prefsWith({ posture: { everyMinutes: 10 }, stretch: { everyMinutes: 20 } })
    let state = onPrefsChanged(fresh('09:00'), calOf(prefs), calOf(p), at('09:50'))
    expect(describeDue(state, at('09:50'), p)).toBe('09:50 stretch')
    state = onShown(state, nextDue(calOf(p), state, at('09:50'))!, at('09:50'))
    expect(describeDue(state, at('09:50'), p)).toBe('10:00 posture')
    // A stretch due within a posture break's length of now stands in for the overdue posture break too.
    const soon = prefsWith({ posture: { everyMinutes: 10 }, stretch: { everyMinutes: 50 } })
    const now = at('09:49') + 30_000
    const almost = onPrefsChanged(fresh('09:00'), calOf(prefs), calOf(soon), now)
    expect(describeDue(almost, now, soon)).toBe('09:50 stretch')
  })

  it('does not bring a missed bedtime once half the night is over, and counts it as missed then', () => {
    const away = onAway(fresh('19:00'), at('20:00'))
    // Back at 02:00: the night (22:30–06:30) is not half over, so the bedtime still comes, late.
    const early = onBack(calOf(prefs), away, at('02:00', addDays(MONDAY, 1)), 6 * 60 * MINUTE)
    expect(describeDue(early, at('02:00', addDays(MONDAY, 1)))).toBe('02:00 bedtime late')
    // Back at 06:15: no "Bedtime" a quarter of an hour before getting up.
    const morning = at('06:15', addDays(MONDAY, 1))
    const late = onBack(calOf(prefs), away, morning, 615 * MINUTE)
    expect(describeDue(late, morning)).toBe('07:00 posture')
    // The evening's three steps passed unseen: each is missed, once.
    const expired = expiredOccurrences(calOf(prefs), late, morning).occurrences
    expect(expired.map((e) => `${e.occurrence.kind} ${e.missed}`)).toEqual([
      'wind-down true',
      'get-ready true',
      'bedtime true',
    ])
    const recorded = expired.map((e) => e.occurrence.key)
    const after = { ...late, handledKeys: [...late.handledKeys, ...recorded] }
    expect(expiredOccurrences(calOf(prefs), after, morning).occurrences).toEqual([])
  })

  it('plans the night again when bedtime moves later after its reminder was shown', () => {
    const before = prefsWith({ bedtime: { bedtime: '22:30' } })
    const moved = prefsWith({ bedtime: { bedtime: '23:30', wakeTime: '07:30' } })
    let state = fresh('22:20')
    const bedtime = nextDue(calOf(before), state, at('22:30'))!
    state = onAnswered(onShown(state, bedtime, at('22:30')), bedtime, at('22:30'))
    state = onPrefsChanged(state, calOf(before), calOf(moved), at('22:40'))
    // Identified by the instant it is due: the 23:30 bedtime is a new one; the 23:00 get-ready too.
    expect(describeDue(state, at('22:40'), moved)).toBe('23:00 get-ready')
    state = onShown(state, nextDue(calOf(moved), state, at('23:00'))!, at('23:00'))
    expect(describeDue(state, at('23:00'), moved)).toBe('23:30 bedtime')
  })

  it('keeps a wind-down held by a pause through any change of preferences', () => {
    let state = onPause(fresh('19:00'), at('21:00'), at('20:00'))
    expect(describeDue(state, at('20:45'))).toBe('21:00 wind-down late')
    const sound = prefsWith({ notifications: { sound: true } })
    state = onPrefsChanged(state, calOf(prefs), calOf(sound), at('20:45'))
    expect(describeDue(state, at('20:45'), sound)).toBe('21:00 wind-down late')
  })

  it('keeps a break further than MERGE_MS from an evening step apart from it', () => {
    // Posture due 11 minutes after the wind-down: not folded, it comes at its own time.
    const state = { ...fresh('20:11'), stretchClockStart: null, postureClockStart: at('20:11') }
    const first = nextDue(calOf(prefs), state, at('20:30'))!
    expect(`${clock(first.at)} ${first.kind} ${first.absorbs}`).toBe('20:30 wind-down null')
    expect(at('20:41') - at('20:30')).toBeGreaterThan(MERGE_MS)
    expect(describeDue(onShown(state, first, at('20:30')), at('20:30'))).toBe('20:41 posture')
  })

  it('keeps planning in the year 10000 and beyond', () => {
    for (const day of ['9999-12-31', '10000-01-03', '275759-06-15']) {
      const morning = at('09:00', day)
      expect(describeDue(fresh('09:00', day), morning)).toBe('09:30 posture')
      const reminders = plan(prefs, morning, at('09:00', addDays(day, 1)))
      expect(reminders.filter((r) => r.kind === 'bedtime').map((r) => dayOf(r.at))).toEqual([day])
      expect(stepOf(reminders.find((r) => r.kind === 'wind-down')!.key)).toBe(`wind-down:${day}`)
    }
    const last = 8.64e15
    expect(() => nextDue(calOf(prefs), createSchedulerState(last), last)).not.toThrow()
    expect(() => plan(prefs, 8.64e15 - 86_400_000, last)).not.toThrow()
  })

  it('shows a bedtime missed while asleep once on return, while the night is still open', () => {
    let state = onAway(fresh('19:00'), at('20:00'))
    expect(nextDue(calOf(prefs), state, at('23:15'))?.at ?? Infinity).toBeGreaterThan(at('23:15'))
    state = onBack(calOf(prefs), state, at('23:15'), 195 * MINUTE)
    const due = nextDue(calOf(prefs), state, at('23:15'))!
    expect(due).toMatchObject({ kind: 'bedtime', late: true })
    expect(stepOf(due.key)).toBe(`bedtime:${MONDAY}`)
    expect(due.at).toBe(at('23:15'))
    state = onShown(state, due, at('23:15'))
    for (const time of ['23:16', '23:59'])
      expect(nextDue(calOf(prefs), state, at(time))?.kind).not.toBe('bedtime')
    expect(stepOf(nextDue(calOf(prefs), state, at('03:00', addDays(MONDAY, 1)))!.key)).not.toBe(
      `bedtime:${MONDAY}`,
    )
  })

  it('does not show last night’s bedtime the next morning', () => {
    const state = onBack(
      calOf(prefs),
      onAway(fresh('19:00'), at('20:00')),
      at('07:00', addDays(MONDAY, 1)),
      11 * 60 * MINUTE,
    )
    expect(describeDue(state, at('07:00', addDays(MONDAY, 1)))).toBe('07:30 posture')
  })

  it('shows a missed session up to an hour late, and drops it after', () => {
    const p = prefsWith({ activities: { strength: { enabled: true, weekdays: [1], time: '18:00' } } })
    const back = (time: string) =>
      onBack(calOf(p), onAway(fresh('17:00'), at('17:30')), at(time), 60 * MINUTE)
    const soon = nextDue(calOf(p), back('18:45'), at('18:45'))!
    expect(soon).toMatchObject({ kind: 'activity', ref: 'strength', title: 'Strength training', late: true })
    expect(nextDue(calOf(p), back('19:30'), at('19:30'))?.kind).not.toBe('activity')
  })

  it('does not fire a time that a settings change just moved into the past', () => {
    const before = prefsWith({ bedtime: { bedtime: '23:30', wakeTime: '07:30' } })
    const after = prefsWith({ bedtime: { bedtime: '21:30', wakeTime: '06:30' } })
    const state = onPrefsChanged(fresh('20:00'), calOf(before), calOf(after), at('22:00'))
    const due = nextDue(calOf(after), state, at('22:00'))!
    expect(stepOf(due.key)).not.toBe(`bedtime:${MONDAY}`)
    expect(due.at > at('22:00')).toBe(true)
    // It is quiet time now under the new bedtime: the overdue posture break waits for the morning.
    expect(`${dayOf(due.at)} ${clock(due.at)} ${due.kind}`).toBe(`${addDays(MONDAY, 1)} 07:00 posture`)
  })

  it('restarts an overdue break clock at wake time rather than firing last night’s break in the morning', () => {
    const p = prefsWith({ bedtime: { enabled: true } })
    // The app slept through the night without hearing of it: the clocks still say 21:50 yesterday.
    const state = fresh('21:50')
    expect(describeDue(state, at('06:40', addDays(MONDAY, 1)), p)).toBe('07:00 posture')
  })

  it('keeps elapsed-time clocks steady when the wall clock jumps', () => {
    const state = onClockJump(fresh('09:00'), 120 * MINUTE, at('11:00'))
    expect(describeDue(state, at('11:00'))).toBe('11:30 posture')
  })

  it('remembers a bounded number of handled reminders', () => {
    let state = fresh('09:00')
    for (let i = 0; i < HANDLED_KEYS_LIMIT + 50; i++) {
      state = onShown(
        state,
        { kind: 'custom', key: `custom:c${i}:${MONDAY}`, title: 'x', at: at('09:00') },
        at('09:00'),
      )
    }
    expect(state.handledKeys).toHaveLength(HANDLED_KEYS_LIMIT)
    expect(state.handledKeys).toContain(`custom:c${HANDLED_KEYS_LIMIT + 49}:${MONDAY}`)
  })

  it('repairs any stored state instead of throwing', () => {
    const now = at('09:00')
    const garbage: unknown[] = [
      null,
      undefined,
      42,
      'state',
      [],
      [1, 2],
      { postureClockStart: 'soon', stretchClockStart: Infinity, handledKeys: [1, null, 'bedtime:x'] },
      { pausedUntil: 'forever', snoozed: { kind: 'nap', key: 1 } },
      {
        snoozed: { kind: 'posture', key: 'posture', title: 'Posture break', until: NaN },
        lastCheckedAt: -Infinity,
      },
      JSON.parse('{"__proto__":{"polluted":1},"postureClockStart":1}'),
      { handledKeys: 'x'.repeat(1_000_000) },
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('boom')
          },
          ownKeys: () => {
            throw new Error('boom')
          },
        },
      ),
    ]
    for (const input of garbage) {
      const state = normalizeSchedulerState(input, now)
      expect(() => nextDue(calOf(prefs), state, now)).not.toThrow()
      expect(JSON.parse(JSON.stringify(state))).toEqual(state)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(normalizeSchedulerState({ pausedUntil: 'forever' }, now).pausedUntil).toBe('forever')
    expect(normalizeSchedulerState({ handledKeys: [1, 'a', 'a'] }, now).handledKeys).toEqual(['a'])
    const good = onSnooze(fresh('09:00'), nextDue(calOf(prefs), fresh('09:00'), at('09:30'))!, at('09:30'), 5)
    expect(normalizeSchedulerState(JSON.parse(JSON.stringify(good)), now)).toEqual(good)
  })
})
