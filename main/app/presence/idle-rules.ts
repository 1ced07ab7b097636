// The rules for reading idle time: which readings make sense, whether this session's idle time can be trusted at
// all (some Linux sessions report 0 forever, XWayland among them), and when input proves a "locked" user is back.
// Pure data and rules; presence.ts applies them. Nothing here is remembered across sessions: it is learned anew.
import type { AppStatus } from '../ipc-contract'

export type IdleDetection = AppStatus['idleDetection']

/** Idle is sampled at most this often, and only while a posture or stretch clock runs (or to notice a return). */
export const SAMPLE_EVERY_MS = 60_000
/** Idle reading exactly 0 this long into a lock (where it was never seen above 0) means it is not reported here. */
export const LOCK_PROBE_AFTER_MS = 2 * 60_000
/**
 * Idle reads exactly 0 at every sample only if input arrived within the second before each one. Hours of that
 * is no person: it is a session that does not report idle time.
 */
export const ZERO_RUN_SAMPLES = 60
export const ZERO_RUN_MS = 2 * 60 * 60_000
/** A reading this high during a lock shows idle time counting while the screen is locked. */
export const COUNTING_WHILE_LOCKED_SECONDS = 60
/** Input this recent (and after the lock), where idle time is seen counting during the lock, means the user is back. */
export const RECENT_INPUT_SECONDS = 60

export interface IdleWatch {
  detection: IdleDetection
  /** First and count of the current run of samples reading exactly 0. */
  zeroRunStart: number | null
  zeroRunCount: number
}

export function initialIdleWatch(): IdleWatch {
  return { detection: 'unknown', zeroRunStart: null, zeroRunCount: 0 }
}

/** A usable idle reading in seconds, or null for nonsense (negative, NaN, not a number). */
export function readIdleSeconds(raw: unknown): number | null {
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? raw : null
}

/**
 * Learns from one sample. Any reading above 0 proves idle time works. Exactly 0 while the screen has been locked
 * for minutes, or for hours of samples in a row, means it does not: natural breaks then come from lock and sleep only.
 */
export function noteIdleSample(
  watch: IdleWatch,
  seconds: number,
  now: number,
  lockedFor: number | null,
): IdleWatch {
  if (seconds > 0) return { detection: 'working', zeroRunStart: null, zeroRunCount: 0 }
  if (lockedFor !== null && lockedFor >= LOCK_PROBE_AFTER_MS && watch.detection !== 'working')
    return { ...watch, detection: 'unavailable' }
  const zeroRunStart = watch.zeroRunStart ?? now
  const zeroRunCount = watch.zeroRunCount + 1
  const unavailable = zeroRunCount >= ZERO_RUN_SAMPLES && now - zeroRunStart >= ZERO_RUN_MS
  return { zeroRunStart, zeroRunCount, detection: unavailable ? 'unavailable' : watch.detection }
}

/**
 * Whether a reading taken during a lock shows the user back at the keyboard (for desktops that report the lock but
 * never the unlock). Only where idle time was seen counting during this very lock: a session whose idle time reads
 * 0 (XWayland) must never turn a lock into a return. Then input within the last minute, after the lock, is a return.
 */
export function inputEndsLock(seconds: number, lockedForMs: number, countingThisLock: boolean): boolean {
  return countingThisLock && seconds < RECENT_INPUT_SECONDS && seconds * 1000 < lockedForMs
}
