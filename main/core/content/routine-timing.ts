// How long a stretch routine takes, as the break window runs it (renderer/break/routine.ts): get into position,
// hold, ease out (or change sides), repeat. Main needs the same figure to let a firm break end on its own.

/** Seconds to read the steps and get into position before the first hold of each stretch. */
export const POSITION_SECONDS = 8
/** Seconds to ease out and relax (or change sides) between repetitions. */
export const RELEASE_SECONDS = 5

export interface StretchTiming {
  holdSeconds: number
  repetitions: number
  /** Repetitions alternate sides: first side, other side, first side … */
  oneSided?: boolean
}

/** Repetitions actually done: a one-sided stretch is done an even number of times, so both sides get the same. */
export function repetitionsOf(timing: StretchTiming): number {
  const reps = Math.max(1, timing.repetitions)
  return timing.oneSided ? Math.max(2, reps + (reps % 2)) : reps
}

/** Seconds one stretch takes from getting into position to the end of its last hold. */
export function stretchSeconds(timing: StretchTiming): number {
  const reps = repetitionsOf(timing)
  return POSITION_SECONDS + reps * timing.holdSeconds + (reps - 1) * RELEASE_SECONDS
}
