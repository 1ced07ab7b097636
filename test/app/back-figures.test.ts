// Figures that measure back health, over a simulated month of work days: the long sitting bouts, the longest bout
// and the breaks taken of those offered agree, day by day and to the minute, with what the history records (the
// breaks done, skipped or let time out); each week gets a plain verdict against the user's goals, in Progress and in
// "Export my data".
import { describe, expect, it } from 'vitest'
import { parseHistory, type HistoryEvent } from '../../main/app/records/history'
import { addDays, dateKeyOf, weekdayOf } from '../../main/core/local-time'
import { inTimeZone } from './test-platform'
import { useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
const MINUTE = 60_000

/** How the user answers the breaks on a day: all done, stretches only (posture breaks skipped), or none. */
type Habit = 'all' | 'stretches' | 'none'
/** Four weeks of work days, Monday first: a good first week, then habits slipping, then a better last week. */
const HABITS: readonly Habit[] = [
  ...['all', 'all', 'all', 'stretches', 'all'],
  ...['stretches', 'none', 'stretches', 'all', 'stretches'],
  ...['none', 'none', 'stretches', 'none', 'all'],
  ...['all', 'stretches', 'all', 'all', 'all'],
] as Habit[]
/** Each work day: at the computer from 08:00 for two hours, then the machine sleeps until the next morning. */
const WORK_MINUTES = 120
/** A month played minute by minute takes a while on a busy machine: each test says how long it may take. */
const MONTH_MS = 120_000

function answerBy(s: Started, habit: () => Habit): void {
  s.platform.onNotified = (n) => {
    if (!n.actions) return
    const kind = n.id.split(':')[0] ?? ''
    const answer = habit() === 'all' || (habit() === 'stretches' && kind === 'stretch') ? 'done' : 'skip'
    void s.app.handleIpc('reminder:act', { id: n.id, action: answer }, 'break')
  }
}

/** The month, played: work days at the computer, nights and weekends asleep. */
function playMonth(): Started {
  const s = testApp.start('2026-03-02T08:00')
  let day = 0
  answerBy(s, () => HABITS[day] ?? 'all')
  for (let week = 0; week < 4; week++) {
    for (let weekday = 0; weekday < 5; weekday++) {
      s.platform.work(WORK_MINUTES)
      day++
      // Asleep until the next work day's 08:00 (over the weekend after a Friday).
      s.platform.sleep(24 * 60 - WORK_MINUTES + (weekday === 4 ? 2 * 24 * 60 : 0))
    }
  }
  return s
}

/** A day's figures worked out from the history's log alone: the stretches between breaks done. */
function fromTheLog(log: readonly HistoryEvent[], date: string) {
  const start = new Date(`${date}T08:00`).getTime()
  const end = start + WORK_MINUTES * MINUTE
  const breaks = log.filter((e) => e.date === date && (e.kind === 'posture' || e.kind === 'stretch'))
  const ends = breaks.filter((e) => e.outcome === 'done').map((e) => e.at)
  const bouts: number[] = []
  let since = start
  for (const at of [...ends, end]) {
    bouts.push(Math.floor((at - since) / MINUTE))
    since = at
  }
  return {
    longBouts: bouts.filter((minutes) => minutes > 35).length,
    longestMinutes: Math.max(...bouts),
    breaksTaken: breaks.filter((e) => e.outcome === 'done').length,
    breaksOffered: breaks.filter((e) => ['done', 'skipped', 'timed-out'].includes(e.outcome)).length,
  }
}

describe('back figures over a simulated month', () => {
  it(
    'agree with the history to the minute, day by day, in Progress and in the export',
    async () => {
      const s = playMonth()
      const history = parseHistory(s.platform.historyStore.value)
      const summary = await s.call('history:get', undefined, 'settings')
      const workDays: string[] = []
      for (let date = '2026-03-02'; workDays.length < 20; date = addDays(date, 1)) {
        if (weekdayOf(date) !== 0 && weekdayOf(date) !== 6) workDays.push(date)
      }
      // The habits show: a day of every break done has no long bout; a day of none is one long bout of two hours.
      expect(fromTheLog(history.log, workDays[0]!)).toMatchObject({ longBouts: 0, longestMinutes: 30 })
      expect(fromTheLog(history.log, workDays[6]!)).toMatchObject({ longBouts: 1, longestMinutes: 120 })
      expect(fromTheLog(history.log, workDays[5]!)).toMatchObject({ longBouts: 2, longestMinutes: 60 })
      await s.call('data:export', undefined, 'settings')
      const csv = [...s.platform.writtenFiles.entries()].find(([path]) =>
        path.endsWith('limber-days.csv'),
      )![1]
      const rows = csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n')
      const header = rows[0]!.split(',')
      for (const date of workDays) {
        const expected = fromTheLog(history.log, date)
        const shown = summary.days.find((d) => d.date === date)
        // The last 14 days in Progress.
        if (shown) expect(shown).toMatchObject({ date, ...expected })
        const row = rows.find((line) => line.startsWith(date))!.split(',')
        const cell = (name: string) => Number(row[header.indexOf(name)])
        expect({ date, ...expected }).toEqual({
          date,
          longBouts: cell('long_sitting_bouts'),
          longestMinutes: cell('longest_minutes_without_break'),
          breaksTaken: cell('breaks_taken'),
          breaksOffered: cell('breaks_offered'),
        })
      }
      expect(summary.days.at(-1)!.date).toBe(dateKeyOf(new Date()))
    },
    MONTH_MS,
  )

  it(
    'give each week a plain verdict against the goals, which the user can change',
    async () => {
      const s = playMonth()
      const weeks = (await s.call('history:get', undefined, 'settings')).weeks!
      // The four played weeks are the last full ones before this (empty) Monday's week.
      const [first, second, third, fourth] = weeks.slice(-5, -1).map((week) => week.verdict!)
      // Week one: every day good but the stretches-only Thursday (2 long bouts); 4 of 5 good: met.
      expect(first).toMatchObject({ complete: true, workdaysAtComputer: 5, goodDays: 4, sitting: 'met' })
      expect(first!.breaks).toBe('met')
      // Week two: three stretches-only days (two long bouts each) of five: missed.
      expect(second).toMatchObject({ goodDays: 2, sitting: 'missed' })
      // Week three: a day of every break skipped is one long bout of two hours, within the sitting goal; the breaks
      // goal is what such a week misses.
      expect(third).toMatchObject({ goodDays: 4, sitting: 'met', breaks: 'missed' })
      expect(fourth).toMatchObject({ goodDays: 4, sitting: 'met' })
      expect((await s.call('history:get', undefined, 'settings')).goals).toEqual({
        longBoutsPerDay: 1,
        goodDays: 4,
        workdays: 5,
        breaksTakenPercent: 70,
        boutMinutes: 35,
      })
      // A user who allows two long bouts a day: week two's stretches-only days become good ones.
      await s.call('prefs:set', { goals: { longBoutsPerDay: 2 } }, 'settings')
      const changed = (await s.call('history:get', undefined, 'settings')).weeks!.slice(-5, -1)
      expect(changed[1]!.verdict).toMatchObject({ goodDays: 5, sitting: 'met' })
    },
    MONTH_MS,
  )
})
