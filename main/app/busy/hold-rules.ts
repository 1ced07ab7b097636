// The rules of holding a due reminder while the user is busy, as pure functions (hold.ts applies them, the
// wake-up rules in wake-ups.ts look again on time): which answers count under the user's settings, when the system
// is asked again, which reason a hold names, and which reminders one hold covers. docs/dont-interrupt.md explains
// them for people.
import Type, { type Static } from 'typebox'
import Value from 'typebox/value'
import { isOneOf } from '../../core/one-of'
import type { Calendar } from '../../core/planning/calendar'
import type { DueReminder } from '../../core/planning/next-due'
import type { Preferences } from '../../core/preferences/index'
import { REMINDER_KINDS, isActiveUseKind } from '../../core/planning/reminders'
import { BUSY_REASONS, type BusyReason } from '../platform'

/** While a reminder is held, the system is asked again (and the app looks again) this often, never more. */
export const LOOK_EVERY_MS = 60_000
/** An answer still awaited this long after asking counts as "not busy" (each probe gives up after 3 s). */
export const ANSWER_PATIENCE_MS = 5_000
/** A timer may wake the app this much early; a look that close to its time is on time. */
const EARLY_MS = 1_000

/** The setting that listens for each busy reason: presenting goes with full-screen apps. */
const SETTING_OF: Readonly<Record<BusyReason, keyof Preferences['dontInterrupt']>> = {
  'full-screen': 'fullScreen',
  presenting: 'fullScreen',
  call: 'calls',
  'do-not-disturb': 'doNotDisturb',
  'screen-kept-on': 'screenKeptOn',
}

/** The busy reasons the user's settings hold reminders for (none: the system is never asked). */
export function listenedTo(settings: Preferences['dontInterrupt']): BusyReason[] {
  return BUSY_REASONS.filter((reason) => settings[SETTING_OF[reason]])
}

/**
 * What counts of a system's answer: the known reasons the settings listen to, once each. Anything else in the
 * answer (a reason this version does not know, a value that is not one) is left out.
 */
export function countedReasons(answer: unknown, settings: Preferences['dontInterrupt']): BusyReason[] {
  if (!Array.isArray(answer)) return []
  const listened = listenedTo(settings)
  return listened.filter((reason) => answer.includes(reason))
}

/** Whether an answer is one the platform port allows: a list of known busy reasons. */
export function isBusyAnswer(answer: unknown): answer is BusyReason[] {
  return Array.isArray(answer) && answer.every((item) => isOneOf(BUSY_REASONS, item))
}

/** Whether it is time to ask the system again, the last question having been asked at `askedMono` (or never). */
export function askDue(askedMono: number | null, mono: number): boolean {
  return askedMono === null || mono - askedMono >= LOOK_EVERY_MS - EARLY_MS
}

/** The order a hold names its reason in, when several hold at once: what the user does first, then the system. */
const NAMED_FIRST: readonly BusyReason[] = [
  'presenting',
  'call',
  'full-screen',
  'do-not-disturb',
  'screen-kept-on',
]

/** The one reason a hold names ("while you were in a call"). `reasons` must not be empty. */
export function namedReason(reasons: readonly BusyReason[]): BusyReason {
  return NAMED_FIRST.find((reason) => reasons.includes(reason)) ?? reasons[0] ?? 'do-not-disturb'
}

/**
 * What one hold covers. Movement breaks stand for one another: a posture break held past its interval is the next
 * one (the planner returns one break, never two), and a stretch falling due meanwhile takes its place, so the hold
 * and its "held 45 min" carry on. A wall-clock reminder is its own hold: the bedtime held after a wind-down was
 * passed over (docs/timing.md) is held only from its own time.
 */
export function holdSubject(due: Pick<DueReminder, 'kind' | 'key'>): string {
  return isActiveUseKind(due.kind) ? 'movement' : due.key
}

/**
 * A hold as the state file keeps it: a restart keeps the reminder held, and its "Held N min" counts from its own
 * start (when it fell due), not from the restart.
 */
export const KeptHoldSchema = Type.Object({
  /** What the hold covers (holdSubject). */
  subject: Type.String({ maxLength: 200 }),
  kind: Type.Enum(REMINDER_KINDS),
  title: Type.String({ maxLength: 200 }),
  /** Wall time the hold began. */
  since: Type.Number({ minimum: -8.64e15, maximum: 8.64e15 }),
  reason: Type.Enum(BUSY_REASONS),
})
export type KeptHold = Static<typeof KeptHoldSchema>

/**
 * Whether a kept hold goes on after a restart at `now`. A movement break's hold lasts only while the active-use time
 * it fell due in runs on (the night or the end of work hours would have ended it); a wall-clock reminder's goes on
 * while the planner still has it due (its own relevance decides, as for any late reminder).
 */
export function holdLasts(held: KeptHold, calendar: Calendar, now: number): boolean {
  if (!isActiveUseKind(held.kind)) return true
  return (
    now >= held.since &&
    calendar.isActiveUseTime(now) &&
    calendar.active.lastStartIn(held.since, now) === null
  )
}

/** A kept hold read back: null for none, 'unreadable' for something that is not one. */
export function readKeptHold(value: unknown): KeptHold | null | 'unreadable' {
  if (value === undefined || value === null) return null
  return Value.Check(KeptHoldSchema, value) ? value : 'unreadable'
}
