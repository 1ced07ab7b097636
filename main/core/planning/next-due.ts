// Where the next reminder is decided: `nextDue` answers the single next reminder for the running app, and
// `upcoming` steps it forward (each reminder assumed answered at once) for the settings window's timeline, the
// tray and the benchmark. Pure: the app passes "now" in, arms its timer for the answer and asks again after
// every event.
//
// One reminder at a time:
// - Nothing comes within SPACING_MS of the last reminder shown, a snoozed one coming back included, unless that
//   last one was the snoozed reminder itself (the user chose when it comes back); two wall-clock reminders due together come SPACING_MS apart, the more time-critical first.
// - A posture or stretch break falling within MERGE_MS of a wall-clock reminder (before or after it) is folded
//   into it: only the wall-clock reminder is shown, and the break's clocks restart then, as if it was taken.
// - While away, nothing whose time has come is returned (it is held until the return); while paused, nothing
//   comes before the pause ends; active-use breaks only for someone at the computer.
import { nextActiveBreak, nextActiveEvent, type ActiveEvent } from './active-use'
import type { Calendar } from './calendar'
import {
  isActiveUseKind,
  kindEnabled,
  PRIORITY,
  REMINDER_NAMES,
  type ActiveUseKind,
  type DueReminder,
  type ReminderKind,
} from './reminders'
import type { SchedulerState } from './scheduler-state'

export type { DueReminder } from './reminders'
import { onShown } from './transitions'
import { nextWallClock } from './wall-clock-due'

const MINUTE = 60_000
/** Reminders keep at least this distance from one another. */
export const SPACING_MS = 5 * MINUTE
/** A break this close to a wall-clock reminder is folded into it (wider than the spacing, so none comes 5 minutes after). */
export const MERGE_MS = 10 * MINUTE
/** A reminder shown more than this after its time is marked `late`. */
const LATE_AFTER_MS = MINUTE
/** How far ahead nextDue looks (sessions and custom reminders are weekly). */
const LOOKAHEAD_MS = 8 * 24 * 60 * MINUTE
/** Instants planned for (a Date reaches 275760; a few days of lookahead must stay inside). Outside: nothing. */
const EARLIEST_MS = Date.UTC(1000, 0, 1)
const LATEST_MS = 8.64e15 - 30 * 24 * 60 * MINUTE

/**
 * The next reminder, or null when nothing is ahead (paused forever, everything off). `at <= now`: show it now
 * (then call onShown). Otherwise arm one timer for `at` and call nextDue again then. Ties go to the more
 * time-critical kind (bedtime first, posture last).
 */
export function nextDue(cal: Calendar, state: SchedulerState, now: number): DueReminder | null {
  if (!(now >= EARLIEST_MS && now <= LATEST_MS) || state.pausedUntil === 'forever') return null
  const pausedUntil = typeof state.pausedUntil === 'number' ? state.pausedUntil : null
  const showFrom = pausedUntil !== null && pausedUntil > now ? pausedUntil : now
  const spacedFrom = state.lastShownAt === null ? -Infinity : state.lastShownAt + SPACING_MS
  const away = state.awaySince !== null
  const horizon = showFrom + LOOKAHEAD_MS

  const wall = wallCandidate(cal, state, now, showFrom, spacedFrom, away, horizon)
  const breakEvent = away ? null : nextActiveBreak(cal, state, now, showFrom, horizon)
  const active = activeCandidate(cal, state, now, showFrom, spacedFrom, away, breakEvent)

  if (wall && active && active.at >= wall.at - MERGE_MS) {
    if (active.at > wall.at + MERGE_MS) return toDue(wall)
    // Folded: the wall-clock reminder stands for the break (a stretch stands for a posture break too).
    let absorbs: ActiveUseKind = active.kind
    if (absorbs === 'posture' && breakEvent) {
      const after = nextActiveEvent(cal, { posture: wall.at, stretch: breakEvent.clocks.stretch }, horizon)
      if (after?.kind === 'stretch' && after.at <= wall.at + MERGE_MS) absorbs = 'stretch'
    }
    return toDue(wall, absorbs)
  }
  const first = !wall ? active : !active ? wall : active.at < wall.at ? active : wall
  return first ? toDue(first) : null
}

/** A reminder to come, in numbers (a DueReminder is made only for the one returned). */
interface Candidate<K extends ReminderKind = ReminderKind> {
  kind: K
  key: string
  title: string
  ref?: string | undefined
  at: number
  plannedAt: number
  /** `late` counts from here (a snoozed reminder is not late for coming back when asked). */
  lateFrom: number
  snoozed: boolean
  relevantUntil: number | null
}

