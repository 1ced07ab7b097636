// The app's two timers, never more:
// - WakeTimer: one node-schedule job for the next wall-clock moment anything needs doing, re-armed after every event.
// - WatchTimer: a plain monotonic timeout for the minute's idle sample while sampling is wanted, and otherwise the
//   clock watch (every few minutes while anything is armed). It is what notices clock changes: node-schedule waits
//   in elapsed time and re-waits when it wakes early by the wall clock, so a clock set back an hour would make its
//   job wait an hour more. Every wake-up compares wall, monotonic time and the zone, and re-arms the job.
// A wake-up that throws is logged and scheduling goes on, so one bad reminder never stops the rest.
import schedule from 'node-schedule'
import type { Disposable, Platform } from '../platform'

/** If re-arming itself fails, try again this much later rather than never. */
const RETRY_MS = 60_000
/** Wall and monotonic time drifting apart by less than this since a job was made leave its wait right. */
const STEADY_MS = 1_000

export class WakeTimer implements Disposable {
  private job: schedule.Job | null = null
  private armedFor: number | null = null
  /** Wall minus monotonic time when the job was made. */
  private armedSkew: number | null = null
  private disposed = false
  /** Counts wake-ups, for the bench and for tests that check the app sleeps when nothing is due. */
  wakeUps = 0

  constructor(
    private readonly platform: Pick<Platform, 'clock' | 'log'>,
    /** Handles a wake-up; it re-arms the timer itself (through `arm`) for whatever comes next. */
    private readonly onWake: () => void,
  ) {}

  /** When the job will fire (epoch ms), or null when none is armed. */
  get armedAt(): number | null {
    return this.armedFor
  }

  /**
   * Arms the job for `at` (a time already past fires as soon as possible); null cancels it. A job already armed
   * for that moment is kept (node-schedule makes each job expensively), unless the wall clock moved against the
   * monotonic one since (a clock change, or sleep): node-schedule's own wait is stale then.
   */
  arm(at: number | null): void {
    if (this.disposed || at === null || !Number.isFinite(at)) return this.cancel()
    const now = this.platform.clock.now()
    const skew = now - this.platform.clock.monotonic()
    const steady = this.armedSkew !== null && Math.abs(skew - this.armedSkew) < STEADY_MS
    if (this.job !== null && this.armedFor === at && steady) return
    this.cancel()
    // node-schedule refuses a date in the past, and a clock that jumped may make "now" look like the past.
    const when = Math.max(at, now + 1)
    const job: schedule.Job | null = schedule.scheduleJob(new Date(when), (): void => this.fire(job))
    if (!job) {
      this.platform.log('error', `could not arm the timer for ${new Date(when).toISOString()}`)
      return
    }
    // Belt and braces: node-schedule emits 'error' for a failing job, which would throw if nobody listened.
    job.on('error', (error: unknown) => this.platform.log('error', 'timer job failed', error))
    this.job = job
    this.armedFor = at
    this.armedSkew = skew
  }

  dispose(): void {
    this.disposed = true
    this.cancel()
  }

  private cancel(): void {
    if (this.job) {
      this.job.cancel()
      this.job.removeAllListeners()
    }
    this.job = null
    this.armedFor = null
  }

  private fire(job: schedule.Job | null): void {
    if (job !== this.job || this.disposed) return
    this.job = null
    this.armedFor = null
    this.wakeUps++
    try {
      this.onWake()
    } catch (error) {
      this.platform.log('error', 'a scheduled wake-up failed; scheduling goes on', error)
      // The handler may have failed before re-arming: never leave the app without a next wake-up.
      if (this.job === null) this.arm(this.platform.clock.now() + RETRY_MS)
    }
  }
}

/** The longest the watch timer waits. */
const WATCH_MAX_WAIT_MS = 5 * 60_000

/** A monotonic one-shot timer (setTimeout, unref'd) for the sample and the watch; re-arming to the same moment keeps it. */
export class WatchTimer implements Disposable {
  private handle: ReturnType<typeof setTimeout> | null = null
  private dueMono: number | null = null
  private disposed = false
  /** Counts wake-ups, for the bench. */
  wakeUps = 0

  constructor(
    private readonly platform: Pick<Platform, 'clock' | 'log'>,
    private readonly onWake: () => void,
  ) {}

  /** When the sample is due on the monotonic clock, or null when none is armed. */
  get armedAt(): number | null {
    return this.dueMono
  }

  /** Arms for monotonic time `at` (waiting at most WATCH_MAX_WAIT_MS; a past time fires at once); null cancels. */
  arm(at: number | null): void {
    if (this.disposed || at === null || !Number.isFinite(at)) {
      this.cancel()
      return
    }
    const mono = this.platform.clock.monotonic()
    const delay = Math.min(Math.max(0, Math.ceil(at - mono)), WATCH_MAX_WAIT_MS)
    const due = mono + delay
    // Already armed for (about) then: keep it rather than churn timers at every event.
    if (this.handle !== null && this.dueMono !== null && Math.abs(this.dueMono - due) < 1) return
    this.cancel()
    const handle = setTimeout(() => this.fire(handle), delay)
    // Node's timers can be unref'd (the app's own wake-ups never keep the process alive); a browser's cannot.
    if (typeof handle === 'object' && 'unref' in handle) handle.unref()
    this.handle = handle
    this.dueMono = due
  }

  dispose(): void {
    this.disposed = true
    this.cancel()
  }

  private cancel(): void {
    if (this.handle !== null) clearTimeout(this.handle)
    this.handle = null
    this.dueMono = null
  }

  private fire(handle: ReturnType<typeof setTimeout>): void {
    if (handle !== this.handle || this.disposed) return
    this.handle = null
    this.dueMono = null
    this.wakeUps++
    try {
      this.onWake()
    } catch (error) {
      this.platform.log('error', 'a watch wake-up failed; the watch goes on', error)
    }
  }
}
