// The planner's rules as a user meets them, run once per time zone (see vitest.config.ts): a simulated week,
// both DST nights, a sleep window across midnight, quiet hours, work hours, and the running app's next-due logic.
import { describe, expect, it } from 'vitest'
import {
  addDays,
  atLocalTime,
  clockOf,
  dateKeyOf,
  minutesBetween,
  type DateKey,
} from '../main/core/local-time'
import {
  createSchedulerState,
  HANDLED_KEYS_LIMIT,
  isActiveUseTime,
  isQuietTime,
  nextDue,
  nextWakeTime,
  nextWallClockReminders,
  normalizeSchedulerState,
  onAway,
  onBack,
  onClockJump,
  onDone,
  onPause,
  onPrefsChanged,
  onResume,
  onShown,
  onSkip,
  onSkipNext,
  onSnooze,
  planReminders,
  sleepLengthHint,
  sleepWindowAt,
  sleepWindowFor,
  type SchedulerState,
} from '../main/core/planner'
import {
  DEFAULT_PREFERENCES,
  mergePreferences,
  validatePreferences,
  type Preferences,
} from '../main/core/preferences'
import type { PlannedReminder } from '../main/core/reminders'
import { EXPECTED_OFFSETS, plusMinutes, transitions2026, ZONE } from './support/zones'

const MINUTE = 60_000
/** A Monday in a week without DST changes in any of the zones. */
const MONDAY = '2026-06-15'

function prefsWith(patch: unknown = {}): Preferences {
  const result = validatePreferences(mergePreferences(DEFAULT_PREFERENCES, patch))
  if (!result.ok) throw new Error(`test preferences are invalid: ${JSON.stringify(result.errors)}`)
  return result.value
}

const at = (time: string, day: DateKey = MONDAY) => atLocalTime(day, time)

/** "HH:MM kind" per local date, the way a user would read the upcoming list. */
function byDay(reminders: PlannedReminder[]): Map<DateKey, string[]> {
  const days = new Map<DateKey, string[]>()
  for (const reminder of reminders) {
    const day = dateKeyOf(reminder.at)
    if (!days.has(day)) days.set(day, [])
    days.get(day)!.push(`${clockOf(reminder.at)} ${reminder.kind}`)
  }
  return days
}

/** The day a user with the default settings sees: posture on the hour, stretch on the half hour, then bedtime. */
function defaultDay(): string[] {
  const day: string[] = []
  for (let hour = 7; hour <= 21; hour++) {
    const hh = String(hour).padStart(2, '0')
    day.push(`${hh}:00 posture`)
    // At the same minute, the more time-critical reminder is listed first.
    if (hour === 20) day.push('20:30 wind-down')
    day.push(`${hh}:30 stretch`)
  }
  day.push('22:00 get-ready', '22:00 posture', '22:30 bedtime')
  return day
}

