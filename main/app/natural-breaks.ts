// Time away from the computer: whether the user is here (idle samples, screen lock, sleep) and whether this
// session's idle time can be trusted at all (some Linux sessions report 0 forever). Pure data and rules.
import type { AppStatus } from './ipc-contract'

export type IdleDetection = AppStatus['idleDetection']

/** Idle is sampled at most this often, and only while a posture or stretch clock runs (or to notice a return). */
export const SAMPLE_EVERY_MS = 60_000
/** One extra sample this long after the screen locks, while we do not yet know whether idle time works. */
export const LOCK_PROBE_AFTER_MS = 2 * 60_000
/**
 * Idle reads exactly 0 at every sample only if input arrived within the second before each one. Hours of that
 * is no person: it is a session that does not report idle time.
 */
/**
 * While the screen is locked and idle time is known to work, idle is looked at this often anyway: some Linux
 * desktops report the lock but never the unlock, and recent input is then the only sign that the user is back.
 */
export const LOCKED_SAMPLE_EVERY_MS = 5 * 60_000
/** Input this recent (and after the lock) while we think the screen is locked means the user is back. */
export const RECENT_INPUT_SECONDS = 60
export const ZERO_RUN_SAMPLES = 60
export const ZERO_RUN_MS = 2 * 60 * 60_000

export interface Presence {
  locked: boolean
  /** Epoch ms the screen locked (for the probe). */
  lockedAt: number | null
  suspended: boolean
  /** Away because idle reached the threshold; the absence started at the last input before it. */
  idleAway: boolean
}

export const PRESENT: Presence = { locked: false, lockedAt: null, suspended: false, idleAway: false }

export function isAway(presence: Presence): boolean {
  return presence.locked || presence.suspended || presence.idleAway
}

export interface IdleWatch {
  detection: IdleDetection
  /** First and count of the current run of samples reading exactly 0. */
  zeroRunStart: number | null
  zeroRunCount: number
  /** Whether this lock period was probed already. */
  lockProbed: boolean
}

export function initialIdleWatch(detection: unknown = 'unknown'): IdleWatch {
  const known = detection === 'working' || detection === 'unavailable' ? detection : 'unknown'
  return { detection: known, zeroRunStart: null, zeroRunCount: 0, lockProbed: false }
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
  if (seconds > 0) return { ...watch, detection: 'working', zeroRunStart: null, zeroRunCount: 0 }
  // Only while not yet known to work: a working counter reading 0 during a "lock" is a user typing (see below).
  if (lockedFor !== null && lockedFor >= LOCK_PROBE_AFTER_MS && watch.detection !== 'working')
    return { ...watch, detection: 'unavailable' }
  const zeroRunStart = watch.zeroRunStart ?? now
  const zeroRunCount = watch.zeroRunCount + 1
  const unavailable = zeroRunCount >= ZERO_RUN_SAMPLES && now - zeroRunStart >= ZERO_RUN_MS
  return { ...watch, zeroRunStart, zeroRunCount, detection: unavailable ? 'unavailable' : watch.detection }
}

/** Whether to take the one probe sample of a lock period now (only while idle time is not known to work). */
export function lockProbeAt(watch: IdleWatch, presence: Presence): number | null {
  if (!presence.locked || presence.suspended || watch.lockProbed || watch.detection === 'working') return null
  return presence.lockedAt === null ? null : presence.lockedAt + LOCK_PROBE_AFTER_MS
}

/**
 * Whether a sample taken while we think the screen is locked shows the user back at the keyboard: input within the
 * last minute and after the lock. A reading of 0 counts only where idle time is known to work (`detection` as it was
 * before this sample), since broken sessions read 0 forever.
 */
export function inputWhileLocked(
  seconds: number,
  lockedFor: number | null,
  detection: IdleDetection,
): boolean {
  if (lockedFor === null || seconds >= RECENT_INPUT_SECONDS || seconds * 1000 >= lockedFor) return false
  return seconds > 0 || detection === 'working'
}
