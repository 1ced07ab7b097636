// Presence and idle: whether the user is at the computer, from power events (lock, sleep) and idle samples, healed
// when the OS loses an event. A lost `resume` is inferred, never waited for: from an unlock, from a wake-up a
// minute or more (monotonic) after the suspend or with input since it, or from the user acting on Limber. A lock counts as away until the
// unlock; only on a desktop that has not reported an unlock this session, and only where idle time was seen
// counting during this very lock, is fresh input taken for a lost unlock. Idle detection is learned anew each
// session, and a failing idle source is said once and shown as "unavailable".
import { logEvent } from '../log-events'
import {
  COUNTING_WHILE_LOCKED_SECONDS,
  LOCK_PROBE_AFTER_MS,
  initialIdleWatch,
  inputEndsLock,
  noteIdleSample,
  readIdleSeconds,
  type IdleDetection,
} from './idle-rules'
import type { Platform, PowerEvent } from '../platform'
import type { Preferences } from '../../core/preferences/index'

export interface PresenceListener {
  /** The user left at `since` (idle, lock or sleep). */
  left(since: number): void
  /**
   * Something that kept the user away ended at `at`; they are back if nothing else keeps them away. Answers true
   * when they are back: the return is then this minute's look at the user.
   */
  ended(at: number): boolean
  /** The machine woke (reported or inferred): the wall clock moved on without the monotonic one. */
  woke(): void
}

/** A wake-up this long (monotonic) after a suspend event shows the machine running again. */
const RESUME_INFERRED_AFTER_MS = 60_000

export class Presence {
  private isLocked = false
  private isSuspended = false
  /** Away because idle time reached the natural-break threshold. */
  private isIdleAway = false
  /** Monotonic time of the last look at the user (an idle sample, or their return). */
  private lastLookMono: number | null = null
  private lockedAt: number | null = null
  /** What the looks during this lock learned: nothing yet, idle time counts while locked, or it does not. */
  private lockLook: 'probe' | 'counting' | 'not-counting' = 'probe'
  /** This session's desktop has reported an unlock: it reports them, so input never stands in for one. */
  private unlockSeen = false
  private suspendedMono: number | null = null
  /** A resume came with no suspend before it: the wall clock's jump the next look finds is that sleep. */
  private resumeUnannounced = false
  private idle = initialIdleWatch()
  private sourceFailing = false

  constructor(
    private readonly platform: Pick<Platform, 'clock' | 'idleSeconds' | 'log'>,
    private readonly listener: PresenceListener,
    private readonly naturalBreaks: () => Preferences['naturalBreaks'],
  ) {}

  get locked(): boolean {
    return this.isLocked
  }

  get suspended(): boolean {
    return this.isSuspended
  }

  /** Away because idle time reached the natural-break threshold. */
  get idleAway(): boolean {
    return this.isIdleAway
  }

  /** Monotonic time of the last look at the user: an idle sample, or their return. */
  get lastSampleMono(): number | null {
    return this.lastLookMono
  }

  get away(): boolean {
    return this.isLocked || this.isSuspended || this.isIdleAway
  }

  get detection(): IdleDetection {
    return this.sourceFailing ? 'unavailable' : this.idle.detection
  }

  onPower(event: PowerEvent, now: number): void {
    switch (event) {
      case 'suspend':
        this.isSuspended = true
        this.suspendedMono = this.platform.clock.monotonic()
        this.listener.left(now)
        return
      case 'resume':
        // A resume with no suspend before it (the suspend was lost): the clock watch's next look measures the sleep.
        if (this.isSuspended) this.resume(now)
        else this.resumeUnannounced = true
        return
      case 'lock-screen':
        if (!this.isLocked) this.lockLook = 'probe'
        this.isLocked = true
        this.lockedAt = now
        this.listener.left(now)
        return
      case 'unlock-screen':
        this.unlockSeen = true
        // The screen cannot be unlocked on a sleeping machine: a lost resume.
        if (this.isSuspended) this.resume(now)
        this.unlock(now)
        return
      case 'time-zone-changed':
        return
    }
  }

  /**
   * A wake-up while the machine seems asleep: a minute or more of monotonic progress since the suspend means it
   * runs again; so does input since the suspend, where idle time is known to work.
   */
  noteRunning(now: number): void {
    if (!this.isSuspended || this.suspendedMono === null) return
    const since = this.platform.clock.monotonic() - this.suspendedMono
    if (since < RESUME_INFERRED_AFTER_MS && !(this.idle.detection === 'working' && this.inputWithin(since)))
      return
    logEvent(this.platform, { event: 'resume-inferred' })
    this.resume(now)
  }

