// How the scheduler state changes with each event: a reminder shown, answered, snoozed or skipped; a pause; the
// user away and back; the clock changed; the preferences changed. Pure functions from one state to the next.
import type { Calendar } from './calendar'
import type { DueReminder, PlannedReminder } from './reminders'
import { isActiveUseKind, isBedtimeKind, kindEnabled } from './reminders'
import { copyState, withHandled, type SchedulerState } from './scheduler-state'
import { CATCH_UP_LOOKBACK_MS, MISSED_GRACE_MS } from './wall-clock'
import { occurrencesBetween } from './wall-clock-due'

const MINUTE = 60_000

/** A reminder as the transitions need it: a planned one, or a due one with what it folded in. */
type Reminder = PlannedReminder & Partial<Pick<DueReminder, 'absorbs' | 'relevantUntil' | 'plannedAt'>>

/** Folds a pause that has ended into the clocks (they restarted at its end), so later shifts apply cleanly. */
function settle(state: SchedulerState, now: number): SchedulerState {
  const next = copyState(state)
  if (typeof next.pausedUntil === 'number' && next.pausedUntil <= now) {
    const end = next.pausedUntil
    if (next.postureClockStart !== null) next.postureClockStart = Math.max(next.postureClockStart, end)
    if (next.stretchClockStart !== null) next.stretchClockStart = Math.max(next.stretchClockStart, end)
    next.pausedUntil = null
  }
  return next
}

/** Restarts the clocks a break of `kind` resets: a stretch break is a posture break too. */
function restartClocks(state: SchedulerState, kind: 'posture' | 'stretch', at: number): void {
  state.postureClockStart = at
  if (kind === 'stretch') state.stretchClockStart = at
}

/** The reminder is over (shown, done or skipped): restart the clocks it resets, or mark the occurrence handled. */
function complete(
  state: SchedulerState,
  reminder: Reminder,
  at: number,
  now: number,
  shown = false,
): SchedulerState {
  const next = settle(state, now)
  if (shown) next.lastShownAt = now
  if (isActiveUseKind(reminder.kind)) restartClocks(next, reminder.kind, at)
  else next.handledKeys = withHandled(next.handledKeys, [reminder.key], now)
  if (reminder.absorbs) restartClocks(next, reminder.absorbs, at)
  const snoozed = next.snoozed
  if (
    snoozed &&
    (snoozed.key === reminder.key ||
      (isActiveUseKind(snoozed.kind) &&
        (reminder.kind === 'stretch' || reminder.absorbs === 'stretch' || reminder.absorbs === snoozed.kind)))
  ) {
    next.snoozed = null
  }
  return next
}

/** The reminder was shown (notification or break window): it will not be returned again. */
export function onShown(state: SchedulerState, reminder: Reminder, now: number): SchedulerState {
  return complete(state, reminder, now, now, true)
}

/** The user did the break, or skipped it: posture restarts the posture clock, stretch both; others are handled. */
export function onAnswered(state: SchedulerState, reminder: Reminder, now: number): SchedulerState {
  return complete(state, reminder, now, now)
}

/**
 * The user snoozed it for `minutes`: it comes back then. The original occurrence is handled and the clocks it
 * resets restart now (so it is not due again meanwhile). A second snooze replaces the first.
 */
export function onSnooze(
  state: SchedulerState,
  reminder: Reminder,
  now: number,
  minutes: number,
): SchedulerState {
  const next = complete(state, reminder, now, now)
  const length = Number.isFinite(minutes) && minutes > 0 ? minutes : 5
  next.snoozed = {
    kind: reminder.kind,
    key: reminder.key,
    title: reminder.title,
    ...(reminder.ref !== undefined ? { ref: reminder.ref } : {}),
    plannedAt: reminder.plannedAt ?? reminder.at,
    until: now + length * MINUTE,
    snoozedAt: now,
    // A night's step comes back only until the next step comes; a session or custom reminder within the hour.
    relevantUntil: isActiveUseKind(reminder.kind)
      ? null
      : isBedtimeKind(reminder.kind) && reminder.relevantUntil != null
        ? reminder.relevantUntil
        : now + length * MINUTE + MISSED_GRACE_MS,
  }
  return next
}

/**
 * "Skip next" from the tray, for the reminder nextDue would show next: a posture or stretch is skipped by
 * restarting its clocks at its planned time; a wall-clock or snoozed one is handled now.
 */
export function onSkipNext(state: SchedulerState, upcoming: DueReminder, now: number): SchedulerState {
  if (upcoming.snoozed) return { ...complete(state, upcoming, now, now), snoozed: null }
  return complete(state, upcoming, upcoming.at, now)
}

/** Wall-clock occurrences passed over without being shown (missed, or superseded): never caught up again. */
export function onPassedOver(state: SchedulerState, keys: readonly string[], now: number): SchedulerState {
  if (keys.length === 0) return state
  return { ...state, handledKeys: withHandled(state.handledKeys, keys, now) }
}

