// Wall-clock reminders: wind-down, get-ready and bedtime each evening, sessions and custom reminders at their
// local times. Each occurrence is identified by the instant it is due in the zone in force, and knows until when
// it is still worth showing late (missed while away, asleep or paused): a night's step until the next step comes
// (bedtime until half the night is over), a session or custom reminder for an hour.
import { atLocalTime, weekdayOf, type DateKey } from '../local-time'
import type { Preferences } from '../preferences/index'
import type { SleepWindow } from './sleep-window'
import {
  PRIORITY,
  REMINDER_NAMES,
  SESSION_TITLES,
  type BedtimeKind,
  type RoutineReminder,
  type WallClockKind,
} from './reminders'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Sessions and custom reminders missed by more than this are not shown late. */
export const MISSED_GRACE_MS = HOUR
/** A missed reminder is looked for this far back (a bedtime is worth showing for at most half a night). */
export const CATCH_UP_LOOKBACK_MS = 14 * HOUR

export interface Occurrence {
  kind: WallClockKind
  /** Epoch ms it is due. */
  at: number
  /** Its identity: its step and the instant, "wind-down:2026-03-02@1772479800000". */
  key: string
  /** The same step on the same night or day at any instant, "wind-down:2026-03-02". */
  step: string
  title: string
  ref?: string
  /** Not shown late at or after this instant. */
  relevantUntil: number
}

/** The wall-clock reminders of one local date, sorted by time (ties: the more time-critical first). */
export function occurrencesOn(
  prefs: Preferences,
  day: DateKey,
  night: SleepWindow,
  routines: readonly RoutineReminder[] = [],
): Occurrence[] {
  const found: Occurrence[] = []
  if (prefs.bedtime.enabled) found.push(...nightSteps(prefs, day, night))
  const weekday = weekdayOf(day)
  for (const ref of ['strength', 'yoga'] as const) {
    const session = prefs.activities[ref]
    if (session.enabled && session.weekdays.includes(weekday)) {
      const at = atLocalTime(day, session.time).getTime()
      found.push(
        occurrence('activity', `activity:${ref}:${day}`, at, SESSION_TITLES[ref], at + MISSED_GRACE_MS, ref),
      )
    }
  }
  for (const custom of prefs.activities.custom) {
    if (custom.enabled && custom.weekdays.includes(weekday)) {
      const at = atLocalTime(day, custom.time).getTime()
      const step = `custom:${custom.id}:${day}`
      found.push(occurrence('custom', step, at, custom.title, at + MISSED_GRACE_MS, custom.id))
    }
  }
  for (const routine of routines) {
    if (!routine.weekdays.includes(weekday)) continue
    for (const time of new Set(routine.times)) {
      const at = atLocalTime(day, time).getTime()
      const step = `routine:${routine.id}:${day}T${time}`
      found.push(occurrence('routine', step, at, routine.title, at + MISSED_GRACE_MS, routine.id))
    }
  }
  return found.sort((a, b) => a.at - b.at || PRIORITY[a.kind] - PRIORITY[b.kind])
}

/**
 * A night's steps: wind-down and get-ready are real elapsed minutes before the bedtime instant. Two steps at the
 * same instant are one reminder (the more time-critical stands). Each is worth showing late until the next step;
 * the bedtime until half the night is over (no "Bedtime" at 06:15 after a night away).
 */
function nightSteps(prefs: Preferences, evening: DateKey, night: SleepWindow): Occurrence[] {
  const bedtime = night.bedtime.getTime()
  const { windDownMinutes, getReadyMinutes } = prefs.bedtime
  const steps: { kind: BedtimeKind; at: number }[] = [{ kind: 'bedtime', at: bedtime }]
  if (windDownMinutes > 0) steps.push({ kind: 'wind-down', at: bedtime - windDownMinutes * MINUTE })
  if (getReadyMinutes > 0) steps.push({ kind: 'get-ready', at: bedtime - getReadyMinutes * MINUTE })
  steps.sort((a, b) => a.at - b.at || PRIORITY[a.kind] - PRIORITY[b.kind])
  const distinct = steps.filter((step, i) => i === 0 || step.at !== steps[i - 1]!.at)
  const nightOver = bedtime + Math.max(MINUTE, (night.wake.getTime() - bedtime) / 2)
  return distinct.map((step, i) =>
    occurrence(
      step.kind,
      `${step.kind}:${evening}`,
      step.at,
      REMINDER_NAMES[step.kind].title,
      distinct[i + 1]?.at ?? nightOver,
    ),
  )
}

function occurrence(
  kind: WallClockKind,
  step: string,
  at: number,
  title: string,
  relevantUntil: number,
  ref?: string,
): Occurrence {
  const found: Occurrence = { kind, at, key: `${step}@${at}`, step, title, relevantUntil }
  if (ref !== undefined) found.ref = ref
  return found
}
