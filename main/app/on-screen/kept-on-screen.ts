// The reminder on screen across a restart: what the state file keeps of it (read back by its schema), and what a
// restart makes of it. Every reminder shown ends with exactly one outcome: one still relevant when Limber is back
// is shown again (it then ends as any reminder does); one whose moment is gone is recorded `missed`.
import Type, { type Static } from 'typebox'
import Value from 'typebox/value'
import type { Calendar } from '../../core/planning/calendar'
import { REMINDER_KINDS, isActiveUseKind, kindEnabled } from '../../core/planning/reminders'
import { BUSY_REASONS } from '../platform'

const TEXT = Type.String({ maxLength: 200 })
const INSTANT = Type.Number({ minimum: -8.64e15, maximum: 8.64e15 })

/** The reminder on screen, as the state file keeps it. */
export const KeptOnScreenSchema = Type.Object({
  /** The reminder as the planner gave it (its key, its relevance, the break it folded in). */
  reminder: Type.Object({
    kind: Type.Enum(REMINDER_KINDS),
    key: TEXT,
    title: TEXT,
    ref: Type.Optional(TEXT),
    at: INSTANT,
    plannedAt: INSTANT,
    late: Type.Boolean(),
    snoozed: Type.Boolean(),
    relevantUntil: Type.Union([INSTANT, Type.Null()]),
    absorbs: Type.Union([Type.Enum(['posture', 'stretch'] as const), Type.Null()]),
  }),
  /** When it was put on screen. */
  shownAt: INSTANT,
  /** When it would count as unanswered with the user present; null while they were away. */
  timesOutAt: Type.Union([INSTANT, Type.Null()]),
  /** It had waited while the user was busy: how long, and why (its words say so again). */
  held: Type.Union([
    Type.Object({ ms: Type.Number({ minimum: 0 }), reason: Type.Enum(BUSY_REASONS) }),
    Type.Null(),
  ]),
})
export type KeptOnScreen = Static<typeof KeptOnScreenSchema>

/** A kept reminder read back: null for none, 'unreadable' for something that is not one. */
export function readKeptOnScreen(value: unknown): KeptOnScreen | null | 'unreadable' {
  if (value === undefined || value === null) return null
  return Value.Check(KeptOnScreenSchema, value) ? value : 'unreadable'
}

/** What the reminder on screen is now, for the state file: the same object while nothing of it changed. */
export class OnScreenKeeper {
  private last: KeptOnScreen | null = null

  of(
    showing: { reminder: KeptOnScreen['reminder']; startedAt: number; held?: KeptOnScreen['held'] } | null,
    timesOutAt: number | null,
  ): KeptOnScreen | null {
    if (!showing) return (this.last = null)
    const last = this.last
    if (
      last &&
      last.reminder.key === showing.reminder.key &&
      last.shownAt === showing.startedAt &&
      last.timesOutAt === timesOutAt
    )
      return last
    const { kind, key, title, ref, at, plannedAt, late, snoozed, relevantUntil, absorbs } = showing.reminder
    this.last = {
      reminder: {
        kind,
        key,
        title,
        ...(ref !== undefined ? { ref } : {}),
        at,
        plannedAt,
        late,
        snoozed,
        relevantUntil,
        absorbs,
      },
      shownAt: showing.startedAt,
      timesOutAt,
      held: showing.held ? { ms: showing.held.ms, reason: showing.held.reason } : null,
    }
    return this.last
  }
}

/**
 * What a restart makes of the reminder that was on screen: shown again while still relevant, else lost at `lostAt`
 * (recorded `missed` on the day it was lost). A wall-clock reminder is relevant until its moment is gone (the next
 * step of its night, an hour for a session); a posture or stretch break only until its ten minutes with the user
 * present would have run out, and only in active-use time. A kind turned off meanwhile is not shown.
 */
export function afterRestart(
  kept: KeptOnScreen,
  calendar: Calendar,
  now: number,
): { show: true } | { show: false; lostAt: number } {
  const { reminder } = kept
  const end = isActiveUseKind(reminder.kind)
    ? (kept.timesOutAt ?? kept.shownAt)
    : (reminder.relevantUntil ?? kept.shownAt)
  const relevant =
    now < end &&
    kindEnabled(calendar.prefs, reminder.kind, reminder.ref, calendar.routines) &&
    (!isActiveUseKind(reminder.kind) || calendar.isActiveUseTime(now))
  return relevant ? { show: true } : { show: false, lostAt: Math.max(kept.shownAt, Math.min(now, end)) }
}
