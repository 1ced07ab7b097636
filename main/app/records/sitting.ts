// What sitting really looks like: time at the computer each day, the longest stretch of it without a break and the
// long sitting bouts, from what Limber already knows (no sampling of its own). Presence (presence.ts, through
// away-and-back.ts) says when the user left and came back, often after the fact ("idle for 40 minutes": they left
// 40 minutes ago), and the history says when a break was done. The figures are kept per local day with the
// history (core/sitting.ts does the arithmetic).
//
// The figures are settled up to the last moment the user is known to have been at the computer and then gone, or
// to have ended a stretch with a break; the span since is added on top whenever the figures are read or written.
// So a departure told late takes back the minutes it turns out nobody sat: time away is never counted. They are
// written when the user leaves, with every outcome recorded and when Limber stops, so a restart keeps them. Time
// while Limber is not running is not known, so it is not counted.
import { dateKeyOf, type DateKey } from '../../core/local-time'
import { isActiveUseKind, type ReminderKind } from '../../core/planning/reminders'
import { sat, type RunningStretch, type SittingDay } from '../../core/sitting'
import { boundDays } from './day-records'
import type { Outcome } from './history'
import type { HistoryFile } from './history-file'

export interface SittingToday {
  /** Minutes at the computer today. */
  activeMinutes: number
  /** Today's longest stretch at the computer without a break, in minutes (the current one included). */
  longestMinutes: number
  /** Today's long sitting bouts (the current one included once it is long). */
  longBouts: number
}

export class Sitting {
  /** The figures up to `spanFrom` (or up to when the user left). */
  private settled: Readonly<Record<DateKey, SittingDay>>
  /** The current stretch as of the settled figures. */
  private stretch: RunningStretch
  /** Since when the user is at the computer unsettled; null while away. */
  private spanFrom: number | null
  /** When the user left; null while present. */
  private leftAt: number | null = null

  constructor(
    private readonly history: HistoryFile,
    /** How long away counts as a break (the natural-break length). */
    private readonly breakAfterMs: () => number,
    now: number,
  ) {
    this.settled = history.sitting
    this.spanFrom = now
    this.stretch = { since: now, counted: [] }
  }

  /** The user left at `since` (it may be minutes ago: idle time tells it late). */
  left(since: number): void {
    if (this.spanFrom === null) return
    this.settle(since)
    this.spanFrom = null
    this.leftAt = since
    this.history.setSitting({ ...this.settled }, true)
  }

  /** The user is back at `at`: after a natural break's length away, a new stretch begins. */
  back(at: number): void {
    if (this.spanFrom !== null) return
    const awayMs = this.leftAt === null ? Infinity : at - this.leftAt
    this.spanFrom = Math.max(at, this.leftAt ?? at)
    if (awayMs >= this.breakAfterMs()) this.stretch = { since: this.spanFrom, counted: [] }
    this.leftAt = null
  }

  /**
   * An outcome is about to be recorded: a posture or stretch break done ends the stretch. The figures are brought
   * up to date first, so the history's write that follows carries them.
   */
  outcome(kind: ReminderKind | 'therapy', outcome: Outcome, at: number): void {
    if (this.spanFrom === null) return
    if (isActiveUseKind(kind) && outcome === 'done') {
      this.settle(at)
      this.spanFrom = Math.max(this.spanFrom, at)
      this.stretch = { since: Math.max(this.stretch.since, at), counted: [] }
    }
    this.bringUpTo(at, false)
  }

  /** Puts the figures up to `to` in the history; `write` writes the file now. */
  bringUpTo(to: number, write: boolean): void {
    this.history.setSitting(this.figuresAt(to), write)
  }

  /** Today's figures, the time since the last count included (nothing is written). */
  today(now: number): SittingToday {
    const today = this.figuresAt(now)[dateKeyOf(new Date(now))]
    return {
      activeMinutes: Math.floor((today?.active ?? 0) / 60),
      longestMinutes: Math.floor((today?.longest ?? 0) / 60),
      longBouts: today?.longBouts ?? 0,
    }
  }

  /** Seconds at the computer today up to `now`, and whether the user is at it now (for the daily limit). */
  activeToday(now: number): { seconds: number; present: boolean } {
    const today = this.figuresAt(now)[dateKeyOf(new Date(now))]
    return { seconds: today?.active ?? 0, present: this.spanFrom !== null }
  }

  /** The wall clock moved by `skew` without time passing: nothing was sat or stood in that jump. */
  shift(skew: number): void {
    if (this.spanFrom !== null) this.spanFrom += skew
    this.stretch = { ...this.stretch, since: this.stretch.since + skew }
    if (this.leftAt !== null) this.leftAt += skew
  }

  /** The settled figures with the unsettled span up to `to` on top. */
  private figuresAt(to: number): Record<DateKey, SittingDay> {
    if (this.spanFrom === null || to <= this.spanFrom) return { ...this.settled }
    return sat(this.settled, this.spanFrom, to, this.stretch).days
  }

  /** Settles the span up to `to` (never before where it starts). */
  private settle(to: number): void {
    if (this.spanFrom === null) return
    const end = Math.max(to, this.spanFrom)
    const next = sat(this.settled, this.spanFrom, end, this.stretch)
    this.settled = boundDays(next.days)
    this.stretch = next.stretch
    this.spanFrom = end
  }
}
