// The user leaving and coming back, as presence.ts reports it: nothing is shown to an empty room, the time away
// is a natural break when long enough, and a reminder on screen waits for the return — unless its moment is gone
// by then (it is recorded `missed`).
import { nextDue } from '../../core/planning/next-due'
import { isActiveUseKind } from '../../core/planning/reminders'
import type { Preferences } from '../../core/preferences/index'
import type { OnScreen } from '../on-screen/on-screen'
import type { HistoryFile } from '../records/history-file'
import type { Sitting } from '../records/sitting'
import type { ClockWatch } from '../timing/clock-watch'
import type { Schedule } from '../timing/schedule'
import type { PresenceListener } from './presence'

const MINUTE = 60_000

/** What the comings and goings change or read, and nothing more. */
export interface AwayPort {
  schedule: Pick<Schedule, 'state' | 'calendar' | 'apply'>
  screen: Pick<OnScreen, 'current' | 'headsUp' | 'userLeft' | 'userBack' | 'end'>
  sitting: Pick<Sitting, 'left' | 'back'>
  history: Pick<HistoryFile, 'record'>
  clockWatch: Pick<ClockWatch, 'forget'>
  /** The stored preferences (natural breaks). */
  prefs(): Preferences
  /** Something else still keeps the user away (presence.ts). */
  stillAway(): boolean
  now(): number
}

export class AwayAndBack implements PresenceListener {
  /** The break that was coming when the user left; counted as taken if its time passed while they were away. */
  private pending: { kind: 'posture' | 'stretch'; at: number } | null = null

  constructor(private readonly port: AwayPort) {}

  left(since: number): void {
    const { schedule, screen } = this.port
    if (schedule.state.awaySince !== null) return
    this.port.sitting.left(since)
    const calendar = schedule.calendar
    const coming = nextDue(calendar, schedule.state, since)
    // Only a break that was coming within its own interval counts: a night asleep is not a posture break done.
    this.pending =
      coming &&
      isActiveUseKind(coming.kind) &&
      coming.at - since <= calendar.prefs[coming.kind].everyMinutes * MINUTE
        ? { kind: coming.kind, at: coming.at }
        : null
    screen.headsUp.close()
    screen.userLeft(since)
    schedule.apply({ type: 'away', since }, since)
  }

  ended(at: number): boolean {
    const { schedule, screen } = this.port
    const awaySince = schedule.state.awaySince
    if (this.port.stillAway() || awaySince === null) return false
    this.port.sitting.back(at)
    const now = this.port.now()
    const awayMs = Math.max(0, at - awaySince)
    const prefs = this.port.prefs()
    const natural = prefs.naturalBreaks.enabled && awayMs >= prefs.naturalBreaks.idleMinutes * MINUTE
    schedule.apply({ type: 'back', at, awayMs }, at)
    screen.userBack(at)
    const showing = screen.current
    if (showing && isActiveUseKind(showing.kind)) {
      if (natural) screen.end('away', now)
    } else if (showing) {
      // Unseen is not answered: it waited for the user, unless its moment is gone.
      if (now >= (showing.reminder.relevantUntil ?? Infinity)) screen.end('missed', now)
    } else if (natural && this.pending && this.pending.at <= at) {
      this.port.history.record(this.pending.kind, 'away', at)
    }
    this.pending = null
    return true
  }

  woke(): void {
    this.port.clockWatch.forget()
  }

  /** The wall clock moved by `skew` without time passing. */
  shift(skew: number): void {
    if (this.pending) this.pending = { ...this.pending, at: this.pending.at + skew }
  }
}
