// Walking the calendar's wall-clock occurrences for the planner: the next one to show (caught up late while still
// worth it, kept apart from the last one), those whose moment passed unseen, and those between two instants.
// The occurrences themselves (what is due each day, and until when) are in wall-clock.ts.
import type { Calendar } from './calendar'
import { PRIORITY } from './reminders'
import { handledOf, type SchedulerState } from './scheduler-state'
import { CATCH_UP_LOOKBACK_MS, type Occurrence } from './wall-clock'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
/** Shown this soon after its time, a reminder is on time (a timer may wake a little late). */
const ON_TIME_MS = MINUTE

export interface WallCandidate {
  occurrence: Occurrence
  /** When to show it: its own time, or later (caught up late, or keeping its distance from the last one). */
  at: number
}

/**
 * The next wall-clock reminder to show at or after `showFrom`, and when. One missed earlier is shown at
 * `showFrom` while still relevant, unless that step was already handled for its night at another instant (a zone
 * change moved it): then it is only shown again on time (within a minute). Nothing comes sooner than `spacedFrom`.
 */
export function nextWallClock(
  cal: Calendar,
  state: SchedulerState,
  showFrom: number,
  spacedFrom: number,
  away: boolean,
  horizon: number,
): WallCandidate | null {
  const handled = handledOf(state)
  let best: WallCandidate | null = null
  const from = Math.max(state.lastCheckedAt + 1, showFrom - CATCH_UP_LOOKBACK_MS)
  for (let day = cal.firstDayFor(from), n = 0; n < 400; day = cal.nextDay(day), n++) {
    const limit = best === null ? horizon : Math.min(horizon, best.at + 1)
    if (day.earliest >= limit) break
    for (const occurrence of day.wall) {
      if (occurrence.at < from || occurrence.at >= limit || handled.keys.has(occurrence.key)) continue
      let at = occurrence.at
      if (at <= showFrom) {
        if (away || showFrom >= occurrence.relevantUntil) continue
        // Late: not if its step was handled at another instant (a zone change moved it after it was shown).
        if (showFrom - at > ON_TIME_MS && handled.steps.has(occurrence.step)) continue
        at = showFrom
      }
      at = Math.max(at, spacedFrom)
      if (at >= occurrence.relevantUntil && at > occurrence.at) continue
      if (
        !best ||
        at < best.at ||
        (at === best.at && PRIORITY[occurrence.kind] < PRIORITY[best.occurrence.kind])
      ) {
        best = { occurrence, at }
      }
    }
  }
  return best
}

/** Occurrences whose time to be shown has passed unshown, and when to look again. */
export interface Expired {
  /** `missed` is false for a step already handled at another instant of its night: nothing was missed then. */
  occurrences: { occurrence: Occurrence; missed: boolean }[]
  /** Nothing else can expire before this instant while the handled keys stay the same. */
  nextCheckAt: number
}

/** Occurrences after `lastCheckedAt`, not handled, whose time to be shown (late) is over at `now`. */
export function expiredOccurrences(cal: Calendar, state: SchedulerState, now: number): Expired {
  const handled = handledOf(state)
  const occurrences: Expired['occurrences'] = []
  let nextCheckAt = now + 6 * HOUR
  const from = Math.max(state.lastCheckedAt + 1, now - 2 * CATCH_UP_LOOKBACK_MS)
  cal.eachOccurrence(from, now + 24 * HOUR, (occurrence) => {
    if (handled.keys.has(occurrence.key)) return
    if (occurrence.relevantUntil > now) nextCheckAt = Math.min(nextCheckAt, occurrence.relevantUntil)
    else occurrences.push({ occurrence, missed: !handled.steps.has(occurrence.step) })
  })
  return { occurrences, nextCheckAt }
}

/** The occurrences in [from, until), in time order (for comparing two sets of preferences). */
export function occurrencesBetween(cal: Calendar, from: number, until: number): Occurrence[] {
  const found: Occurrence[] = []
  cal.eachOccurrence(from, until, (occurrence) => {
    found.push(occurrence)
  })
  return found.sort((a, b) => a.at - b.at || PRIORITY[a.kind] - PRIORITY[b.kind])
}
