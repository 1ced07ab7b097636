// What sitting really looks like: time at the computer each day, and the longest stretch of it without a break,
// from what Limber already knows. Presence (presence.ts, through away-and-back.ts) says when the user left and came
// back, often after the fact ("idle for 40 minutes": they left 40 minutes ago), and the history says when a break
// was done. The figures are kept per local day with the history (core/sitting.ts does the arithmetic); they are
// written when the user leaves, with every outcome recorded and when Limber stops, so a restart keeps them.
// Time while Limber is not running is not known, so it is not counted.
import { dateKeyOf } from '../../core/local-time'
import { isActiveUseKind, type ReminderKind } from '../../core/planning/reminders'
import { addActive, noteStretch, type SittingDay } from '../../core/sitting'
import type { Outcome } from './history'
import type { HistoryFile } from './history-file'

export interface SittingToday {
  /** Minutes at the computer today. */
  activeMinutes: number
  /** Today's longest stretch at the computer without a break, in minutes (the current one included). */
  longestMinutes: number
}

export class Sitting {
  /** Since when the user is at the computer; null while away. */
  private presentSince: number | null
  /** Up to when time at the computer has been added to the figures. */
  private countedTo: number
  /** Since when the current stretch without a break runs (it survives an absence shorter than a natural break). */
  private stretchSince: number
  /** When the user left; null while present. */
  private leftAt: number | null = null

  constructor(
    private readonly history: HistoryFile,
    /** How long away counts as a break (the natural-break length). */
    private readonly breakAfterMs: () => number,
    now: number,
  ) {
    this.presentSince = now
    this.countedTo = now
    this.stretchSince = now
  }

  /** The user left at `since` (it may be minutes ago: idle time tells it late). */
  left(since: number): void {
    if (this.presentSince === null) return
    this.bringUpTo(since, true)
    this.presentSince = null
    this.leftAt = since
  }

  /** The user is back at `at`: after a natural break's length away, a new stretch begins. */
  back(at: number): void {
    if (this.presentSince !== null) return
    const awayMs = this.leftAt === null ? Infinity : at - this.leftAt
    this.presentSince = at
    this.countedTo = Math.max(this.countedTo, at)
    if (awayMs >= this.breakAfterMs()) this.stretchSince = at
    this.leftAt = null
  }

  /**
   * An outcome is about to be recorded: a posture or stretch break done ends the stretch. The figures are brought
   * up to date first, so the history's write that follows carries them.
   */
  outcome(kind: ReminderKind | 'therapy', outcome: Outcome, at: number): void {
    if (this.presentSince === null) return
    this.bringUpTo(at, false)
    if (isActiveUseKind(kind) && outcome === 'done') this.stretchSince = Math.max(this.stretchSince, at)
  }

  /** Adds the time at the computer up to `to`; `write` puts it in the history file now. */
  bringUpTo(to: number, write: boolean): void {
    let days = this.history.sitting
    if (this.presentSince !== null && to > this.countedTo) {
      days = noteStretch(addActive(days, this.countedTo, to), this.stretchSince, to)
      this.countedTo = to
    }
    this.history.setSitting({ ...days }, write)
  }

  /** Today's figures, the time since the last count included (nothing is written). */
  today(now: number): SittingToday {
    let days: Readonly<Record<string, SittingDay>> = this.history.sitting
    if (this.presentSince !== null && now > this.countedTo) {
      days = noteStretch(addActive(days, this.countedTo, now), this.stretchSince, now)
    }
    const today = days[dateKeyOf(new Date(now))]
    return {
      activeMinutes: Math.floor((today?.active ?? 0) / 60),
      longestMinutes: Math.floor((today?.longest ?? 0) / 60),
    }
  }

  /** The wall clock moved by `skew` without time passing: nothing was sat or stood in that jump. */
  shift(skew: number): void {
    if (this.presentSince !== null) this.presentSince += skew
    this.countedTo += skew
    this.stretchSince += skew
    if (this.leftAt !== null) this.leftAt += skew
  }
}
