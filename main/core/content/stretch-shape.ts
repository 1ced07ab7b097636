// What a stretch is: its shape, the areas of the back it works, the defaults, and the factory that fills the
// defaults in, so the entries (desk-stretches.ts, standing-floor-stretches.ts) cannot drift apart. Its words (name,
// steps, cautions, the area's label, the cue) are in each catalog's `content` section, by id (words.ts).

export type StretchArea =
  'lower-back' | 'middle-back' | 'upper-back' | 'abdominals' | 'hips' | 'neck-shoulders'

export type StretchPosition = 'desk' | 'standing' | 'floor'

/**
 * How hard a stretch asks of a back. gentle: a small, supported movement, fine on a day the back is sore (the
 * sore-back plan uses only these). moderate: a bigger range or some load (twists, lunges, folds, lying rolls).
 * strong: into the end of the back's range with the body's weight behind it (a floor backbend).
 */
export type StretchIntensity = 'gentle' | 'moderate' | 'strong'
export const STRETCH_INTENSITIES: readonly StretchIntensity[] = ['gentle', 'moderate', 'strong']

export interface Stretch {
  /** Its key in the catalogs' `content.stretches`, in preferences (disabled stretches) and in stored rotation. */
  readonly id: string
  readonly area: StretchArea
  readonly position: StretchPosition
  readonly intensity: StretchIntensity
  /** How long to hold, in seconds (8–30); a preference may override it within the same range. */
  readonly holdSeconds: number
  readonly repetitions: number
  /** Done on one side at a time: repetitions alternate sides (the first side, then the other side). */
  readonly oneSided: boolean
}

export const HOLD_SECONDS_MIN = 8
export const HOLD_SECONDS_MAX = 30
export const DEFAULT_HOLD_SECONDS = 10
export const DEFAULT_REPETITIONS = 2

export const STRETCH_AREAS: readonly StretchArea[] = [
  'lower-back',
  'middle-back',
  'upper-back',
  'abdominals',
  'hips',
  'neck-shoulders',
]

export type StretchSource = Omit<Stretch, 'holdSeconds' | 'repetitions' | 'oneSided'> &
  Partial<Pick<Stretch, 'holdSeconds' | 'repetitions' | 'oneSided'>>

export function stretch(source: StretchSource): Stretch {
  return {
    holdSeconds: DEFAULT_HOLD_SECONDS,
    repetitions: DEFAULT_REPETITIONS,
    oneSided: false,
    ...source,
  }
}
