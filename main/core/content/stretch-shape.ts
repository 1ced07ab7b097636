// What a stretch is: its shape, the areas of the back it works, how hard it asks of a back, and the factory that
// fills the defaults in, so the entries (desk-stretches.ts, standing-floor-stretches.ts) cannot drift apart. Its
// words (name, steps, cautions, the area's label, the cue) are in each catalog's `content` section, by id
// (words.ts). How long each stretch is held and how often is the user's one choice for all of them (the
// preferences' `stretch.holdSeconds` and `stretch.repetitions`), so a stretch carries no timing of its own.

export type StretchArea =
  'lower-back' | 'middle-back' | 'upper-back' | 'abdominals' | 'hips' | 'neck-shoulders'

export type StretchPosition = 'desk' | 'standing' | 'floor'

/**
 * Where a floor stretch starts (and ends): lying on the back, lying on the front, on all fours, or kneeling. It
 * words the way down to the floor and between floor stretches (routine-plan.ts), and how to get up safely after
 * (words.ts adds that step to the stretch's own words).
 */
export type FloorStart = 'on-back' | 'on-front' | 'all-fours' | 'kneeling'
export const FLOOR_STARTS: readonly FloorStart[] = ['on-back', 'on-front', 'all-fours', 'kneeling']

/**
 * How hard a stretch asks of a back, graded by two things: how far into the back's range it goes, and whether the
 * body's weight pushes it further.
 * - gentle: a small movement well inside the comfortable range, the body supported (seated, standing tall, or
 *   lying with the back flat) and nothing pushing it further.
 * - moderate: a bigger range, a twist, a lunge, or the body's weight resting into the end of a range without
 *   pushing past it (a kneeling or seated fold, a propped backbend on the forearms, a lying roll).
 * - strong: the body's weight driving the back to the end of its range (a backbend on straight arms, a standing
 *   fold hanging to the floor). None of the built-in stretches is strong; a physiotherapist's routine may be.
 * A sore-back day uses only gentle stretches, and none on the floor (core/sore-back.ts).
 */
export type StretchIntensity = 'gentle' | 'moderate' | 'strong'
export const STRETCH_INTENSITIES: readonly StretchIntensity[] = ['gentle', 'moderate', 'strong']

interface StretchBase {
  /** Its key in the catalogs' `content.stretches`, in preferences (disabled stretches) and in stored rotation. */
  readonly id: string
  readonly area: StretchArea
  readonly intensity: StretchIntensity
  /** Done on one side at a time: repetitions alternate sides (the first side, then the other side). */
  readonly oneSided: boolean
}

/** At a desk or standing; on the floor with where the body starts and ends up, so its last step says how to get up. */
export type Stretch = StretchBase &
  (
    | { readonly position: 'desk' | 'standing' }
    | { readonly position: 'floor'; readonly floorStart: FloorStart }
  )

export const HOLD_SECONDS_MIN = 8
export const HOLD_SECONDS_MAX = 30

export const STRETCH_AREAS: readonly StretchArea[] = [
  'lower-back',
  'middle-back',
  'upper-back',
  'abdominals',
  'hips',
  'neck-shoulders',
]

export type StretchSource = Omit<StretchBase, 'oneSided'> &
  Partial<Pick<StretchBase, 'oneSided'>> &
  ({ position: 'desk' | 'standing' } | { position: 'floor'; floorStart: FloorStart })

export function stretch(source: StretchSource): Stretch {
  return { oneSided: false, ...source }
}