const transitions = transitions2026()
const spring = transitions.find((t) => t.shift > 0)
const fall = transitions.find((t) => t.shift < 0)

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
        const reminders = planReminders(prefs, at('00:00', monday), at('00:00', addDays(monday, 7)))
        const days = byDay(reminders)
        expect([...days.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => addDays(monday, n)))
        for (const [day, list] of days) {
          expect(list, day).toEqual(defaultDay())
          expect(
            list.filter((item) => item.endsWith('posture')),
            day,
          ).toHaveLength(16)
          expect(
            list.filter((item) => item.endsWith('stretch')),
            day,
          ).toHaveLength(15)
        }
        // Sorted, and the stretch always stands in for the posture break due with it: never two at once.
        const active = reminders.filter((r) => r.kind === 'posture' || r.kind === 'stretch')
        for (let i = 1; i < reminders.length; i++) {
          expect(reminders[i]!.at.getTime()).toBeGreaterThanOrEqual(reminders[i - 1]!.at.getTime())
        }
        for (let i = 1; i < active.length; i++) {
          expect(active[i]!.at.getTime()).toBeGreaterThan(active[i - 1]!.at.getTime())
        }
      })

      it(`keeps quiet between bedtime and wake time through ${name}`, () => {
        const prefs = prefsWith()
        const reminders = planReminders(prefs, at('00:00', monday), at('00:00', addDays(monday, 7)))
        for (const reminder of reminders) {
          if (isQuietTime(prefs, reminder.at)) expect(reminder.kind, clockOf(reminder.at)).toBe('bedtime')
        }
        expect(reminders.filter((r) => r.kind === 'bedtime').map((r) => r.key)).toEqual(
          [0, 1, 2, 3, 4, 5, 6].map((n) => `bedtime:${addDays(monday, n)}`),
        )
      })
    }
  })

  describe('posture and stretch falling together', () => {
    it('shows only the stretch when both fall due at the same moment, and restarts both clocks', () => {
      const reminders = planReminders(prefsWith(), at('09:00'), at('11:01'))
      expect(reminders.map((r) => `${clockOf(r.at)} ${r.kind}`)).toEqual([
        '09:30 posture',
        '10:00 stretch',
        '10:30 posture',
        '11:00 stretch',
      ])
    })

    it('lets the stretch swallow a posture break due less than a posture break before it', () => {
      // Posture due at 10:00, the stretch one minute later: one reminder, the stretch at its own time.
      const prefs = prefsWith({ stretch: { everyMinutes: 61 }, posture: { durationSeconds: 60 } })
      const reminders = planReminders(prefs, at('09:00'), at('10:30'))
      expect(reminders.map((r) => `${clockOf(r.at)} ${r.kind}`)).toEqual(['09:30 posture', '10:01 stretch'])
    })

    it('keeps both when they are further apart than the posture break lasts', () => {
      const prefs = prefsWith({ stretch: { everyMinutes: 62 }, posture: { durationSeconds: 60 } })
      const reminders = planReminders(prefs, at('09:00'), at('10:33'))
      expect(reminders.map((r) => `${clockOf(r.at)} ${r.kind}`)).toEqual([
        '09:30 posture',
        '10:00 posture',
        '10:02 stretch',
        '10:32 posture',
      ])
    })

    it('plans nothing for a feature that is off', () => {
      const noPosture = planReminders(prefsWith({ posture: { enabled: false } }), at('09:00'), at('12:00'))
      expect(noPosture.map((r) => `${clockOf(r.at)} ${r.kind}`)).toEqual(['10:00 stretch', '11:00 stretch'])
      const nothing = prefsWith({
        posture: { enabled: false },
        stretch: { enabled: false },
        bedtime: { enabled: false },
      })
      expect(planReminders(nothing, at('00:00'), at('00:00', addDays(MONDAY, 7)))).toEqual([])
    })

    it('without bedtime reminders there is no quiet time either', () => {
      const prefs = prefsWith({ bedtime: { enabled: false } })
      const night = planReminders(prefs, at('22:00'), at('07:00', addDays(MONDAY, 1)))
      expect(night.some((r) => r.kind === 'bedtime' || r.kind === 'wind-down')).toBe(false)
      expect(night.filter((r) => isQuietTime(prefsWith(), r.at)).length).toBeGreaterThan(10)
    })
  })

  describe('the sleep window', () => {
    it('keeps quiet from bedtime up to wake time', () => {
      const prefs = prefsWith()
      const tuesday = addDays(MONDAY, 1)
      expect(isQuietTime(prefs, at('22:29'))).toBe(false)
      expect(isQuietTime(prefs, at('22:30'))).toBe(true)
      expect(isQuietTime(prefs, at('03:00', tuesday))).toBe(true)
      expect(isQuietTime(prefs, at('06:29', tuesday))).toBe(true)
      expect(isQuietTime(prefs, at('06:30', tuesday))).toBe(false)
      const window = sleepWindowAt(prefs, at('03:00', tuesday))
      expect(window?.evening).toBe(MONDAY)
      expect(window?.hours).toBe(8)
      expect(sleepWindowFor(prefs, MONDAY).wake.getTime()).toBe(at('06:30', tuesday).getTime())
    })

    it('shows the night length and warns outside 7–9 hours without refusing it', () => {
      expect(sleepLengthHint('22:30', '06:30')).toEqual({ hours: 8, minutes: 0, withinRecommended: true })
      expect(sleepLengthHint('22:00', '07:00')).toEqual({ hours: 9, minutes: 0, withinRecommended: true })
      expect(sleepLengthHint('00:30', '06:00')).toEqual({ hours: 5, minutes: 30, withinRecommended: false })
      expect(sleepLengthHint('23:00', '09:30')).toEqual({ hours: 10, minutes: 30, withinRecommended: false })
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
      const reminders = planReminders(prefs, at('12:00', thursday), at('12:00', sunday))
      const sleep = reminders.filter((r) => r.kind !== 'posture' && r.kind !== 'stretch')
      expect(sleep.map((r) => `${r.key} ${dateKeyOf(r.at)} ${clockOf(r.at)}`)).toEqual([
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
      expect(isQuietTime(prefs, at('08:30', saturday))).toBe(true)
      expect(isQuietTime(prefs, at('08:30', friday))).toBe(false)
      expect(isQuietTime(prefs, at('01:29', saturday))).toBe(false)
      expect(sleepWindowAt(prefs, at('03:00', saturday))?.evening).toBe(friday)
      const firstBreak = (day: DateKey) =>
        reminders.find((r) => r.kind === 'posture' && dateKeyOf(r.at) === day && r.at.getHours() >= 5)
      expect(clockOf(firstBreak(friday)!.at)).toBe('07:30')
      expect(clockOf(firstBreak(saturday)!.at)).toBe('09:30')
      expect(reminders.some((r) => r.kind === 'posture' && isQuietTime(prefs, r.at))).toBe(false)
    })

    it('ends "pause until tomorrow morning" at the next wake time, weekday overrides included', () => {
      const prefs = prefsWith({ bedtime: { overrides: { '1': { bedtime: '23:00', wakeTime: '08:00' } } } })
      expect(nextWakeTime(prefs, at('21:00')).getTime()).toBe(at('08:00', addDays(MONDAY, 1)).getTime())
      expect(nextWakeTime(prefs, at('03:00')).getTime()).toBe(at('06:30').getTime())
      expect(nextWakeTime(prefs, at('07:00', addDays(MONDAY, 1))).getTime()).toBe(
        at('08:00', addDays(MONDAY, 1)).getTime(),
      )
    })
  })

  if (spring) {
    describe(`the spring-forward night (${spring.day}, ${spring.wallBefore} → ${spring.wallAfter})`, () => {
      const evening = addDays(spring.day, -1)
      const inGap = plusMinutes(spring.wallBefore, spring.shift / 2)

      it(`fires a bedtime of ${inGap} (inside the skipped time) once, at ${spring.wallAfter}`, () => {
        const prefs = prefsWith({ bedtime: { bedtime: inGap, wakeTime: '09:00' } })
        const night = planReminders(prefs, at('12:00', evening), at('12:00', spring.day))
        const bedtimes = night.filter((r) => r.kind === 'bedtime')
        expect(bedtimes).toHaveLength(1)
        expect(bedtimes[0]!.key).toBe(`bedtime:${evening}`)
        expect(bedtimes[0]!.at.getTime()).toBe(spring.instant)
        expect(clockOf(bedtimes[0]!.at)).toBe(spring.wallAfter)
      })

      it('puts wind-down and get-ready 120 and 30 real minutes before it, whatever the wall clock says', () => {
        const prefs = prefsWith({ bedtime: { bedtime: inGap, wakeTime: '09:00' } })
        const night = planReminders(prefs, at('12:00', evening), at('12:00', spring.day))
        const find = (kind: string) => night.find((r) => r.kind === kind)!
        expect(minutesBetween(find('wind-down').at, find('bedtime').at)).toBe(120)
        expect(minutesBetween(find('get-ready').at, find('bedtime').at)).toBe(30)
        // On the wall clock the wind-down reads 120 minutes plus the skipped time before bedtime.
        expect(clockOf(find('wind-down').at)).toBe(plusMinutes(spring.wallAfter, -120 - spring.shift))
      })

      it('has a night shorter by the skipped time and nothing but bedtime reminders in it', () => {
        const prefs = prefsWith()
        expect(sleepWindowFor(prefs, evening).hours).toBe(8 - spring.shift / 60)
        const night = planReminders(prefs, at('22:30', evening), at('06:30', spring.day))
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
        const night = planReminders(prefs, at('12:00', evening), at('12:00', fall.day))
        const bedtimes = night.filter((r) => r.kind === 'bedtime')
        expect(bedtimes).toHaveLength(1)
        expect(bedtimes[0]!.key).toBe(`bedtime:${evening}`)
        expect(clockOf(bedtimes[0]!.at)).toBe(inRepeat)
        expect(bedtimes[0]!.at.getTime()).toBe(fall.instant + (fall.shift / 2) * MINUTE)
        // The second time the clock reads it, the user is already in the sleep window.
        const second = new Date(bedtimes[0]!.at.getTime() - fall.shift * MINUTE)
        expect(clockOf(second)).toBe(inRepeat)
        expect(isQuietTime(prefs, second)).toBe(true)
      })

      it('puts wind-down 120 real minutes before it and keeps the night quiet', () => {
        const prefs = prefsWith({ bedtime: { bedtime: inRepeat, wakeTime: '09:00' } })
        const night = planReminders(prefs, at('12:00', evening), at('12:00', fall.day))
        const find = (kind: string) => night.find((r) => r.kind === kind)!
        expect(minutesBetween(find('wind-down').at, find('bedtime').at)).toBe(120)
        expect(minutesBetween(find('get-ready').at, find('bedtime').at)).toBe(30)
        const quiet = night.filter((r) => isQuietTime(prefs, r.at))
        expect(quiet.map((r) => r.kind)).toEqual(['bedtime'])
      })

      it('has a night longer by the repeated time', () => {
        expect(sleepWindowFor(prefsWith(), evening).hours).toBe(8 - fall.shift / 60)
      })
    })
  }

  describe('work hours', () => {
    const work = { workHours: { enabled: true, start: '09:00', end: '17:30', weekdays: [1, 2, 3, 4, 5] } }

    it('keeps posture and stretch inside work hours on work days, restarting the clocks when work begins', () => {
      const prefs = prefsWith(work)
      const reminders = planReminders(prefs, at('00:00'), at('00:00', addDays(MONDAY, 7)))
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
      expect(isActiveUseTime(prefs, at('12:00', addDays(MONDAY, 5)))).toBe(false)
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
      const reminders = planReminders(prefs, at('00:00'), at('00:00', addDays(MONDAY, 7)))
      const chosen = reminders.filter((r) => r.kind === 'activity' || r.kind === 'custom')
      const tuesday = addDays(MONDAY, 1)
      expect(
        chosen.filter((r) => r.ref === 'strength').map((r) => `${r.key} ${clockOf(r.at)} ${r.title}`),
      ).toEqual([0, 2, 4].map((n) => `activity:strength:${addDays(MONDAY, n)} 18:00 Strength training`))
      const yoga = chosen.filter((r) => r.ref === 'yoga')
      expect(yoga.map((r) => `${r.key} ${clockOf(r.at)} ${r.title}`)).toEqual([
        `activity:yoga:${tuesday} 05:45 Yoga`,
      ])
      expect(isQuietTime(prefs, yoga[0]!.at)).toBe(true)
      const water = chosen.filter((r) => r.kind === 'custom')
      expect(water).toHaveLength(7)
      expect(
        water.every((r) => r.title === 'Glass of water' && r.ref === 'water' && clockOf(r.at) === '15:00'),
      ).toBe(true)
      expect(chosen.some((r) => r.ref === 'brace')).toBe(false)
    })

    it('lists the next wall-clock reminders for the tray', () => {
      const next = nextWallClockReminders(prefsWith(activities), at('14:00'), 3)
      expect(next.map((r) => `${clockOf(r.at)} ${r.kind}`)).toEqual([
        '15:00 custom',
        '18:00 activity',
        '20:30 wind-down',
      ])
    })
  })
})

