// The figures that measure back health rather than clicks (Progress, Today, the export): per day the long sitting
// bouts, the longest bout and the breaks taken of those offered; per week a plain verdict against the user's goals.
// Pure data over what the history already keeps (the day's counts and sitting figures): nothing is sampled for them,
// so they agree with the history to the minute. The health reasons are in docs/health-content.md.
import { addDays, weekdayOf, type DateKey } from '../../core/local-time'
import type { Preferences } from '../../core/preferences/index'
import { isActiveUseKind, REMINDER_KINDS, type ReminderKind } from '../../core/planning/reminders'
import { LONG_BOUT_MINUTES, type SittingDay } from '../../core/sitting'
import type { BackGoals, GoalState, WeekVerdict } from '../ipc-contract'

/** A day's counts per kind and outcome, as the history keeps them (history.ts, which imports this file). */
type Counts = Partial<Record<ReminderKind, Partial<Record<string, number>>>>

/** What the figures are made from: the history's day counts and sitting figures. */
export interface FigureSource {
  days: Readonly<Record<DateKey, Counts>>
  sitting: Readonly<Record<DateKey, SittingDay>>
}

/** One day's back figures. */
export interface BackDay {
  longBouts: number
  /** Whole minutes, as Today and Progress show them. */
  longestMinutes: number
  activeMinutes: number
  breaksTaken: number
  breaksOffered: number
}

/**
 * Posture and stretch breaks taken (done) of those offered (shown to the user and done, skipped or left to time out).
 * A snoozed break comes again and is counted by how it ends; one that fell due while the user was away was never
 * offered (the time away was the break, but nobody was asked); one turned off while on screen was not offered to
 * the end.
 */
export function breaksOf(counts: Counts | undefined): { taken: number; offered: number } {
  let taken = 0
  let offered = 0
  for (const kind of REMINDER_KINDS) {
    const perKind = counts?.[kind]
    if (!perKind || !isActiveUseKind(kind)) continue
    const done = perKind.done ?? 0
    taken += done
    offered += done + (perKind.skipped ?? 0) + (perKind['timed-out'] ?? 0)
  }
  return { taken, offered }
}

export function backDay(history: FigureSource, date: DateKey): BackDay {
  const sitting = history.sitting[date]
  const breaks = breaksOf(history.days[date])
  return {
    longBouts: sitting?.longBouts ?? 0,
    longestMinutes: Math.floor((sitting?.longest ?? 0) / 60),
    activeMinutes: Math.floor((sitting?.active ?? 0) / 60),
    breaksTaken: breaks.taken,
    breaksOffered: breaks.offered,
  }
}

/** The goals as the windows show them: the user's, with the work days they are counted over. */
export function goalsOf(prefs: Preferences): BackGoals {
  return { ...prefs.goals, workdays: workdaysOf(prefs).length, boutMinutes: LONG_BOUT_MINUTES }
}

/** The week days the sitting goal counts (JavaScript's numbering, 0 = Sunday): the work days, else every day. */
function workdaysOf(prefs: Preferences): readonly number[] {
  const days = prefs.workHours.weekdays
  return days.length > 0 ? days : [0, 1, 2, 3, 4, 5, 6]
}

/**
 * The verdict on the week that starts on `monday`, as of `today`. Sitting: a good day is a work day at the computer
 * with at most the goal's long bouts, and the goal allows as many other work days as the week has beyond the good
 * days wanted (4 of 5: one), so a day off costs nothing. Breaks: the share taken of those offered.
 */
export function weekVerdict(
  history: FigureSource,
  monday: DateKey,
  today: DateKey,
  prefs: Preferences,
): WeekVerdict {
  const goals = prefs.goals
  const workdays = workdaysOf(prefs)
  const wanted = Math.min(goals.goodDays, workdays.length)
  const allowedOther = workdays.length - wanted
  let atComputer = 0
  let good = 0
  let taken = 0
  let offered = 0
  for (let i = 0; i < 7; i++) {
    const date = addDays(monday, i)
    if (date > today) break
    const day = backDay(history, date)
    taken += day.breaksTaken
    offered += day.breaksOffered
    if (!workdays.includes(weekdayOf(date)) || day.activeMinutes === 0) continue
    atComputer++
    if (day.longBouts <= goals.longBoutsPerDay) good++
  }
  const complete = addDays(monday, 6) < today
  const other = atComputer - good
  let sitting: GoalState
  if (other > allowedOther) sitting = 'missed'
  else if (good >= wanted || (complete && atComputer > 0)) sitting = 'met'
  else if (atComputer === 0) sitting = 'no-data'
  else sitting = 'not-yet'
  let breaks: GoalState
  if (offered === 0) breaks = 'no-data'
  else if (taken * 100 >= goals.breaksTakenPercent * offered) breaks = 'met'
  else breaks = complete ? 'missed' : 'not-yet'
  return {
    complete,
    workdaysAtComputer: atComputer,
    goodDays: good,
    sitting,
    breaksTaken: taken,
    breaksOffered: offered,
    breaks,
  }
}
