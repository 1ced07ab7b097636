// The sore-back plan's days: how long it runs (whole local days, so a plan started at 21:00 still has its day one),
// which day of it today is, when it ends, and how many of the last days had a plan (for "see a doctor" when it
// keeps coming back). Pure: the running app (main/app/sore-back/plan.ts) passes "now" in and keeps the state.
import { addDays, dateKeyOf, daysBetween, isDateKey, startOfLocalDay, type DateKey } from '../local-time'
import { isOneOf, isRecord } from '../one-of'

/** The plan lengths offered (tray: the default; command line and Today: any of them). */
export const PLAN_LENGTHS = [1, 2, 3, 5] as const
export type PlanLength = (typeof PLAN_LENGTHS)[number]
export const DEFAULT_PLAN_DAYS: PlanLength = 3

/** More than this many of the last FREQUENT_WINDOW_DAYS days with a plan: Limber suggests a doctor, once. */
export const FREQUENT_DAYS = 10
export const FREQUENT_WINDOW_DAYS = 14
/** Past plans are remembered this long, and at most PAST_PLANS_MAX of them. */
const PAST_KEEP_DAYS = 60
const PAST_PLANS_MAX = 40

export interface PlanRun {
  /** The local date of day one. */
  firstDay: DateKey
  days: PlanLength
  /** Epoch ms it was started. */
  startedAt: number
}

/** The local days a plan was in force, first and last included. */
export interface PlanDays {
  from: DateKey
  to: DateKey
}

export function isPlanLength(value: unknown): value is PlanLength {
  return isOneOf(PLAN_LENGTHS, value)
}

/** Which day of the plan `now` falls on (1 = the day it started), and how many it has; null once it is over. */
export function planDay(run: PlanRun, now: number): { day: number; days: number } | null {
  const day = daysBetween(run.firstDay, dateKeyOf(new Date(now))) + 1
  // A clock set back before the start is still day one, not a plan that never was.
  if (day > run.days) return null
  return { day: Math.max(1, day), days: run.days }
}

/** The instant the plan ends by itself: the local midnight after its last day (DST-safe). */
export function planEndsAt(run: PlanRun): number {
  return startOfLocalDay(addDays(run.firstDay, run.days)).getTime()
}

/** The local midnight after `now`: the tray's "day 2 of 3" changes then. */
export function nextLocalMidnight(now: number): number {
  return startOfLocalDay(addDays(dateKeyOf(new Date(now)), 1)).getTime()
}

/**
 * On how many of the last FREQUENT_WINDOW_DAYS local days (today included) a plan was in force: past plans and
 * the running one up to today. Days are counted once however many plans covered them.
 */
export function daysWithPlan(past: readonly PlanDays[], running: PlanRun | null, now: number): number {
  const today = dateKeyOf(new Date(now))
  const first = addDays(today, -(FREQUENT_WINDOW_DAYS - 1))
  const spans = [...past]
  if (running) spans.push({ from: running.firstDay, to: today })
  const counted = new Set<DateKey>()
  for (const span of spans) {
    const from = daysBetween(first, span.from) < 0 ? first : span.from
    const to = daysBetween(span.to, today) < 0 ? today : span.to
    for (
      let day = from, n = 0;
      daysBetween(day, to) >= 0 && n < FREQUENT_WINDOW_DAYS;
      day = addDays(day, 1), n++
    ) {
      counted.add(day)
    }
  }
  return counted.size
}

/** Adds a finished plan's days to the remembered ones, dropping what is too old to count or beyond the bound. */
export function rememberPlan(past: readonly PlanDays[], days: PlanDays, now: number): PlanDays[] {
  const oldest = addDays(dateKeyOf(new Date(now)), -PAST_KEEP_DAYS)
  return [...past, days].filter((span) => daysBetween(oldest, span.to) >= 0).slice(-PAST_PLANS_MAX)
}

// ─── Reading back what was stored ──────────────────────────────────────────────────────────────────────────

/** A stored plan, or null when it is not one (a damaged state file starts without a plan). */
export function parsePlanRun(value: unknown): PlanRun | null {
  if (!isRecord(value)) return null
  const v = value
  if (!isDateKey(v.firstDay) || !isPlanLength(v.days)) return null
  if (typeof v.startedAt !== 'number' || !Number.isFinite(v.startedAt)) return null
  return { firstDay: v.firstDay, days: v.days, startedAt: v.startedAt }
}

export function parsePlanDays(value: unknown): PlanDays[] {
  if (!Array.isArray(value)) return []
  return value
    .flatMap((item: unknown): PlanDays[] =>
      isRecord(item) && isDateKey(item.from) && isDateKey(item.to) && daysBetween(item.from, item.to) >= 0
        ? [{ from: item.from, to: item.to }]
        : [],
    )
    .slice(-PAST_PLANS_MAX)
}
