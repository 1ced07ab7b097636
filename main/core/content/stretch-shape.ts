// What a stretch is: its shape, the areas of the back it works, the one cue every stretch shows, the defaults, and
// the factory that fills label, cue and defaults in, so the entries (desk-stretches.ts, standing-floor-stretches.ts)
// cannot drift apart.

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
  readonly id: string
  readonly name: string
  readonly area: StretchArea
  readonly areaLabel: string
  readonly position: StretchPosition
  readonly intensity: StretchIntensity
  /** 3–6 short steps, in order. */
  readonly steps: readonly string[]
  /** How long to hold, in seconds (8–30); a preference may override it within the same range. */
  readonly holdSeconds: number
  readonly repetitions: number
  /** When to take care or skip this one. */
  readonly cautions: readonly string[]
  /** Done on one side at a time: repetitions alternate sides (the first side, then the other side). */
  readonly oneSided: boolean
  /** The how-to-stretch reminder; every stretch carries the same one so no screen can forget it. */
  readonly cue: string
}

export const HOLD_SECONDS_MIN = 8
export const HOLD_SECONDS_MAX = 30
export const DEFAULT_HOLD_SECONDS = 10
export const DEFAULT_REPETITIONS = 2

export const STRETCH_CUE =
  'Move slowly and smoothly, with no bouncing. Stop at a gentle pull, never pain. Hold, then ease out slowly.'

export const AREA_LABELS: Readonly<Record<StretchArea, string>> = {
  'lower-back': 'Lower back',
  'middle-back': 'Middle back',
  'upper-back': 'Upper back',
  abdominals: 'Abdominals and core',
  hips: 'Hips and hamstrings',
  'neck-shoulders': 'Neck and shoulders',
}

export const STRETCH_AREAS: readonly StretchArea[] = Object.keys(AREA_LABELS) as StretchArea[]

export type StretchSource = Omit<Stretch, 'areaLabel' | 'cue' | 'holdSeconds' | 'repetitions' | 'oneSided'> &
  Partial<Pick<Stretch, 'holdSeconds' | 'repetitions' | 'oneSided'>>

export function stretch(source: StretchSource): Stretch {
  return {
    holdSeconds: DEFAULT_HOLD_SECONDS,
    repetitions: DEFAULT_REPETITIONS,
    oneSided: false,
    ...source,
    areaLabel: AREA_LABELS[source.area],
    cue: STRETCH_CUE,
  }
}
