// What became of each reminder: daily counts per kind and outcome (kept for good, they are tiny) and a raw
// event log bounded in age and length, with the per-day check-ins and sitting figures beside them
// (day-records.ts), plus the summary the progress chart shows: 14 days, 8 weeks and the streak. Pure data.
import { addDays, weekdayOf } from '../../core/local-time'
import { Enum, Number as TNumber, Object as TObject, String as TString, type Static } from 'typebox'
import Value from 'typebox/value'
import { isOneOf, isRecord } from '../../core/one-of'
import { REMINDER_KINDS, type ReminderKind } from '../../core/planning/reminders'
import { DEFAULT_PREFERENCES, type Preferences } from '../../core/preferences/index'
import type { SittingDay } from '../../core/sitting'
import { backDay, goalsOf, weekVerdict } from './back-figures'
import { readCheckIns, readSitting, type CheckIn } from './day-records'
import type { DayHistory, HistorySummary } from '../ipc-contract'

/**
 * `away`: an active-use reminder fell due while the user was away from the computer; the time away was the break,
 * so it counts as done. `missed`: a wall-clock reminder whose moment passed while the user was away, the machine
 * slept, Limber was paused or the user was busy (e.g. the wind-down when they came back after bedtime); kept, not
 * counted either way.
 * `withdrawn`: the reminder was on screen when the user turned its kind off; not counted either way.
 */
