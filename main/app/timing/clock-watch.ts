// The clock watch: at every wake-up, compares wall time with monotonic time (a difference is someone changing the
// clock) and the time zone with the one seen before (travel, or a correction). It needs no idle sampling: any
// wake-up will do, and the app keeps one coming every few minutes while anything is armed (docs/timing.md).
import type { Platform } from '../platform'

/** Wall time moving this much more or less than elapsed time is a clock change, not timer lateness. */
const CLOCK_JUMP_TOLERANCE_MS = 60_000
/** While anything is armed and no idle sampling wakes the app, the watch looks at least this often. */
export const WATCH_EVERY_MS = 5 * 60_000

/**
 * Two fixed instants, mid-winter and mid-summer in both hemispheres: with the offset now, their offsets tell one
 * zone's rules from another's (Berlin from London, or from Lagos, which has no summer time) without asking Intl,
 * which is slow. The zone's name is read only when they differ, for the log.
 */
const JANUARY = Date.UTC(2026, 0, 15, 12)
const JULY = Date.UTC(2026, 6, 15, 12)

export interface ClockChange {
  /** How far the wall clock moved against elapsed time since the last look (0: it did not). */
  jumpMs: number
  /** The zone, or its offset now, differs from the last look: local times must be read again. */
  zoneChanged: boolean
}

export class ClockWatch {
  private ref: { wall: number; mono: number } | null = null
  private zone: string

  constructor(private readonly platform: Pick<Platform, 'clock' | 'log' | 'syncTimeZone'>) {
    this.sync()
    this.zone = fingerprint(platform.clock.now())
  }

  /** The machine slept: wall time moved on without monotonic time. The next look starts afresh. */
  forget(): void {
    this.ref = null
  }

  /** Looks at the clocks now. */
  check(now: number): ClockChange {
    const mono = this.platform.clock.monotonic()
    const ref = this.ref
    this.ref = { wall: now, mono }
    let jumpMs = 0
    if (ref) {
      const skew = now - ref.wall - (mono - ref.mono)
      if (Math.abs(skew) >= CLOCK_JUMP_TOLERANCE_MS) jumpMs = skew
    }
    this.sync()
    const zone = fingerprint(now)
    const zoneChanged = zone !== this.zone
    if (zoneChanged) {
      const rulesChanged = zone.slice(zone.indexOf('|')) !== this.zone.slice(this.zone.indexOf('|'))
      this.zone = zone
      this.platform.log(
        'info',
        rulesChanged
          ? `the time zone is now ${zoneName()}; re-planning`
          : 'the UTC offset changed (summer or winter time); re-planning',
      )
    }
    return { jumpMs, zoneChanged }
  }

  private sync(): void {
    try {
      this.platform.syncTimeZone?.()
    } catch (error) {
      this.platform.log('warn', 'could not bring the time zone up to date', error)
    }
  }
}

/** The offsets now, in January and in July, in minutes: equal for one zone at one moment of its year. */
function fingerprint(now: number): string {
  const offset = (t: number) => new Date(t).getTimezoneOffset()
  return `${offset(now)}|${offset(JANUARY)}|${offset(JULY)}`
}

function zoneName(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone
  } catch {
    return 'unknown'
  }
}
