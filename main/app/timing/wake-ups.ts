// What wakes the app, and when: the rules behind its two timers (wake-timers.ts), as pure functions of the moment.
// - The job (node-schedule) for the next wall-clock moment: a reminder, its heads-up, the time-out of the one on
//   screen, a therapy switch, the end of a pause.
// - The watch (monotonic): the minute's idle sample while posture or stretch time runs (or the user is away by
//   idle), and the minute's look at a reminder held while the user is busy; otherwise, while anything is armed or the user is locked out or asleep, a look every WATCH_EVERY_MS
//   so a clock or zone change is acted on within that time. When the job comes sooner, the watch waits for it
//   (plus a second): one wake-up, not two, and a job held back by a clock set back is still noticed.
// See docs/timing.md for what each wake-up does.
import { WATCH_EVERY_MS } from './clock-watch'
import { SAMPLE_EVERY_MS } from '../presence/idle-rules'

/** Something "due now" that could not be handled is looked at again this much later, so the timer never spins. */
const MIN_WAKE_GAP_MS = 1_000
/** The watch waits this long past a job due sooner than it, so the job's wake-up comes first. */
const AFTER_JOB_MS = 1_000

export interface WakeInputs {
  now: number
  mono: number
  /** Wall-clock moments something needs doing (nulls ignored). */
  moments: readonly (number | null)[]
  /** Idle is sampled every minute now. */
  sampling: boolean
  /** Idle is looked at every few minutes now (a lock that may have lost its unlock). */
  looking: boolean
  /** The machine is believed asleep: a wake-up will show it is not. */
  suspended: boolean
  lastSampleMono: number | null
  lastCheckMono: number
  /**
   * Monotonic time to look again at a reminder held while the user is busy (or to give up on the system's answer),
   * or null. While sampling every minute, the hold's look is that minute's wake-up: one wake-up, not two.
   */
  heldLook?: number | null
}

export interface WakeUps {
  /** Wall time for the node-schedule job, or null for none. */
  job: number | null
  /** Monotonic time for the watch timer, or null for none. */
  watch: number | null
}

export function nextWakeUps(input: WakeInputs): WakeUps {
  const { now, mono } = input
  let job: number | null = null
  for (const at of input.moments) if (at !== null && (job === null || at < job)) job = at
  if (job !== null && job <= now) job = now + MIN_WAKE_GAP_MS
  const held = input.heldLook == null ? null : Math.max(input.heldLook, mono + MIN_WAKE_GAP_MS)
  if (input.sampling) {
    const sample = (input.lastSampleMono ?? mono) + SAMPLE_EVERY_MS
    return { job, watch: held === null ? sample : Math.min(sample, held) }
  }
  if (job === null && held === null && !input.looking && !input.suspended) return { job, watch: null }
  let watch = input.lastCheckMono + WATCH_EVERY_MS
  if (held !== null) watch = Math.min(watch, held)
  if (job !== null && mono + (job - now) <= watch) watch = mono + (job - now) + AFTER_JOB_MS
  return { job, watch }
}

/**
 * Whether idle time is sampled every minute: while the user is away by idle (to notice the return), or while a
 * posture or stretch clock runs in active-use time. Never while paused, locked or asleep.
 */
export function samplingWanted(now: {
  paused: boolean
  locked: boolean
  suspended: boolean
  idleAway: boolean
  breakClocks: boolean
  activeUseTime: () => boolean
}): boolean {
  if (now.paused || now.locked || now.suspended) return false
  return now.idleAway || (now.breakClocks && now.activeUseTime())
}

/** Whether this wake-up should read idle time: the minute's sample, or the look during a lock. */
export function lookDue(
  input: Pick<WakeInputs, 'mono' | 'sampling' | 'looking' | 'lastSampleMono'>,
): boolean {
  if (!input.sampling && !input.looking) return false
  if (input.lastSampleMono === null) return true
  const every = input.sampling ? SAMPLE_EVERY_MS : WATCH_EVERY_MS
  return input.mono - input.lastSampleMono >= every - MIN_WAKE_GAP_MS
}
