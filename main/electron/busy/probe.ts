// The shape every busy probe has: one way of asking this system whether the user is busy (a full-screen
// window, a call, Do Not Disturb…), plus whether it can be asked here at all. Assembled in detection.ts.
import type { BusyDetector, BusyReason } from '../../app/platform'

export interface BusyProbe {
  /** Names the probe in logs: 'linux-fullscreen'. */
  readonly name: string
  /** The reasons this probe can report. */
  readonly reasons: readonly BusyReason[]
  /**
   * Whether this system can answer (asked once; the answer is remembered). Resolves `{ available: false, why }`
   * when it cannot; rejects only on a fault, which counts as unavailable too.
   */
  available(signal: AbortSignal): Promise<BusyDetector>
  /** The reasons that hold right now. Rejects when the system could not be asked; must stop when `signal` aborts. */
  check(signal: AbortSignal): Promise<BusyReason[]>
}

/** Rejects with the signal's reason once it aborts (for probes whose work cannot be cancelled midway). */
export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('aborted')
}
