// The stretch routine's clock as a pure function of elapsed time: get into position, hold, ease out (or switch
// sides), repeat, then the next stretch; between two places, a move (get down to the floor, stand up…) that lasts
// its seconds unless the user says they are ready sooner. The break window derives everything it shows from this,
// so it cannot drift; main counts the same seconds (main/core/content/routine-timing.ts) for a firm break's time.
import {
  RELEASE_SECONDS,
  positionSecondsOf,
  repetitionsOf,
  type StretchTiming,
} from '../../main/core/content/routine-timing'

/** 'move': changing position between stretches (routine-plan.ts); the others are a stretch's. */
export type Phase = 'move' | 'position' | 'hold' | 'release' | 'finished'
/** Which side a one-sided stretch is on; null for a stretch done on both sides at once. */
export type Side = 'first' | 'other' | null

export { POSITION_SECONDS, RELEASE_SECONDS, repetitionsOf } from '../../main/core/content/routine-timing'
export type { StretchTiming } from '../../main/core/content/routine-timing'

export interface RoutineStep {
  stretch: number
  rep: number
  phase: Phase
  /** The side of this repetition (for a release: of the repetition that follows it). */
  side: Side
  /** Length of this phase, in ms (0 when finished). */
  length: number
  /** When this phase started, in ms since the stretch began. */
  start: number
}

function sideOf(timing: StretchTiming, rep: number): Side {
  if (!timing.oneSided) return null
  return rep % 2 === 1 ? 'first' : 'other'
}

/** The phases of one stretch, in order, starting at 0 ms. */
export function stretchPhases(timing: StretchTiming, stretch: number): RoutineStep[] {
  const steps: RoutineStep[] = []
  let at = 0
  const push = (rep: number, phase: Phase, side: Side, seconds: number) => {
    steps.push({ stretch, rep, phase, side, length: seconds * 1000, start: at })
    at += seconds * 1000
  }
  const reps = repetitionsOf(timing)
  for (let rep = 1; rep <= reps; rep++) {
    if (rep === 1) {
      push(rep, 'position', sideOf(timing, rep), positionSecondsOf(timing))
    }
    push(rep, 'hold', sideOf(timing, rep), timing.holdSeconds)
    if (rep < reps) push(rep, 'release', sideOf(timing, rep + 1), RELEASE_SECONDS)
  }
  return steps
}

/** Where a stretch is after `elapsed` ms; past the last hold it is 'finished'. */
export function stepAt(timing: StretchTiming, stretch: number, elapsed: number): RoutineStep {
  return entryStepAt({ kind: 'stretch', timing }, stretch, elapsed)
}

export function stretchLength(timing: StretchTiming): number {
  const phases = stretchPhases(timing, 0)
  const last = phases[phases.length - 1]
  return last ? last.start + last.length : 0
}

/** One entry of the routine as the clock sees it: a move of so many seconds, or a stretch's timing. */
export type Timed = { kind: 'move'; seconds: number } | { kind: 'stretch'; timing: StretchTiming }

/** The phases of one entry of the routine, in order, starting at 0 ms. */
export function entryPhases(entry: Timed, index: number): RoutineStep[] {
  if (entry.kind === 'stretch') return stretchPhases(entry.timing, index)
  return [{ stretch: index, rep: 1, phase: 'move', side: null, length: entry.seconds * 1000, start: 0 }]
}

/** Where an entry is after `elapsed` ms; past its end it is 'finished'. */
export function entryStepAt(entry: Timed, index: number, elapsed: number): RoutineStep {
  const phases = entryPhases(entry, index)
  for (const step of phases) if (elapsed < step.start + step.length) return step
  const last = phases[phases.length - 1]
  const end = last ? last.start + last.length : 0
  return { stretch: index, rep: last?.rep ?? 1, phase: 'finished', side: null, length: 0, start: end }
}

export function entryLength(entry: Timed): number {
  return entry.kind === 'move' ? entry.seconds * 1000 : stretchLength(entry.timing)
}
