// Active-use time as one sorted list of intervals, built day by day as the planner asks about instants and
// remembered: outside the sleep windows and, when work hours are on, inside them. Intervals that meet at a
// midnight are merged, so every interval start is a real start of active-use time (wake time, start of work).
import type { DateKey } from '../local-time'
import type { Period } from './sleep-window'

/** What the intervals are built from: the calendar's days. */
export interface ActiveDays {
  keyAt(t: number): DateKey
  bounds(key: DateKey): Period
  next(key: DateKey): DateKey
  previous(key: DateKey): DateKey
  /** Active-use intervals within the day's bounds, sorted and disjoint. */
  activeOn(key: DateKey): readonly Period[]
}

/** A query this far from what is covered starts a new covered range rather than filling the gap. */
const FAR_DAYS = 40
/** The covered range is started afresh beyond this many days (a year of planning stays well inside memory). */
const MAX_DAYS = 800
/** No search walks further than this many days (a work week with no work days never starts). */
const SEARCH_DAYS = 60

export class ActiveTime {
  private starts: number[] = []
  private ends: number[] = []
  private firstDay: DateKey | null = null
  private lastDay: DateKey | null = null
  private coverStart = 0
  private coverEnd = 0
  private days = 0

  constructor(private readonly source: ActiveDays) {}

  /** True when posture and stretch reminders may happen at `t`. */
  allowed(t: number): boolean {
    this.cover(t)
    const i = this.indexAt(t)
    return i >= 0 && t < this.ends[i]!
  }

  /** Where the active-use period containing `t` ends (`t` itself when it is not active-use time). */
  periodEnd(t: number, limit: number): number {
    this.cover(t)
    const i = this.indexAt(t)
    if (i < 0 || t >= this.ends[i]!) return t
    for (let n = 0; n < SEARCH_DAYS && this.ends[i]! === this.coverEnd && this.coverEnd <= limit; n++) {
      this.append()
    }
    return this.ends[i]!
  }

  /** The first instant after `t` where active-use time begins, or null when none begins up to `limit`. */
  nextStart(t: number, limit: number): number | null {
    this.cover(t)
    let i = this.indexAt(t) + 1
    for (let n = 0; i >= this.starts.length; n++) {
      if (this.coverEnd > limit || n >= SEARCH_DAYS) return null
      this.append()
      i = this.indexAt(t) + 1
    }
    const start = this.starts[i]!
    return start <= limit ? start : null
  }

  /** The latest start of active-use time in (a, b], or null when none. */
  lastStartIn(a: number, b: number): number | null {
    if (!(b > a)) return null
    this.cover(a)
    this.cover(b)
    const i = this.indexAt(b)
    return i >= 0 && this.starts[i]! > a ? this.starts[i]! : null
  }

  /** Makes sure the day containing `t` is covered. */
  private cover(t: number): void {
    if (this.firstDay === null || this.days > MAX_DAYS) return this.reset(t)
    if (t < this.coverStart - FAR_DAYS * 86_400_000 || t >= this.coverEnd + FAR_DAYS * 86_400_000) {
      return this.reset(t)
    }
    while (t < this.coverStart) this.prepend()
    while (t >= this.coverEnd) this.append()
  }

  private reset(t: number): void {
    const key = this.source.keyAt(t)
    const bounds = this.source.bounds(key)
    this.starts = []
    this.ends = []
    this.firstDay = key
    this.lastDay = key
    this.coverStart = bounds.start
    this.coverEnd = bounds.end
    this.days = 1
    for (const p of this.source.activeOn(key)) {
      this.starts.push(p.start)
      this.ends.push(p.end)
    }
  }

  private append(): void {
    const key = this.source.next(this.lastDay!)
    const bounds = this.source.bounds(key)
    for (const p of this.source.activeOn(key)) {
      const last = this.ends.length - 1
      if (last >= 0 && this.ends[last] === p.start) this.ends[last] = p.end
      else {
        this.starts.push(p.start)
        this.ends.push(p.end)
      }
    }
    this.lastDay = key
    this.coverEnd = bounds.end
    this.days++
  }

  private prepend(): void {
    const key = this.source.previous(this.firstDay!)
    const bounds = this.source.bounds(key)
    const periods = this.source.activeOn(key)
    for (let k = periods.length - 1; k >= 0; k--) {
      const p = periods[k]!
      if (this.starts.length > 0 && this.starts[0] === p.end) this.starts[0] = p.start
      else {
        this.starts.unshift(p.start)
        this.ends.unshift(p.end)
      }
    }
    this.firstDay = key
    this.coverStart = bounds.start
    this.days++
  }

  /** The index of the last interval starting at or before `t` (-1 when none). */
  private indexAt(t: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (this.starts[mid]! <= t) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }
}