/** The earliest of the next wall-clock occurrence and a snoozed wall-clock reminder coming back. */
function wallCandidate(
  cal: Calendar,
  state: SchedulerState,
  now: number,
  showFrom: number,
  spacedFrom: number,
  away: boolean,
  horizon: number,
): Candidate | null {
  const found = nextWallClock(cal, state, showFrom, spacedFrom, away, horizon)
  let best: Candidate | null = null
  if (found) {
    const o = found.occurrence
    best = candidate(o, found.at, o.at, o.at, false, o.relevantUntil)
  }
  const snoozed = state.snoozed
  if (
    snoozed &&
    !isActiveUseKind(snoozed.kind) &&
    kindEnabled(cal.prefs, snoozed.kind, snoozed.ref, cal.routines)
  ) {
    const at = Math.max(snoozed.until, showFrom, snoozeSpacedFrom(state, spacedFrom))
    const held = away && at <= now
    const earlier = !best || at < best.at || (at === best.at && PRIORITY[snoozed.kind] < PRIORITY[best.kind])
    if (!held && at < (snoozed.relevantUntil ?? Infinity) && earlier) {
      best = candidate(snoozed, at, snoozed.plannedAt, snoozed.until, true, snoozed.relevantUntil)
    }
  }
  return best
}

/** The next posture or stretch break (kept at its distance from the last reminder), or a snoozed one coming back. */
function activeCandidate(
  cal: Calendar,
  state: SchedulerState,
  now: number,
  showFrom: number,
  spacedFrom: number,
  away: boolean,
  event: ActiveEvent | null,
): Candidate<ActiveUseKind> | null {
  let best: Candidate<ActiveUseKind> | null = null
  if (event) {
    const at = Math.max(event.at, showFrom, spacedFrom)
    const named = { kind: event.kind, key: event.kind, title: REMINDER_NAMES[event.kind].title }
    best = candidate(named, at, event.at, at, false, null)
  }
  const snoozed = state.snoozed
  if (snoozed && isActiveUseKind(snoozed.kind) && kindEnabled(cal.prefs, snoozed.kind, snoozed.ref)) {
    const at = Math.max(snoozed.until, showFrom, snoozeSpacedFrom(state, spacedFrom))
    const held = away && at <= now
    // A break falling due with it (or a stretch, which is a posture break too) stands in for it.
    const swallowed =
      event !== null &&
      (event.kind === 'stretch' || event.kind === snoozed.kind) &&
      event.at <= at + cal.prefs.posture.durationSeconds * 1000
    // It comes back only in the stretch of active-use time it was snoozed into: one that the night (or the end of
    // work hours) overtook is over, not brought back the next morning.
    const inItsPeriod = at < cal.active.periodEnd(snoozed.until, at + 1)
    if (!held && !swallowed && inItsPeriod && (!best || at < best.at)) {
      const { kind, key, title, ref } = snoozed
      best = candidate({ kind, key, title, ref }, at, snoozed.plannedAt, snoozed.until, true, null)
    }
  }
  return best
}

/**
 * The earliest a snoozed reminder may come back: it keeps its distance from a different reminder shown since it was
 * snoozed, not from its own showing (a snooze shorter than the spacing comes when the user asked).
 */
function snoozeSpacedFrom(state: SchedulerState, spacedFrom: number): number {
  const { snoozed, lastShownAt } = state
  return snoozed && lastShownAt !== null && lastShownAt > snoozed.snoozedAt ? spacedFrom : -Infinity
}

function candidate<K extends ReminderKind>(
  reminder: { kind: K; key: string; title: string; ref?: string | undefined },
  at: number,
  plannedAt: number,
  lateFrom: number,
  snoozed: boolean,
  relevantUntil: number | null,
): Candidate<K> {
  const { kind, key, title, ref } = reminder
  return { kind, key, title, ref, at, plannedAt, lateFrom, snoozed, relevantUntil }
}

function toDue(candidate: Candidate, absorbs: ActiveUseKind | null = null): DueReminder {
  const result: DueReminder = {
    kind: candidate.kind,
    at: candidate.at,
    key: candidate.key,
    title: candidate.title,
    plannedAt: candidate.plannedAt,
    late: candidate.at - candidate.lateFrom > LATE_AFTER_MS,
    snoozed: candidate.snoozed,
    relevantUntil: candidate.relevantUntil,
    absorbs,
  }
  if (candidate.ref !== undefined) result.ref = candidate.ref
  return result
}

/**
 * The reminders from `from` up to (not including) `until` as things stand, each assumed shown at its time and answered at once:
 * nextDue stepped forward, nothing changed. The settings window's timeline and the benchmark use it.
 */
export function upcoming(
  cal: Calendar,
  state: SchedulerState,
  from: number,
  until: number,
  limit = Infinity,
): DueReminder[] {
  const found: DueReminder[] = []
  let stepped: SchedulerState = state.awaySince === null ? state : { ...state, awaySince: null }
  let at = from
  while (found.length < limit) {
    const next = nextDue(cal, stepped, at)
    if (!next || next.at >= until) break
    found.push(next)
    at = Math.max(at, next.at)
    stepped = onShown(stepped, next, at)
  }
  return found
}