describe(`the running app's next reminder in ${ZONE}`, () => {
  const prefs = prefsWith()
  const fresh = (time: string, day: DateKey = MONDAY) => createSchedulerState(at(time, day))
  const describeDue = (state: SchedulerState, now: Date, p: Preferences = prefs) => {
    const due = nextDue(p, state, now)
    return due
      ? `${clockOf(due.at)} ${due.kind}${due.late ? ' late' : ''}${due.snoozed ? ' snoozed' : ''}`
      : null
  }
  /** Shows whatever is due now and marks it done, as the app would. */
  const showAndDo = (state: SchedulerState, now: Date, p: Preferences = prefs) => {
    const due = nextDue(p, state, now)
    if (!due || due.at > now) throw new Error('nothing due')
    return onDone(onShown(state, due, now), due, now)
  }

  it('counts active use from the moment the app starts', () => {
    const due = nextDue(prefs, fresh('09:00'), at('09:00'))
    expect(due).toMatchObject({ kind: 'posture', key: 'posture', late: false, snoozed: false })
    expect(clockOf(due!.at)).toBe('09:30')
  })

  it('says "show it now" once a reminder’s time has come, and moves on when it is done', () => {
    let state = fresh('09:00')
    expect(nextDue(prefs, state, at('09:30'))!.at.getTime()).toBeLessThanOrEqual(at('09:30').getTime())
    state = showAndDo(state, at('09:31'))
    expect(describeDue(state, at('09:31'))).toBe('10:00 stretch')
    state = showAndDo(state, at('10:01'))
    expect(describeDue(state, at('10:01'))).toBe('10:31 posture')
  })

  it('brings a snoozed stretch back after the snooze, with no posture break in between', () => {
    let state = fresh('09:00')
    state = showAndDo(state, at('09:30'))
    const stretch = nextDue(prefs, state, at('10:00'))!
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
    const posture = nextDue(p, state, at('21:30'))!
    state = onSnooze(onShown(state, posture, at('21:30')), posture, at('21:30'), 5)
    expect(describeDue(state, at('21:31'), p)).toBe('21:35 posture snoozed')

    let late = fresh('21:58')
    const last = nextDue(p, late, at('22:28'))!
    expect(last.kind).toBe('posture')
    late = onSnooze(onShown(late, last, at('22:28')), last, at('22:28'), 5)
    expect(describeDue(late, at('22:28'), p)).toBe('22:30 bedtime')
    late = showAndDo(late, at('22:30'), p)
    // Next is the first posture break after wake time, not the snoozed one at 22:33.
    const next = nextDue(p, late, at('22:31'))!
    expect(`${dateKeyOf(next.at)} ${clockOf(next.at)} ${next.kind}`).toBe(
      `${addDays(MONDAY, 1)} 07:00 posture`,
    )
  })

  it('brings a snoozed bedtime back even though it is quiet time', () => {
    let state = fresh('22:15')
    const bedtime = nextDue(prefs, state, at('22:30'))!
    expect(bedtime.kind).toBe('bedtime')
    state = onSnooze(onShown(state, bedtime, at('22:30')), bedtime, at('22:30'), 5)
    expect(describeDue(state, at('22:31'))).toBe('22:35 bedtime snoozed')
  })

  it('waits a full interval after a skipped break', () => {
    const p = prefsWith({ stretch: { enabled: false } })
    let state = fresh('09:00')
    const posture = nextDue(p, state, at('09:30'))!
    state = onSkip(onShown(state, posture, at('09:30')), posture, at('09:30'))
    expect(describeDue(state, at('09:30'), p)).toBe('10:00 posture')
  })

  it('skips the next reminder ahead of time from the tray', () => {
    const state = onSkipNext(prefs, fresh('09:00'), at('09:10'))
    expect(describeDue(state, at('09:10'))).toBe('10:00 stretch')
    const p = prefsWith({ stretch: { enabled: false } })
    expect(describeDue(onSkipNext(p, fresh('09:00'), at('09:10')), at('09:10'), p)).toBe('10:00 posture')
    const evening = onSkipNext(prefs, fresh('22:10'), at('22:10'))
    expect(nextDue(prefs, evening, at('22:10'))?.key).not.toBe(`bedtime:${MONDAY}`)
  })

  it('shows nothing while paused and restarts the clocks when the pause ends or the user resumes', () => {
    const paused = onPause(fresh('09:00'), at('11:00'), at('09:10'))
    expect(describeDue(paused, at('09:40'))).toBe('11:30 posture')
    expect(describeDue(onResume(paused, at('10:00')), at('10:00'))).toBe('10:30 posture')
    const forever = onPause(fresh('09:00'), 'forever', at('09:10'))
    expect(nextDue(prefs, forever, at('20:00'))).toBeNull()
    expect(describeDue(onResume(forever, at('20:00')), at('20:00'))).toBe('20:30 wind-down')
  })

  it('holds bedtime reminders during a pause and shows the bedtime at its end while the night is still open', () => {
    const paused = onPause(fresh('21:00'), at('23:00'), at('21:50'))
    const due = nextDue(prefs, paused, at('21:50'))!
    expect(`${clockOf(due.at)} ${due.kind}`).toBe('23:00 bedtime')
    expect(due.late).toBe(true)
    expect(clockOf(due.plannedAt)).toBe('22:30')
    // The get-ready reminder is past its use once bedtime has come.
    expect(describeDue(onShown(paused, due, at('23:00')), at('23:00'))).not.toContain('get-ready')
  })

  it('drops the night’s bedtime reminders when paused until tomorrow morning', () => {
    const state = onPause(fresh('21:00'), nextWakeTime(prefs, at('21:50')), at('21:50'))
    const due = nextDue(prefs, state, at('21:50'))!
    expect(`${dateKeyOf(due.at)} ${clockOf(due.at)} ${due.kind}`).toBe(`${addDays(MONDAY, 1)} 07:00 posture`)
  })

  it('counts time away of at least the idle minutes as a natural break that restarts both clocks', () => {
    let state = onAway(fresh('09:00'), at('09:20'))
    state = onBack(state, at('09:30'), 10 * MINUTE, prefs)
    expect(describeDue(state, at('09:30'))).toBe('10:00 posture')
    state = showAndDo(state, at('10:00'))
    expect(describeDue(state, at('10:00'))).toBe('10:30 stretch')
  })

  it('continues the clocks after a short absence, without counting the time away', () => {
    const state = onBack(onAway(fresh('09:00'), at('09:20')), at('09:22'), 2 * MINUTE, prefs)
    expect(describeDue(state, at('09:22'))).toBe('09:32 posture')
    const noBreaks = prefsWith({ naturalBreaks: { enabled: false } })
    const long = onBack(onAway(fresh('09:00'), at('09:20')), at('09:30'), 10 * MINUTE, noBreaks)
    expect(describeDue(long, at('09:30'), noBreaks)).toBe('09:40 posture')
  })

  it('shows no break to an empty room, and brings the held one back on return', () => {
    // Away from 09:28, just before the 09:30 posture break: while away only the evening's wind-down is ahead.
    const away = onAway(fresh('09:00'), at('09:28'))
    expect(describeDue(away, at('09:31'))).toBe('20:30 wind-down')
    // Back after 3 minutes (a short absence): the posture break comes, 3 minutes later than planned.
    expect(describeDue(onBack(away, at('09:31'), 3 * MINUTE, prefs), at('09:31'))).toBe('09:33 posture')

    const snoozed = onAway(
      onSnooze(fresh('09:00'), nextDue(prefs, fresh('09:00'), at('09:30'))!, at('09:30'), 5),
      at('09:34'),
    )
    expect(describeDue(snoozed, at('09:37'))).toBe('20:30 wind-down')
    // Back after 3 minutes: the snoozed posture break, held since 09:35, is shown at once.
    expect(describeDue(onBack(snoozed, at('09:37'), 3 * MINUTE, prefs), at('09:37'))).toBe(
      '09:37 posture late snoozed',
    )
    // A long absence counts as the break the snoozed reminder asked for.
    expect(onBack(snoozed, at('10:00'), 26 * MINUTE, prefs).snoozed).toBeNull()
  })

  it('after an evening away shows only the latest missed bedtime step: get-ready replaces wind-down', () => {
    const back = onBack(onAway(fresh('19:00'), at('20:00')), at('22:20'), 140 * MINUTE, prefs)
    const jumped = onClockJump(fresh('20:00'), 140 * MINUTE, at('22:20'))
    for (const state of [back, jumped]) {
      const due = nextDue(prefs, state, at('22:20'))!
      expect(`${clockOf(due.at)} ${due.kind}${due.late ? ' late' : ''}`).toBe('22:20 get-ready late')
      const after = onShown(state, due, at('22:20'))
      expect(describeDue(after, at('22:20'))).toBe('22:30 bedtime')
      expect(describeDue(after, at('22:25'))).toBe('22:30 bedtime')
    }
    // Back after bedtime: only the bedtime, neither step before it.
    const late = onBack(onAway(fresh('19:00'), at('20:00')), at('22:40'), 160 * MINUTE, prefs)
    expect(describeDue(late, at('22:40'))).toBe('22:40 bedtime late')
    // Back between wind-down and get-ready: the missed wind-down, then get-ready on time.
    let early = onBack(onAway(fresh('19:00'), at('20:00')), at('21:00'), 60 * MINUTE, prefs)
    expect(describeDue(early, at('21:00'))).toBe('21:00 wind-down late')
    early = onShown(early, nextDue(prefs, early, at('21:00'))!, at('21:00'))
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
    let state = onBack(onAway(fresh('14:00'), at('14:30')), at('15:30'), 60 * MINUTE, p)
    const shown: string[] = []
    for (let i = 0; i < 2; i++) {
      const due = nextDue(p, state, at('15:30'))!
      expect(due).toMatchObject({ kind: 'custom', late: true })
      expect(due.at.getTime()).toBe(at('15:30').getTime())
      shown.push(due.ref!)
      state = onShown(state, due, at('15:30'))
    }
    expect(shown.sort()).toEqual(['pills', 'water'])
    expect(describeDue(state, at('15:30'), p)).toBe('16:00 posture')
  })

  it('keeps get-ready and the posture break that fall at the same minute, get-ready first', () => {
    let state = fresh('21:30')
    expect(describeDue(state, at('22:00'))).toBe('22:00 get-ready')
    state = onShown(state, nextDue(prefs, state, at('22:00'))!, at('22:00'))
    expect(describeDue(state, at('22:00'))).toBe('22:00 posture')
  })

  it('shows one stretch, not a posture break and a stretch back to back, when both are overdue', () => {
    const p = prefsWith({ posture: { everyMinutes: 10 }, stretch: { everyMinutes: 20 } })
    let state = onPrefsChanged(fresh('09:00'), prefs, p, at('09:50'))
    expect(describeDue(state, at('09:50'), p)).toBe('09:50 stretch')
    state = onShown(state, nextDue(p, state, at('09:50'))!, at('09:50'))
    expect(describeDue(state, at('09:50'), p)).toBe('10:00 posture')
    // A stretch due within a posture break's length of now stands in for the overdue posture break too.
    const soon = prefsWith({ posture: { everyMinutes: 10 }, stretch: { everyMinutes: 50 } })
    const now = new Date(at('09:49').getTime() + 30_000)
    const almost = onPrefsChanged(fresh('09:00'), prefs, soon, now)
    expect(describeDue(almost, now, soon)).toBe('09:50 stretch')
  })

  it('keeps planning in the year 10000 and beyond', () => {
    for (const day of ['9999-12-31', '10000-01-03', '275759-06-15']) {
      const morning = at('09:00', day)
      expect(describeDue(fresh('09:00', day), morning)).toBe('09:30 posture')
      const reminders = planReminders(prefs, morning, at('09:00', addDays(day, 1)))
      expect(reminders.filter((r) => r.kind === 'bedtime').map((r) => dateKeyOf(r.at))).toEqual([day])
      expect(nextWallClockReminders(prefs, morning, 1)[0]?.key).toBe(`wind-down:${day}`)
    }
    const last = new Date(8.64e15)
    expect(() => nextDue(prefs, createSchedulerState(last), last)).not.toThrow()
    expect(() => planReminders(prefs, new Date(8.64e15 - 86_400_000), last)).not.toThrow()
  })

  it('shows a bedtime missed while asleep once on return, while the night is still open', () => {
    let state = onAway(fresh('19:00'), at('20:00'))
    expect(nextDue(prefs, state, at('23:15'))?.at.getTime() ?? Infinity).toBeGreaterThan(
      at('23:15').getTime(),
    )
    state = onBack(state, at('23:15'), 195 * MINUTE, prefs)
    const due = nextDue(prefs, state, at('23:15'))!
    expect(due).toMatchObject({ kind: 'bedtime', key: `bedtime:${MONDAY}`, late: true })
    expect(due.at.getTime()).toBe(at('23:15').getTime())
    state = onShown(state, due, at('23:15'))
    for (const time of ['23:16', '23:59']) expect(nextDue(prefs, state, at(time))?.kind).not.toBe('bedtime')
    expect(nextDue(prefs, state, at('03:00', addDays(MONDAY, 1)))?.key).not.toBe(`bedtime:${MONDAY}`)
  })

  it('does not show last night’s bedtime the next morning', () => {
    const state = onBack(
      onAway(fresh('19:00'), at('20:00')),
      at('07:00', addDays(MONDAY, 1)),
      11 * 60 * MINUTE,
      prefs,
    )
    expect(describeDue(state, at('07:00', addDays(MONDAY, 1)))).toBe('07:30 posture')
  })

  it('shows a missed session up to an hour late, and drops it after', () => {
    const p = prefsWith({ activities: { strength: { enabled: true, weekdays: [1], time: '18:00' } } })
    const back = (time: string) => onBack(onAway(fresh('17:00'), at('17:30')), at(time), 60 * MINUTE, p)
    const soon = nextDue(p, back('18:45'), at('18:45'))!
    expect(soon).toMatchObject({ kind: 'activity', ref: 'strength', title: 'Strength training', late: true })
    expect(nextDue(p, back('19:30'), at('19:30'))?.kind).not.toBe('activity')
  })

  it('does not fire a time that a settings change just moved into the past', () => {
    const before = prefsWith({ bedtime: { bedtime: '23:30', wakeTime: '07:30' } })
    const after = prefsWith({ bedtime: { bedtime: '21:30', wakeTime: '06:30' } })
    const state = onPrefsChanged(fresh('20:00'), before, after, at('22:00'))
    const due = nextDue(after, state, at('22:00'))!
    expect(due.key).not.toBe(`bedtime:${MONDAY}`)
    expect(due.at > at('22:00')).toBe(true)
    // It is quiet time now under the new bedtime: the overdue posture break waits for the morning.
    expect(`${dateKeyOf(due.at)} ${clockOf(due.at)} ${due.kind}`).toBe(`${addDays(MONDAY, 1)} 07:00 posture`)
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
      expect(() => nextDue(prefs, state, now)).not.toThrow()
      expect(JSON.parse(JSON.stringify(state))).toEqual(state)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(normalizeSchedulerState({ pausedUntil: 'forever' }, now).pausedUntil).toBe('forever')
    expect(normalizeSchedulerState({ handledKeys: [1, 'a', 'a'] }, now).handledKeys).toEqual(['a'])
    const good = onSnooze(fresh('09:00'), nextDue(prefs, fresh('09:00'), at('09:30'))!, at('09:30'), 5)
    expect(normalizeSchedulerState(JSON.parse(JSON.stringify(good)), now)).toEqual(good)
  })
})
