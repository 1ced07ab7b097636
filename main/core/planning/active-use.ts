// Active-use reminders: a posture break every `posture.everyMinutes` and a stretch every `stretch.everyMinutes`
// of active computer use, counted from each clock's last restart, only in active-use time (calendar.ts). A stretch
// break is also a posture break: a posture break falling due at most the posture break's own length before a
// stretch is not shown, the stretch comes at its time. When active-use time ends before a break falls due, both
// clocks restart when it begins again, so the first break of the morning comes one interval after wake time.
import type { Calendar } from './calendar'
import type { ActiveUseKind } from './reminders'
import type { SchedulerState } from './scheduler-state'

const MINUTE = 60_000
/** The clocks only ever need to look this far back: anything older is overdue either way. */
const CLOCK_HORIZON_MS = 36 * 60 * MINUTE

export interface Clocks {
  posture: number | null
  stretch: number | null
}

export interface ActiveEvent {
  kind: ActiveUseKind
  /** When it falls due (before `showFrom` when overdue). */
  at: number
  /** The clocks as they stand just before it (after any restart at the start of active-use time). */
  clocks: Clocks
}

/** The first posture or stretch break the clocks lead to before `limit`, honouring active-use time. */
export function nextActiveEvent(cal: Calendar, start: Clocks, limit: number): ActiveEvent | null {
  const prefs = cal.prefs
  const time = cal.active
  let posture = prefs.posture.enabled ? start.posture : null
  let stretch = prefs.stretch.enabled ? start.stretch : null
  const postureEvery = prefs.posture.everyMinutes * MINUTE
  const stretchEvery = prefs.stretch.everyMinutes * MINUTE
  const tolerance = prefs.posture.enabled ? prefs.posture.durationSeconds * 1000 : 0
  for (let guard = 0; guard < 1000; guard++) {
    // A clock started outside active-use time starts when active-use time begins.
    if (posture !== null && !time.allowed(posture)) posture = time.nextStart(posture, limit)
    if (stretch !== null && !time.allowed(stretch)) stretch = time.nextStart(stretch, limit)
    if (posture === null && stretch === null) return null
    const postureDue = posture === null ? Infinity : posture + postureEvery
    const stretchDue = stretch === null ? Infinity : stretch + stretchEvery
    const stretchWins = stretchDue <= postureDue + tolerance
    const kind = stretchWins ? 'stretch' : 'posture'
    const at = stretchWins ? stretchDue : postureDue
    if (at >= limit) return null
    const end = time.periodEnd(Math.min(posture ?? Infinity, stretch ?? Infinity), limit)
    const clocks = { posture, stretch }
    if (at < end) return { kind, at, clocks }
    // The stretch would come after active-use time ends, but the posture break it swallowed would not.
    if (stretchWins && postureDue < end) return { kind: 'posture', at: postureDue, clocks }
    // Active-use time ends before anything falls due: both clocks restart when it begins again.
    const restart = time.nextStart(end, limit)
    if (restart === null) return null
    if (posture !== null && posture < restart) posture = restart
    if (stretch !== null && stretch < restart) stretch = restart
  }
  return null
}

/**
 * The running app's next posture or stretch break for someone at the computer. Overdue (its time passed while
 * paused, or before the app looked): if active-use time began again since, the clocks restarted then; outside
 * active-use time they restart when it next begins. An overdue posture break with a stretch overdue too, or due
 * within the posture break's length, becomes that one stretch (never two breaks back to back).
 */
export function nextActiveBreak(
  cal: Calendar,
  state: SchedulerState,
  now: number,
  showFrom: number,
  horizon: number,
): ActiveEvent | null {
  const prefs = cal.prefs
  const time = cal.active
  const pausedUntil = typeof state.pausedUntil === 'number' ? state.pausedUntil : -Infinity
  // The clocks restart when a pause ends.
  const floor = Math.max(now - CLOCK_HORIZON_MS, pausedUntil)
  const clocks: Clocks = {
    posture: state.postureClockStart === null ? null : Math.max(state.postureClockStart, floor),
    stretch: state.stretchClockStart === null ? null : Math.max(state.stretchClockStart, floor),
  }
  if (clocks.posture === null && clocks.stretch === null) return null
  let active = nextActiveEvent(cal, clocks, horizon)
  if (active && active.at < showFrom) {
    let restart = time.lastStartIn(active.at, showFrom)
    if (!time.allowed(showFrom)) restart = time.nextStart(showFrom, horizon) ?? Infinity
    if (restart !== null) {
      if (restart === Infinity) return null
      const moved = (clock: number | null) => (clock === null ? null : Math.max(clock, restart))
      active = nextActiveEvent(
        cal,
        { posture: moved(clocks.posture), stretch: moved(clocks.stretch) },
        horizon,
      )
    }
  }
  if (active && active.kind === 'posture' && active.at < showFrom && active.clocks.stretch !== null) {
    const stretchDue = active.clocks.stretch + prefs.stretch.everyMinutes * MINUTE
    const tolerance = prefs.posture.durationSeconds * 1000
    if (
      prefs.stretch.enabled &&
      Math.max(stretchDue, showFrom) <= showFrom + tolerance &&
      stretchDue < time.periodEnd(showFrom, horizon)
    ) {
      active = { kind: 'stretch', at: stretchDue, clocks: active.clocks }
    }
  }
  return active
}
