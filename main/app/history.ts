// What became of each reminder: daily counts per kind and outcome (kept for good, they are tiny) and a raw
// event log bounded in age and length, plus the 14-day summary and streak the progress chart shows. Pure data.
import { addDays } from '../core/local-time'
import { REMINDER_KINDS, type ReminderKind } from '../core/reminders'
import type { DayHistory, HistorySummary } from './ipc-contract'

/**
 * `away`: an active-use reminder fell due while the user was away from the computer; the time away was the break,
 * so it counts as done. `missed`: a wall-clock reminder whose moment passed while the user was away, the machine
 * slept, Limber was paused or the user was busy (e.g. the wind-down when they came back after bedtime); kept, not
 * counted either way.
 * `withdrawn`: the reminder was on screen when the user turned its kind off; not counted either way.
 */
export const OUTCOMES = ['done', 'snoozed', 'skipped', 'timed-out', 'away', 'missed', 'withdrawn'] as const
export type Outcome = (typeof OUTCOMES)[number]

export interface HistoryEvent {
  /** Epoch milliseconds. */
  at: number
  /** Local date, YYYY-MM-DD, of the moment it happened. */
  date: string
  kind: ReminderKind
  outcome: Outcome
}

export type DayCounts = Partial<Record<ReminderKind, Partial<Record<Outcome, number>>>>

export interface HistoryData {
  version: 1
  /** Local date → counts. */
  days: Record<string, DayCounts>
  /** Newest last. */
  log: HistoryEvent[]
}

export const LOG_MAX_AGE_DAYS = 90
export const LOG_MAX_ENTRIES = 5_000
export const SUMMARY_DAYS = 14
/** How many unreadable entries a message names before it only counts the rest. */
export const DROPS_NAMED = 3

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000

export function emptyHistory(): HistoryData {
  return { version: 1, days: {}, log: [] }
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
        if (!REMINDER_KINDS.includes(kind as ReminderKind) || !isRecord(perKind)) {
          drop(`days.${date}.${shortKey(kind)}`)
          continue
        }
        const kept: Partial<Record<Outcome, number>> = {}
        for (const [outcome, n] of Object.entries(perKind)) {
          if (
            OUTCOMES.includes(outcome as Outcome) &&
            typeof n === 'number' &&
            Number.isSafeInteger(n) &&
            n > 0
          )
            kept[outcome as Outcome] = n
          else if (n !== 0) drop(`days.${date}.${kind}.${shortKey(outcome)}`)
        }
        if (Object.keys(kept).length > 0) day[kind as ReminderKind] = kept
      }
      if (Object.keys(day).length > 0) history.days[date] = day
    }
  }
  if (stored.log !== undefined && !Array.isArray(stored.log)) drop('log is not a list')
  if (Array.isArray(stored.log)) {
    const log: HistoryEvent[] = []
    stored.log.forEach((entry: unknown, index) => {
      if (isHistoryEvent(entry)) log.push(entry)
      else drop(`log[${index}]`)
    })
    history.log = log.slice(-LOG_MAX_ENTRIES)
  }
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
  return { version: 1, days: { ...history.days, [event.date]: day }, log }
}

/** The progress chart's data: the last 14 local days ending `today`, and the streak of days with a break done. */
export function summarizeHistory(history: HistoryData, today: string): HistorySummary {
  const days: DayHistory[] = []
  for (let back = SUMMARY_DAYS - 1; back >= 0; back--) {
    const date = addDays(today, -back)
    days.push(dayHistory(date, history.days[date]))
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
  return { days, streak, totalDone }
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

function isHistoryEvent(value: unknown): value is HistoryEvent {
  return (
    isRecord(value) &&
    typeof value.at === 'number' &&
    Number.isFinite(value.at) &&
    typeof value.date === 'string' &&
    DATE.test(value.date) &&
    REMINDER_KINDS.includes(value.kind as ReminderKind) &&
    OUTCOMES.includes(value.outcome as Outcome)
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function shortKey(key: string): string {
  return key.length > 20 ? `${key.slice(0, 20)}…` : key
}