  /**
   * The clock watch's look: the wall clock jumped `gapMs` (0: it did not) without monotonic time, with no suspend
   * reported. When idle time shows no input all that while, or a resume came alone, the machine slept (a lid
   * closed, its events lost): the user left when it began and the machine woke now, as a reported suspend and
   * resume would say. Answers whether it was sleep; otherwise a jump is a clock change (someone set the clock).
   */
  sleptThrough(gapMs: number, now: number): boolean {
    const reported = this.resumeUnannounced
    this.resumeUnannounced = false
    if (gapMs <= 0 || this.isSuspended || !(reported || this.idleCovers(gapMs))) return false
    logEvent(this.platform, { event: 'sleep-inferred', seconds: Math.round(gapMs / 1000) })
    this.listener.left(now - gapMs)
    this.listener.woke()
    this.back(now)
    return true
  }

  /** Whether idle time shows no input for at least the last `ms` (a failing read says no). */
  private idleCovers(ms: number): boolean {
    try {
      const seconds = readIdleSeconds(this.platform.idleSeconds())
      return seconds !== null && seconds * 1000 >= ms
    } catch {
      return false
    }
  }

  /** Whether idle time shows input within the last `ms` (a failing read says no). */
  private inputWithin(ms: number): boolean {
    try {
      const seconds = readIdleSeconds(this.platform.idleSeconds())
      return seconds !== null && seconds * 1000 < ms
    } catch {
      return false
    }
  }

  /** The user acted on Limber (tray, command line, a window): they are at an awake, unlocked computer. */
  userActed(now: number): void {
    if (this.isSuspended) this.resume(now)
    if (this.isLocked) this.unlock(now)
    if (this.isIdleAway) {
      this.isIdleAway = false
      this.back(now)
    }
  }

  /** Whether to look at idle time during this lock (at the watch's wake-ups): to learn, or to catch a lost unlock. */
  get lockLookWanted(): boolean {
    return this.isLocked && !this.isSuspended && !this.unlockSeen && this.lockLook !== 'not-counting'
  }

  /** Reads idle time once and acts on it. */
  sample(now: number): void {
    this.lastLookMono = this.platform.clock.monotonic()
    let seconds: number | null
    try {
      const raw: unknown = this.platform.idleSeconds()
      seconds = readIdleSeconds(raw)
      if (seconds === null) throw new TypeError(`idle time read as ${String(raw).slice(0, 40)}`)
    } catch (error) {
      if (!this.sourceFailing) {
        this.sourceFailing = true
        logEvent(this.platform, { event: 'idle-unreadable' }, error)
      }
      return
    }
    if (this.sourceFailing) {
      this.sourceFailing = false
      logEvent(this.platform, { event: 'idle-readable-again' })
    }
    const lockedFor = this.isLocked && this.lockedAt !== null ? now - this.lockedAt : null
    this.idle = noteIdleSample(this.idle, seconds, now, lockedFor)
    if (lockedFor !== null) return this.lockSample(seconds, now, lockedFor)
    const natural = this.naturalBreaks()
    if (this.isSuspended || !natural.enabled) return
    const threshold = natural.idleMinutes * 60
    if (!this.isIdleAway && seconds >= threshold) {
      this.isIdleAway = true
      this.listener.left(now - seconds * 1000)
    } else if (this.isIdleAway && seconds < threshold) {
      this.isIdleAway = false
      this.back(now - seconds * 1000)
    }
  }

  private lockSample(seconds: number, now: number, lockedFor: number): void {
    if (this.isSuspended || this.unlockSeen) return
    if (inputEndsLock(seconds, lockedFor, this.lockLook === 'counting')) {
      // Some Linux desktops report the lock but never the unlock: input since the lock means the user is back.
      logEvent(this.platform, { event: 'unlock-inferred' })
      this.unlock(now - seconds * 1000)
    } else if (seconds >= COUNTING_WHILE_LOCKED_SECONDS) {
      this.lockLook = 'counting'
    } else if (this.lockLook === 'probe' && lockedFor >= LOCK_PROBE_AFTER_MS) {
      this.lockLook = 'not-counting'
    }
  }

  /** The wall clock moved by `skew` without time passing: the lock keeps its elapsed length. */
  shift(skew: number): void {
    if (this.lockedAt !== null) this.lockedAt += skew
  }

  /** Awake: back, unless still locked. An away that idle time started ends too: a sleeping machine sees no input. */
  private resume(now: number): void {
    const was = this.isSuspended
    this.isSuspended = false
    this.suspendedMono = null
    this.listener.woke()
    if (was) {
      this.isIdleAway = false
      this.back(now)
    }
  }

  /** Unlocked: back at once, even when idle time started the away before the lock (an unlock takes a password). */
  private unlock(at: number): void {
    const was = this.isLocked || this.isIdleAway
    this.isLocked = false
    this.lockedAt = null
    this.isIdleAway = false
    if (was) this.back(at)
  }

  /** Tells the listener that something keeping the user away ended; their return is this minute's look. */
  private back(at: number): void {
    if (this.listener.ended(at)) this.lastLookMono = this.platform.clock.monotonic()
  }
}
