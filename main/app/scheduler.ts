// The app's two timers, never more:
// - WakeTimer: one node-schedule job for the next wall-clock moment anything needs doing, re-armed after every event.
// - SampleTimer: a plain monotonic timeout (at most a minute) for the idle sample, alive only while sampling is
//   wanted. It is also what notices clock changes: node-schedule waits in elapsed time and then re-reads the wall
//   clock, so a clock set back an hour would make its job wait an hour more. The sample compares wall and monotonic
//   time, and a jump re-plans and re-arms the job, so the right reminder comes within a minute of its right time.
// A wake-up that throws is logged and scheduling goes on, so one bad reminder never stops the rest.
import schedule from 'node-schedule'
import type { Disposable, Platform } from './platform'

/** If re-arming itself fails, try again this much later rather than never. */
const RETRY_MS = 60_000

export class WakeTimer implements Disposable {
  private job: schedule.Job | null = null
  private armedFor: number | null = null
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

  /** Replaces the job with one for `at` (a time already past fires as soon as possible); null cancels it. */
  arm(at: number | null): void {
    this.cancel()
    if (this.disposed || at === null || !Number.isFinite(at)) return
    // node-schedule refuses a date in the past, and a clock that jumped may make "now" look like the past.
    const when = Math.max(at, this.platform.clock.now() + 1)
    const job: schedule.Job | null = schedule.scheduleJob(new Date(when), (): void => this.fire(job))
    if (!job) {
      this.platform.log('error', `could not arm the timer for ${new Date(when).toISOString()}`)
      return
    }
    // Belt and braces: node-schedule emits 'error' for a failing job, which would throw if nobody listened.
    job.on('error', (error: unknown) => this.platform.log('error', 'timer job failed', error))
    this.job = job
    this.armedFor = when
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

/** The longest a sample timer waits. */
export const SAMPLE_MAX_WAIT_MS = 60_000

/** A monotonic one-shot timer (setTimeout, unref'd) for the idle sample; re-arming to the same moment keeps it. */
export class SampleTimer implements Disposable {
  private handle: ReturnType<typeof setTimeout> | null = null
  private dueMono: number | null = null
  private disposed = false
  /** Counts wake-ups, for the bench. */
  wakeUps = 0

  constructor(
    private readonly platform: Pick<Platform, 'clock' | 'log'>,
    private readonly onSample: () => void,
  ) {}

  /** When the sample is due on the monotonic clock, or null when none is armed. */
  get armedAt(): number | null {
    return this.dueMono
  }

  /** Arms for monotonic time `at` (waiting at most SAMPLE_MAX_WAIT_MS; a past time fires at once); null cancels. */
  arm(at: number | null): void {
    if (this.disposed || at === null || !Number.isFinite(at)) {
      this.cancel()
      return
    }
    const mono = this.platform.clock.monotonic()
    const delay = Math.min(Math.max(0, Math.ceil(at - mono)), SAMPLE_MAX_WAIT_MS)
    const due = mono + delay
    // Already armed for (about) then: keep it rather than churn timers at every event.
    if (this.handle !== null && this.dueMono !== null && Math.abs(this.dueMono - due) < 1) return
    this.cancel()
    const handle = setTimeout(() => this.fire(handle), delay)
    ;(handle as { unref?: () => unknown }).unref?.()
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
      this.onSample()
    } catch (error) {
      this.platform.log('error', 'an idle sample failed; sampling goes on', error)
    }
  }
}
