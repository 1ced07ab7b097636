// The sore-back plan's rules: how long it runs (whole local days, so a plan started at 21:00 still has its day
// one), which day of it today is, when it ends, the gentler preferences in force while it runs, which stretches a
// break may use, and how many of the last days had a plan (for "see a doctor" when it keeps coming back). Pure:
// the running app (main/app/sore-back-plan.ts) passes "now" in and keeps the state.
import type { Stretch } from './content'
import { HOLD_SECONDS_MIN } from './content'
import { addDays, dateKeyOf, daysBetween, isDateKey, startOfLocalDay, type DateKey } from './local-time'
import type { Preferences } from './preferences'
import { workPeriodFor } from './sleep-window'

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
  return PLAN_LENGTHS.includes(value as PlanLength)
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
 * The preferences in force while a plan runs: "rest, but not too much". An easy walk (the posture break, on even
 * if the user turned it off) every `soreBack.moveEveryMinutes` of use, `soreBack.moveSeconds` long; stretches
 * held for the shortest time the guidance allows, once each (one-sided stretches still do both sides); strength
 * and yoga sessions wait until the back is better.
 */
export function gentlerPreferences(prefs: Preferences): Preferences {
  const { activities, soreBack } = prefs
  return {
    ...prefs,
    posture: {
      enabled: true,
      everyMinutes: soreBack.moveEveryMinutes,
      durationSeconds: soreBack.moveSeconds,
    },
    stretch: { ...prefs.stretch, holdSeconds: HOLD_SECONDS_MIN, repetitions: 1 },
    activities: {
      ...activities,
      strength: { ...activities.strength, enabled: false },
      yoga: { ...activities.yoga, enabled: false },
    },
  }
}

/** True when `now` falls in the work hours of its day (or of the night shift that began the day before). */
export function inWorkHours(prefs: Preferences, now: number): boolean {
  if (!prefs.workHours.enabled) return false
  const today = dateKeyOf(new Date(now))
  return [addDays(today, -1), today].some((key) => {
    const period = workPeriodFor(prefs, key)
    return period !== null && now >= period.start && now < period.end
  })
}

/**
 * The stretches a break may choose from. On a sore-back day: gentle ones only, and only at the desk or standing
 * (getting down to the floor and up again can set off a spasm). Otherwise none done on the floor when "desk only"
 * is on and it is work time (all day when work hours are off).
 */
export function stretchChoices(
  library: readonly Stretch[],
  prefs: Preferences,
  options: { soreDay: boolean; now: number },
): readonly Stretch[] {
  const noFloor =
    options.soreDay ||
    (prefs.stretch.deskOnly && (!prefs.workHours.enabled || inWorkHours(prefs, options.now)))
  if (!options.soreDay && !noFloor) return library
  return library.filter(
    (s) => (!options.soreDay || s.intensity === 'gentle') && (!noFloor || s.position !== 'floor'),
  )
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
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (!isDateKey(v.firstDay) || !isPlanLength(v.days)) return null
  if (typeof v.startedAt !== 'number' || !Number.isFinite(v.startedAt)) return null
  return { firstDay: v.firstDay, days: v.days, startedAt: v.startedAt }
}

export function parsePlanDays(value: unknown): PlanDays[] {
  if (!Array.isArray(value)) return []
  return value
    .filter(
      (item): item is PlanDays =>
        typeof item === 'object' &&
        item !== null &&
        isDateKey((item as PlanDays).from) &&
        isDateKey((item as PlanDays).to) &&
        daysBetween((item as PlanDays).from, (item as PlanDays).to) >= 0,
    )
    .map((item) => ({ from: item.from, to: item.to }))
    .slice(-PAST_PLANS_MAX)
}