export const OUTCOMES = ['done', 'snoozed', 'skipped', 'timed-out', 'away', 'missed', 'withdrawn'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** One entry of the history's log, as the file keeps it. */
export const HistoryEventSchema = TObject({
  /** Epoch milliseconds. */
  at: TNumber(),
  /** Local date, YYYY-MM-DD, of the moment it happened. */
  date: TString({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  kind: Enum(REMINDER_KINDS),
  outcome: Enum(OUTCOMES),
})
export type HistoryEvent = Static<typeof HistoryEventSchema>

export type DayCounts = Partial<Record<ReminderKind, Partial<Record<Outcome, number>>>>

export interface HistoryData {
  version: 1
  /** Local date → counts. */
  days: Record<string, DayCounts>
  /** Newest last. */
  log: HistoryEvent[]
  /** Local date → that morning's check-in. */
  checkIns: Record<string, CheckIn>
  /** Local date → time at the computer, the longest stretch without a break, the long sitting bouts. */
  sitting: Record<string, SittingDay>
}

export const LOG_MAX_AGE_DAYS = 90
export const LOG_MAX_ENTRIES = 5_000
export const SUMMARY_DAYS = 14
export const SUMMARY_WEEKS = 8
/** How many unreadable entries a message names before it only counts the rest. */
export const DROPS_NAMED = 3

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000

export function emptyHistory(): HistoryData {
  return { version: 1, days: {}, log: [], checkIns: {}, sitting: {} }
}

/** Accepts whatever the history file held; keeps every well-formed entry and drops the rest. Never throws. */
export function parseHistory(stored: unknown): HistoryData {
  return readHistory(stored).history
}

/**
 * As parseHistory, and also names each entry it could not keep (a reminder kind or outcome this version does not
 * know, a date not written YYYY-MM-DD, a count that is not a whole number), so the file can be copied aside before
 * it is written again without them. At most `DROPS_NAMED` are named; `dropped` counts them all.
 */
export function readHistory(stored: unknown): { history: HistoryData; dropped: number; named: string[] } {
  const history = emptyHistory()
  const named: string[] = []
  let dropped = 0
  const drop = (what: string) => {
    if (dropped++ < DROPS_NAMED) named.push(what)
  }
  if (stored === undefined) return { history, dropped, named }
  if (!isRecord(stored)) {
    drop('the file holds no history object')
    return { history, dropped, named }
  }
  if (stored.days !== undefined && !isRecord(stored.days)) drop('days is not an object')
  if (isRecord(stored.days)) {
    for (const [date, counts] of Object.entries(stored.days)) {
      if (!DATE.test(date) || !isRecord(counts)) {
        drop(`days.${shortKey(date)}`)
        continue
      }
      const day: DayCounts = {}
      for (const [kind, perKind] of Object.entries(counts)) {
        if (!isOneOf(REMINDER_KINDS, kind) || !isRecord(perKind)) {
          drop(`days.${date}.${shortKey(kind)}`)
          continue
        }
        const kept: Partial<Record<Outcome, number>> = {}
        for (const [outcome, n] of Object.entries(perKind)) {
          if (isOneOf(OUTCOMES, outcome) && typeof n === 'number' && Number.isSafeInteger(n) && n > 0)
            kept[outcome] = n
          else if (n !== 0) drop(`days.${date}.${kind}.${shortKey(outcome)}`)
        }
        if (Object.keys(kept).length > 0) day[kind] = kept
      }
      if (Object.keys(day).length > 0) history.days[date] = day
    }
  }
  if (stored.log !== undefined && !Array.isArray(stored.log)) drop('log is not a list')
  if (Array.isArray(stored.log)) {
    const log: HistoryEvent[] = []
    stored.log.forEach((entry: unknown, index) => {
      if (Value.Check(HistoryEventSchema, entry)) log.push(entry)
      else drop(`log[${index}]`)
    })
    history.log = log.slice(-LOG_MAX_ENTRIES)
  }
  history.checkIns = readCheckIns(stored.checkIns, drop)
  history.sitting = readSitting(stored.sitting, drop)
  return { history, dropped, named }
}

/** Adds one outcome to the day's counts and the log, trimming the log to its bounds. */
export function recordOutcome(history: HistoryData, event: HistoryEvent): HistoryData {
  const day = { ...(history.days[event.date] ?? {}) }
  const perKind = { ...(day[event.kind] ?? {}) }
  perKind[event.outcome] = (perKind[event.outcome] ?? 0) + 1
  day[event.kind] = perKind
  const oldest = event.at - LOG_MAX_AGE_DAYS * DAY_MS
  const log = [...history.log, event].filter((entry) => entry.at >= oldest).slice(-LOG_MAX_ENTRIES)
  return { ...history, days: { ...history.days, [event.date]: day }, log }
}

/**
 * The progress chart's data: the last 14 local days ending `today` and the last 8 weeks (Monday to Sunday, this
 * one last), each with its check-in, sitting and back figures (each week with its verdict against the goals in
 * `prefs`), and the streak of days with a break done.
 */
export function summarizeHistory(
  history: HistoryData,
  today: string,
  prefs: Preferences = DEFAULT_PREFERENCES,
): HistorySummary {
  const days: DayHistory[] = []
  for (let back = SUMMARY_DAYS - 1; back >= 0; back--) {
    days.push(fullDay(history, addDays(today, -back)))
  }
  let streak = 0
  // A day without a break yet does not break the streak until it is over.
  let date = dayHistory(today, history.days[today]).done > 0 ? today : addDays(today, -1)
  while (dayHistory(date, history.days[date]).done > 0) {
    streak++
    date = addDays(date, -1)
  }
  let totalDone = 0
  for (const [date, counts] of Object.entries(history.days)) totalDone += dayHistory(date, counts).done
  return { days, streak, totalDone, weeks: weeksOf(history, today, prefs), goals: goalsOf(prefs) }
}

/** A day's counts with its check-in, sitting and back figures (minutes whole, as Today shows them). */
function fullDay(history: HistoryData, date: string): DayHistory {
  const day = dayHistory(date, history.days[date])
  const checkIn = history.checkIns[date]
  if (checkIn) {
    day.pain = checkIn.pain
    if (checkIn.word !== undefined) day.word = checkIn.word
  }
  const back = backDay(history, date)
  if (history.sitting[date]) {
    day.activeMinutes = back.activeMinutes
    day.longestMinutes = back.longestMinutes
    day.longBouts = back.longBouts
  }
  day.breaksTaken = back.breaksTaken
  day.breaksOffered = back.breaksOffered
  return day
}

/**
 * The last SUMMARY_WEEKS weeks, Monday first, oldest first: the week's counts summed, its check-ins and time at
 * the computer as daily averages (over the days that have one), its longest stretch the week's longest, its long
 * bouts and breaks summed, and its verdict against the goals.
 */
function weeksOf(history: HistoryData, today: string, prefs: Preferences): DayHistory[] {
  const monday = addDays(today, -((weekdayOf(today) + 6) % 7))
  const weeks: DayHistory[] = []
  for (let back = SUMMARY_WEEKS - 1; back >= 0; back--) {
    const start = addDays(monday, -7 * back)
    const week: DayHistory = {
      date: start,
      done: 0,
      snoozed: 0,
      skipped: 0,
      timedOut: 0,
      breaksTaken: 0,
      breaksOffered: 0,
    }
    const pains: number[] = []
    const active: number[] = []
    for (let i = 0; i < 7; i++) {
      const day = fullDay(history, addDays(start, i))
      week.done += day.done
      week.snoozed += day.snoozed
      week.skipped += day.skipped
      week.timedOut += day.timedOut
      week.breaksTaken = (week.breaksTaken ?? 0) + (day.breaksTaken ?? 0)
      week.breaksOffered = (week.breaksOffered ?? 0) + (day.breaksOffered ?? 0)
      if (day.pain !== undefined) pains.push(day.pain)
      if (day.activeMinutes !== undefined) active.push(day.activeMinutes)
      if (day.longestMinutes !== undefined)
        week.longestMinutes = Math.max(week.longestMinutes ?? 0, day.longestMinutes)
      if (day.longBouts !== undefined) week.longBouts = (week.longBouts ?? 0) + day.longBouts
    }
    if (pains.length > 0) week.pain = Math.round((sum(pains) / pains.length) * 10) / 10
    if (active.length > 0) week.activeMinutes = Math.round(sum(active) / active.length)
    week.verdict = weekVerdict(history, start, today, prefs)
    weeks.push(week)
  }
  return weeks
}

function sum(values: readonly number[]): number {
  return values.reduce((total, n) => total + n, 0)
}

function dayHistory(date: string, counts: DayCounts | undefined): DayHistory {
  const result: DayHistory = { date, done: 0, snoozed: 0, skipped: 0, timedOut: 0 }
  if (!counts) return result
  for (const perKind of Object.values(counts)) {
    if (!perKind) continue
    result.done += (perKind.done ?? 0) + (perKind.away ?? 0)
    result.snoozed += perKind.snoozed ?? 0
    result.skipped += perKind.skipped ?? 0
    result.timedOut += perKind['timed-out'] ?? 0
  }
  return result
}

function shortKey(key: string): string {
  return key.length > 20 ? `${key.slice(0, 20)}…` : key
}