/** Pause everything until `until` (epoch ms) or 'forever'; use Calendar.nextWakeTime for "until tomorrow morning". */
export function onPause(state: SchedulerState, until: number | 'forever', now: number): SchedulerState {
  const next = settle(state, now)
  if (until !== 'forever' && !(until > now)) return next
  next.pausedUntil = until
  return next
}

/** End a pause now: both active-use clocks restart now. */
export function onResume(state: SchedulerState, now: number): SchedulerState {
  return { ...settle(state, now), pausedUntil: null, postureClockStart: now, stretchClockStart: now }
}

/** The user left (idle, screen locked, system asleep) at `since`: nothing is shown until onBack. */
export function onAway(state: SchedulerState, since: number): SchedulerState {
  if (state.awaySince !== null) return state
  return { ...settle(state, since), awaySince: since }
}

/**
 * The user is back at `now` after `awayMs` away (idle time, lock or sleep duration). At least
 * naturalBreaks.idleMinutes (natural breaks on): a natural break, both clocks restart and a snoozed posture or
 * stretch counts as done. Shorter: the clocks continue where they stopped (the time away is not active use).
 */
export function onBack(cal: Calendar, state: SchedulerState, now: number, awayMs: number): SchedulerState {
  const prefs = cal.prefs
  const next = settle(state, now)
  const sinceAway = next.awaySince !== null ? Math.max(0, now - next.awaySince) : 0
  const away = Number.isFinite(awayMs) && awayMs >= 0 ? awayMs : sinceAway
  next.awaySince = null
  if (prefs.naturalBreaks.enabled && away >= prefs.naturalBreaks.idleMinutes * MINUTE) {
    next.postureClockStart = now
    next.stretchClockStart = now
    if (next.snoozed && isActiveUseKind(next.snoozed.kind)) next.snoozed = null
    return next
  }
  if (next.postureClockStart !== null) next.postureClockStart = Math.min(now, next.postureClockStart + away)
  if (next.stretchClockStart !== null) next.stretchClockStart = Math.min(now, next.stretchClockStart + away)
  return next
}

/**
 * The wall clock jumped by `deltaMs` (positive: forward) while elapsed time did not (a manual or NTP correction;
 * a time-zone change is not a jump: instants stay, only local readings change). Elapsed-time anchors move with
 * it: the clocks, the away start, a snooze, a timed pause and the last showing keep their distance from now.
 */
export function onClockJump(state: SchedulerState, deltaMs: number, now: number): SchedulerState {
  if (!Number.isFinite(deltaMs) || deltaMs === 0) return state
  const move = (value: number | null) => (value === null ? null : value + deltaMs)
  return {
    ...state,
    postureClockStart: move(state.postureClockStart),
    stretchClockStart: move(state.stretchClockStart),
    awaySince: move(state.awaySince),
    pausedUntil: typeof state.pausedUntil === 'number' ? state.pausedUntil + deltaMs : state.pausedUntil,
    snoozed: state.snoozed
      ? {
          ...state.snoozed,
          until: state.snoozed.until + deltaMs,
          snoozedAt: state.snoozed.snoozedAt + deltaMs,
        }
      : null,
    lastShownAt: move(state.lastShownAt),
    // A backward jump must not leave wall-clock reminders from the "future" marked as already checked.
    lastCheckedAt: Math.min(state.lastCheckedAt, now),
  }
}

/**
 * The preferences changed. A wall-clock time the change just moved into the past is not caught up (it did not
 * exist before): such occurrences are passed over. One that was due under both (held by a pause, waiting on the
 * user) stays. A break just switched on starts its clock now; a snoozed reminder whose feature is off is dropped.
 */
export function onPrefsChanged(
  state: SchedulerState,
  previous: Calendar,
  next: Calendar,
  now: number,
): SchedulerState {
  const result = settle(state, now)
  const from = Math.max(state.lastCheckedAt + 1, now - CATCH_UP_LOOKBACK_MS)
  const before = new Set(occurrencesBetween(previous, from, now + 1).map((o) => o.key))
  const appeared = occurrencesBetween(next, from, now + 1).filter((o) => !before.has(o.key))
  result.handledKeys = withHandled(
    result.handledKeys,
    appeared.map((o) => o.key),
    now,
  )
  if (next.prefs.posture.enabled && (!previous.prefs.posture.enabled || result.postureClockStart === null)) {
    result.postureClockStart = now
  }
  if (next.prefs.stretch.enabled && (!previous.prefs.stretch.enabled || result.stretchClockStart === null)) {
    result.stretchClockStart = now
  }
  if (result.snoozed && !kindEnabled(next.prefs, result.snoozed.kind, result.snoozed.ref, next.routines))
    result.snoozed = null
  return result
}

/**
 * A break's clock starts afresh now: a sore-back plan that begins now brings its first easy walk one interval from
 * here, not at once.
 */
export function onPostureClockRestart(state: SchedulerState, now: number): SchedulerState {
  return { ...settle(state, now), postureClockStart: now }
}
