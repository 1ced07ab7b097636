// The figure's pose as joint angles: the one form the stretch library, the windows and a routine file all use.
// Every field is optional and 0 is the body standing tall, arms by its sides, looking ahead; a pose names only the
// joints that move. Angles are degrees, lengths are figure units (a standing figure is about 100 tall, its hip
// joints 54 above the floor). One table, POSE_RANGES, says what each field may hold (pose-schema.ts checks it).

/** A bend of one part of the spine, or of the head on the neck. */
export interface Bend {
  /** Bends forward (+, flexion) or back (−, extension). */
  flexion?: number
  /** Bends sideways, towards the right (+) or the left (−). */
  sideBend?: number
  /** Turns, towards the right (+) or the left (−). */
  rotation?: number
}

/** A ball joint (shoulder or hip). Applied in this order: rotation, then flexion, then abduction for the shoulder
 * (abduction about the chest's front-to-back axis, so an arm out to the side can also be taken back or forward);
 * rotation, then abduction, then flexion for the hip (abduction about the thigh's own axis, so a bent hip opens
 * to the side like a book). */
export interface BallJoint {
  /** Takes the limb forward and up (+, flexion) or back (−, extension). */
  flexion?: number
  /** Takes the limb out to its side (+, abduction) or across the body (−, adduction). */
  abduction?: number
  /** Turns the limb about its own length: outwards (+, external rotation) or inwards (−). */
  rotation?: number
}

/** One side of the body (the right or the left): its arm and leg. */
export interface Limbs {
  /** The shoulder blade: shrugged up (+) or drawn down (−); squeezed back (+) or drawn forward (−). */
  shoulderBlade?: { elevation?: number; retraction?: number }
  shoulder?: BallJoint
  /** How far the elbow is bent: 0 straight. */
  elbow?: number
  hip?: BallJoint
  /** How far the knee is bent: 0 straight. */
  knee?: number
  /** Toes pulled up (+, dorsiflexion) or pointed (−, plantar flexion). */
  ankle?: number
}

/** The whole figure: where the pelvis is and how it is turned, the spine, the head, and each side's limbs. */
export interface Pose {
  /**
   * The pelvis (the point between the hip joints): where it is, in figure units from a point on the floor, and how
   * it is turned in space, which carries the whole body, in the order of a Bend: `tilt` tips it forward (+) or
   * back (−), so −90 lies the figure on its back and 90 on its front; then `lean` tips it to the right (+) or left
   * (−); then `turn` turns it about the spine's line, to the right (+) or left (−), so a figure lying on its back
   * turns its knees over to the right.
   */
  pelvis?: {
    forward?: number
    up?: number
    right?: number
    tilt?: number
    lean?: number
    turn?: number
  }
  /** The lumbar spine, from the pelvis to the bottom of the ribs. */
  lowerBack?: Bend
  /** The thoracic spine, from the bottom of the ribs to the base of the neck. */
  upperBack?: Bend
  neck?: Bend
  /** The head on the top of the neck (a nod, as in a chin tuck). */
  head?: Bend
  right?: Limbs
  left?: Limbs
}

/** The same arm and leg on both sides: a pose that is symmetric, written once. */
export function bothSides(limbs: Limbs): Pick<Pose, 'right' | 'left'> {
  return { right: limbs, left: limbs }
}

/** The smallest and largest value a field may hold. */
export type Range = readonly [min: number, max: number]

/** Ranges by field name, nested as a pose is. */
export type RangeTree = { readonly [key: string]: Range | RangeTree }

export function isRange(node: Range | RangeTree): node is Range {
  return Array.isArray(node)
}

/** A range for every numeric field of T, in the same shape. */
export type RangesOf<T> = {
  readonly [K in keyof T]-?: NonNullable<T[K]> extends number ? Range : RangesOf<NonNullable<T[K]>>
}

const BEND = (flexion: Range, sideBend: Range, rotation: Range) => ({ flexion, sideBend, rotation })

const LIMBS: RangesOf<Limbs> = {
  shoulderBlade: { elevation: [-15, 40], retraction: [-30, 30] },
  shoulder: { flexion: [-70, 180], abduction: [-50, 180], rotation: [-90, 90] },
  elbow: [0, 150],
  hip: { flexion: [-30, 140], abduction: [-45, 70], rotation: [-60, 70] },
  knee: [0, 155],
  ankle: [-75, 35],
}

/**
 * What every field of a pose may hold: the body's own range of movement (a little generous, so a picture can show
 * the end of a stretch) in degrees, and the pelvis's place in figure units.
 */
export const POSE_RANGES: RangesOf<Pose> = {
  pelvis: {
    forward: [-150, 150],
    up: [0, 120],
    right: [-150, 150],
    tilt: [-180, 180],
    lean: [-180, 180],
    turn: [-180, 180],
  },
  lowerBack: BEND([-35, 60], [-35, 35], [-20, 20]),
  upperBack: BEND([-30, 60], [-35, 35], [-45, 45]),
  neck: BEND([-60, 60], [-45, 45], [-80, 80]),
  head: BEND([-30, 30], [-20, 20], [-20, 20]),
  right: LIMBS,
  left: LIMBS,
}
