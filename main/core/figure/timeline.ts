// When the figure moves, by the stretch routine's clock: still in the start position while the steps are read, then
// slowly into the stretch so it arrives as the hold begins, still while the ring holds, slowly out between holds
// (changing sides while it is back at the start) and slowly out at the end. Pure: the window passes the routine's
// step; the answer is a way (into or out of the stretch) and how far along it, which a film (film-play.ts) draws.

/** The routine's phases and sides, as renderer/break/routine.ts names them. */
export type RoutinePhase = 'position' | 'hold' | 'release' | 'finished'
export type RoutineSide = 'first' | 'other' | null

/** Milliseconds to move from the start position into the stretch, or back out, when there is time for it. */
export const MOVE_MS = 4000

export interface FigureMoment {
  way: 'into' | 'out'
  /** How far along the way: 0 at its start, 1 at its end (the held stretch for 'into', the start for 'out'). */
  share: number
  /** The side the figure shows: the first (as posed) or the other (mirrored); null for a two-sided stretch. */
  side: RoutineSide
}

/**
 * The figure at a moment of the routine: `elapsed` ms into a phase `length` ms long, on `side` (for a release, the
 * side of the repetition after it, as the routine says). With `still`, the held stretch alone, on the side in hand.
 */
export function figureAt(
  moment: { phase: RoutinePhase; side: RoutineSide; elapsed: number; length: number },
  still = false,
): FigureMoment {
  const { phase, side, elapsed, length } = moment
  if (still || phase === 'hold') return { way: 'into', share: 1, side }
  if (phase === 'position') {
    const move = Math.min(MOVE_MS, length / 2)
    return { way: 'into', share: (elapsed - (length - move)) / move, side }
  }
  if (phase === 'finished') return { way: 'out', share: elapsed / MOVE_MS, side }
  // Between two holds: out over the first two fifths, a rest at the start position, in over the last two fifths.
  const move = (length * 2) / 5
  if (elapsed < length / 2) {
    return { way: 'out', share: elapsed / move, side: side && (side === 'first' ? 'other' : 'first') }
  }
  return { way: 'into', share: (elapsed - (length - move)) / move, side }
}
