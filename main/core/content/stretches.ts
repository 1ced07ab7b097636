// The built-in stretch library the break window guides the user through, with the one cue every stretch shows.
// Areas follow the product brief: lower, middle and upper back, abdominals and core, hips and hamstrings,
// neck and shoulders; most stretches can be done at a desk in office clothes. The entries themselves are in
// desk-stretches.ts and standing-floor-stretches.ts, their shape in stretch-shape.ts.
import { DESK_STRETCHES } from './desk-stretches'
import { STANDING_AND_FLOOR_STRETCHES } from './standing-floor-stretches'
import type { Stretch } from './stretch-shape'

export * from './stretch-shape'

/** Every built-in stretch: the desk ones first, then standing and on the floor. */
export const STRETCHES: readonly Stretch[] = [...DESK_STRETCHES, ...STANDING_AND_FLOOR_STRETCHES]

const BY_ID = new Map(STRETCHES.map((s) => [s.id, s]))

export function stretchById(id: string): Stretch | undefined {
  return BY_ID.get(id)
}
