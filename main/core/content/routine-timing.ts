// How long a stretch routine takes, as the break window runs it (renderer/break/routine.ts): get into position
// (longer when the voice reads the steps first), hold, ease out (or change sides), repeat; and between two places a
// move (routine-plan.ts) of so many seconds. Main needs the same figures to let a firm break end on its own, and
// never before the routine it shows is over.

/** Seconds to read the steps and get into position before the first hold of each stretch. */
export const POSITION_SECONDS = 8
/** Seconds to ease out and relax (or change sides) between repetitions. */
export const RELEASE_SECONDS = 5
/** Words a voice reads in a second, slowly and clearly; up to 30 s to read a stretch's steps before its hold. */
const WORDS_PER_SECOND = 2.5
const READ_AT_MOST_SECONDS = 30

export interface StretchTiming {
  holdSeconds: number
  repetitions: number
  /** Repetitions alternate sides: first side, other side, first side … */
  oneSided?: boolean
  /** Seconds to get into position, when longer than POSITION_SECONDS (the voice reading the steps first). */
  positionSeconds?: number
}

/** A stretch as the break window gets it: its words (the voice reads them) and its timing. */
export interface WordedStretch {
  name: string
  steps: readonly string[]
  cautions: readonly string[]
  holdSeconds: number
  repetitions: number
  oneSided: boolean
}

/** Repetitions actually done: a one-sided stretch is done an even number of times, so both sides get the same. */
export function repetitionsOf(timing: StretchTiming): number {
  const reps = Math.max(1, timing.repetitions)
  return timing.oneSided ? Math.max(2, reps + (reps % 2)) : reps
}

/** Seconds to get into position before the first hold: never less than POSITION_SECONDS. */
export function positionSecondsOf(timing: StretchTiming): number {
  return Math.max(POSITION_SECONDS, timing.positionSeconds ?? 0)
}

/**
 * A stretch's timing. `voice`: its name, steps and cautions are read aloud first, so it gives the time to hear them
 * before the hold starts.
 */
export function timingOf(stretch: WordedStretch, voice: boolean): StretchTiming {
  const { name, steps, cautions, holdSeconds, repetitions, oneSided } = stretch
  const words = [name, ...steps, ...cautions].join(' ').split(/\s+/).length
  const positionSeconds = voice
    ? Math.min(READ_AT_MOST_SECONDS, Math.ceil(words / WORDS_PER_SECOND) + 2)
    : undefined
  return { holdSeconds, repetitions, oneSided, positionSeconds }
}

/** Seconds one stretch takes from getting into position to the end of its last hold. */
export function stretchSeconds(timing: StretchTiming): number {
  const reps = repetitionsOf(timing)
  return positionSecondsOf(timing) + reps * timing.holdSeconds + (reps - 1) * RELEASE_SECONDS
}

/**
 * Seconds a whole routine takes when nobody hurries it: every stretch (read aloud first when `voice` is on) and
 * every move between places at its full length ("I'm ready" may end a move sooner, never later).
 */
export function routineSeconds(
  stretches: readonly WordedStretch[],
  moves: readonly { seconds: number }[],
  voice: boolean,
): number {
  const stretching = stretches.reduce((sum, stretch) => sum + stretchSeconds(timingOf(stretch, voice)), 0)
  return stretching + moves.reduce((sum, move) => sum + move.seconds, 0)
}
