// The stretch routine's clock as a pure function of elapsed time: get into position, hold, ease out, repeat,
// then the next stretch. The break window derives everything it shows from this, so it cannot drift.

export type Phase = 'position' | 'hold' | 'release' | 'finished'

/** Seconds to read the steps and get into position before the first hold of each stretch. */
export const POSITION_SECONDS = 8
/** Seconds to ease out and relax between repetitions. */
export const RELEASE_SECONDS = 5

export interface RoutineStep {
  stretch: number
  rep: number
  phase: Phase
  /** Length of this phase, in ms (0 when finished). */
  length: number
  /** When this phase started, in ms since the stretch began. */
  start: number
}

export interface StretchTiming {
  holdSeconds: number
  repetitions: number
}

/** The phases of one stretch, in order, starting at 0 ms. */
export function stretchPhases(timing: StretchTiming, stretch: number): RoutineStep[] {
  const steps: RoutineStep[] = []
  let at = 0
  const push = (rep: number, phase: Phase, seconds: number) => {
    steps.push({ stretch, rep, phase, length: seconds * 1000, start: at })
    at += seconds * 1000
  }
  const reps = Math.max(1, timing.repetitions)
  for (let rep = 1; rep <= reps; rep++) {
    if (rep === 1) push(rep, 'position', POSITION_SECONDS)
    push(rep, 'hold', timing.holdSeconds)
    if (rep < reps) push(rep, 'release', RELEASE_SECONDS)
  }
  return steps
}

/** Where a stretch is after `elapsed` ms; past the last hold it is 'finished'. */
export function stepAt(timing: StretchTiming, stretch: number, elapsed: number): RoutineStep {
  const phases = stretchPhases(timing, stretch)
  for (const step of phases) if (elapsed < step.start + step.length) return step
  const last = phases[phases.length - 1]
  const end = last ? last.start + last.length : 0
  return { stretch, rep: last?.rep ?? 1, phase: 'finished', length: 0, start: end }
}

export function stretchLength(timing: StretchTiming): number {
  const phases = stretchPhases(timing, 0)
  const last = phases[phases.length - 1]
  return last ? last.start + last.length : 0
}
