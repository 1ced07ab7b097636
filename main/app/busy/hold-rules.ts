// The rules of holding a due reminder while the user is busy, as pure functions (hold.ts applies them, the
// wake-up rules in wake-ups.ts look again on time): which answers count under the user's settings, when the system
// is asked again, which reason a hold names, and which reminders one hold covers. docs/dont-interrupt.md explains
// them for people.
import { isOneOf } from '../../core/one-of'
import type { DueReminder } from '../../core/planning/next-due'
import type { Preferences } from '../../core/preferences/index'
import { isActiveUseKind } from '../../core/planning/reminders'
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
const NAMED_FIRST: readonly BusyReason[] = ['presenting', 'call', 'full-screen', 'do-not-disturb']

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
