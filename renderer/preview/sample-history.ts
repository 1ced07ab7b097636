// The preview's history file: eight weeks of a made-up but believable user, the same every time relative to
// today, written in the history file's own format, so the app's own summary (main/app/history.ts) draws Progress
// and Today from it. The last 14 days: a sore spell in the middle that eases as the breaks come back, a few days
// without a check-in, a streak of 14 days; the weeks before: one without any check-in. Where this morning's answer
// calls for a doctor (`?doctor=`), the fortnight's check-ins are those that make the app's own rule call for one.
import { addDays, atLocalTime, daysBetween, weekdayOf, type DateKey } from '../../main/core/local-time'
import type { DayCounts, HistoryData, Outcome } from '../../main/app/records/history'
import type { CheckIn } from '../../main/app/records/day-records'
import type { DoctorWhy } from '../../main/core/pain-trend'
import { LONG_BOUT_MINUTES, type SittingDay } from '../../main/core/sitting'

/** The last 14 days, oldest first, today last: breaks done, skipped, back pain (null: no check-in), minutes. */
const DONE = [5, 6, 3, 7, 6, 2, 1, 6, 7, 5, 8, 6, 7, 3]
const SKIPPED = [1, 0, 2, 1, 0, 1, 0, 2, 0, 1, 1, 0, 1, 0]
const PAIN = [2, 2, null, 3, 6, 7, 6, 5, null, 4, 3, 3, 2, null]
const ACTIVE = [310, 295, 340, 280, 150, 120, 90, 200, 260, 300, 320, 290, 305, 196]
const LONGEST = [95, 80, 130, 75, 40, 35, 30, 50, 60, 70, 85, 65, 70, 64]
/**
 * This morning's answer (given through the app, so today has none in the file) that calls for a doctor, and the
 * fortnight's back pain before it: 9 after the usual fortnight; or the sore spell coming back, 2, 3, 4 on the last
 * three days and 5 today, up at each of the last three check-ins.
 */
export const CALLS_FOR_A_DOCTOR: Readonly<
  Record<DoctorWhy, { fortnight: readonly (number | null)[]; today: number }>
> = {
  high: { fortnight: PAIN, today: 9 },
  rising: { fortnight: [2, 2, null, 3, 6, 7, 6, 5, null, 4, 2, 3, 4, null], today: 5 },
}
/** The day (of the 14) whose check-in has a word. */
const WORD_ON = 5

/** The weeks before, oldest first: a daily pain level (null: no check-in that week) and time at the computer. */
const EARLIER_WEEKS = [
  { pain: 3, active: 280, longest: 90 },
  { pain: 2, active: 273, longest: 86 },
  { pain: null, active: 266, longest: 82 },
  { pain: 4, active: 259, longest: 78 },
  { pain: 6, active: 252, longest: 74 },
  { pain: 4, active: 245, longest: 70 },
]
/** Breaks done on each weekday of the weeks before, Monday first. */
const EARLIER_DONE = [5, 6, 4, 5, 6, 2, 1]

/** The history file for today; `pain`: the last 14 days' check-ins, today last (null: none that day). */
export function sampleHistory(today: DateKey, pain: readonly (number | null)[] = PAIN): HistoryData {
  const days: Record<DateKey, DayCounts> = {}
  const checkIns: Record<DateKey, CheckIn> = {}
  const sitting: Record<DateKey, SittingDay> = {}
  const recent = addDays(today, -(DONE.length - 1))
  const put = (date: DateKey, done: number, skipped: number, snoozed: number, minutes: SittingMinutes) => {
    // Two breaks in three are posture breaks, the rest stretches.
    const stretches = Math.floor(done / 3)
    days[date] = {
      posture: counts({ done: done - stretches, snoozed }),
      stretch: counts({ done: stretches, skipped }),
    }
    // A day whose longest stretch was long had at least that one long bout; a long day at the computer, a few.
    const longBouts = minutes.longest > LONG_BOUT_MINUTES ? Math.max(1, Math.floor(minutes.active / 180)) : 0
    sitting[date] = { active: minutes.active * 60, longest: minutes.longest * 60, longBouts }
    if (minutes.pain !== null) {
      const at = atLocalTime(date, '09:10').getTime()
      checkIns[date] =
        date === addDays(recent, WORD_ON)
          ? { pain: minutes.pain, word: 'stiff', at }
          : { pain: minutes.pain, at }
    }
  }
  DONE.forEach((done, i) => {
    put(addDays(recent, i), done, SKIPPED[i] ?? 0, i % 3 === 0 ? 1 : 0, {
      pain: pain[i] ?? null,
      active: ACTIVE[i] ?? 0,
      longest: LONGEST[i] ?? 0,
    })
  })
  // The weeks before the last 14 days, from the Monday seven weeks before this one. Nothing on the day before the
  // 14: the streak is theirs.
  const monday = addDays(today, -((weekdayOf(today) + 6) % 7) - 7 * 7)
  for (let date = monday; daysBetween(date, recent) > 1; date = addDays(date, 1)) {
    const week = EARLIER_WEEKS[Math.floor(daysBetween(monday, date) / 7)] ?? EARLIER_WEEKS[0]!
    const weekday = (weekdayOf(date) + 6) % 7
    const wobble = (weekday % 3) - 1
    put(date, EARLIER_DONE[weekday] ?? 0, weekday % 4 === 0 ? 1 : 0, weekday % 2, {
      pain: week.pain === null ? null : Math.max(0, week.pain + wobble),
      active: week.active + wobble * 20,
      longest: week.longest + wobble * 10,
    })
  }
  return { version: 1, days, log: [], checkIns, sitting }
}

interface SittingMinutes {
  pain: number | null
  active: number
  longest: number
}

/** Only the outcomes that happened: the history file keeps no zero counts. */
function counts(outcomes: Partial<Record<Outcome, number>>): Partial<Record<Outcome, number>> {
  return Object.fromEntries(Object.entries(outcomes).filter(([, n]) => n > 0))
}
