// The app's only timer: one node-schedule job for the next moment anything needs doing, re-armed after every
// event. A wake-up that throws is logged and scheduling goes on, so one bad reminder never stops the rest.
//
// node-schedule waits in elapsed time and then re-reads the wall clock: if the clock was set back meanwhile, it
// waits the difference again. So a forward jump is noticed at the next wake-up (within a minute while a break
// clock runs), but a clock set back is noticed at the next event (lock, unlock, menu, settings) or when the wall
// clock catches up with the pending job, whichever comes first. Nothing is ever shown twice either way.
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
