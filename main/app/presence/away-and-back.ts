// The user leaving and coming back, as presence.ts reports it: nothing is shown to an empty room, the time away
// is a natural break when long enough, and a reminder on screen waits for the return — unless its moment is gone
// by then (it is recorded `missed`).
import { nextDue } from '../../core/planning/next-due'
import { isActiveUseKind } from '../../core/planning/reminders'
import { onAway, onBack } from '../../core/planning/transitions'
import type { AppCore } from '../app-core'
import type { PresenceListener } from './presence'

const MINUTE = 60_000

export class AwayAndBack implements PresenceListener {
  /** The break that was coming when the user left; counted as taken if its time passed while they were away. */
  private pending: { kind: 'posture' | 'stretch'; at: number } | null = null

  constructor(private readonly app: AppCore) {}

  left(since: number): void {
    const app = this.app
    if (app.state.awaySince !== null) return
    app.sitting.left(since)
    const coming = nextDue(app.calendar, app.state, since)
    // Only a break that was coming within its own interval counts: a night asleep is not a posture break done.
    this.pending =
      coming &&
      isActiveUseKind(coming.kind) &&
      coming.at - since <= app.calendar.prefs[coming.kind].everyMinutes * MINUTE
        ? { kind: coming.kind, at: coming.at }
        : null
    app.screen.closeHeadsUp()
    app.screen.userLeft(since)
    app.state = onAway(app.state, since)
  }

  ended(at: number): void {
    const app = this.app
    if (app.presence.away || app.state.awaySince === null) return
    app.sitting.back(at)
    const now = app.now()
    const awayMs = Math.max(0, at - app.state.awaySince)
    const natural = app.prefs.naturalBreaks.enabled && awayMs >= app.prefs.naturalBreaks.idleMinutes * MINUTE
    app.state = onBack(app.calendar, app.state, at, awayMs)
    app.screen.userBack(at)
    const showing = app.screen.current
    if (showing && isActiveUseKind(showing.kind)) {
      if (natural) app.screen.end('away', now)
    } else if (showing) {
      // Unseen is not answered: it waited for the user, unless its moment is gone.
      if (now >= (showing.reminder.relevantUntil ?? Infinity)) app.screen.end('missed', now)
    } else if (natural && this.pending && this.pending.at <= at) {
      app.history.record(this.pending.kind, 'away', at)
    }
    this.pending = null
    // The return itself is this minute's look at the user.
    app.presence.lastSampleMono = app.platform.clock.monotonic()
  }

  woke(): void {
    this.app.clockWatch.forget()
  }

  /** The wall clock moved by `skew` without time passing. */
  shift(skew: number): void {
    if (this.pending) this.pending = { ...this.pending, at: this.pending.at + skew }
  }
}
