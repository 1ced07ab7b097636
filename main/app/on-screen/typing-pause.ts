// A break window that opens by itself (no notification support, or a notification that failed) must not land in
// the middle of a sentence: it waits for a pause in typing (no input for TYPING_PAUSE_S), at most MAX_WAIT_MS, and
// then opens without taking the keyboard. This keeps the wait: when it began, and when to read idle time again.
import { readIdleSeconds } from '../presence/idle-rules'
import type { Platform } from '../platform'

/** Seconds without keyboard or mouse input that count as a pause in typing. */
export const TYPING_PAUSE_S = 2
/** The window opens after this long however the user types. */
export const MAX_WAIT_MS = 60_000

export class TypingPause {
  private waiting: { since: number; lookAt: number } | null = null
  private readFailed = false

  constructor(private readonly platform: Pick<Platform, 'idleSeconds' | 'log'>) {}

  /** Starts waiting at `now`; answers true when the pause is already there (the window may open at once). */
  begin(now: number): boolean {
    this.waiting = { since: now, lookAt: now }
    return this.come(now)
  }

  get active(): boolean {
    return this.waiting !== null
  }

  /** Wall time to read idle time again, or null when nothing waits. */
  get lookAt(): number | null {
    return this.waiting?.lookAt ?? null
  }

  /**
   * Whether the pause has come (or the wait is over) at `now`; then the wait ends. Otherwise the next look is
   * planned for the earliest moment the pause could have come: idle time is counted in whole seconds.
   */
  come(now: number): boolean {
    const waiting = this.waiting
    if (!waiting) return false
    if (now < waiting.lookAt) return false
    const deadline = waiting.since + MAX_WAIT_MS
    const idle = this.idleSeconds()
    if (now >= deadline || (idle !== null && idle >= TYPING_PAUSE_S)) {
      this.waiting = null
      return true
    }
    const wait = (TYPING_PAUSE_S - (idle ?? 0)) * 1000
    waiting.lookAt = Math.min(deadline, now + Math.max(1_000, wait))
    return false
  }

  cancel(): void {
    this.waiting = null
  }

  /** Moves the wait with a wall-clock change, so it keeps its length. */
  shift(skew: number): void {
    if (!this.waiting) return
    this.waiting.since += skew
    this.waiting.lookAt += skew
  }

  private idleSeconds(): number | null {
    try {
      return readIdleSeconds(this.platform.idleSeconds())
    } catch (error) {
      // Then the window waits its minute; said once.
      if (!this.readFailed)
        this.platform.log('warn', 'could not read idle time to wait for a typing pause', error)
      this.readFailed = true
      return null
    }
  }
}
