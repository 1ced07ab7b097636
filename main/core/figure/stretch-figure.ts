// What a stretch's figure is: where the picture is seen from, what the figure sits, lies or leans on, its key poses
// (the start position, any shapes on the way, and the held stretch), and which limbs do the work.
import type { Pose, RangesOf } from './pose'

/**
 * Where the picture is seen from: `around` goes round the figure from its right side (0) to its front (90) and its
 * left side (180); `above` raises the eye from level (0) to straight above (90).
 */
export interface Camera {
  around: number
  above: number
}

export const CAMERA_RANGES: RangesOf<Camera> = { around: [-180, 360], above: [0, 90] }

/**
 * What the figure needs besides the floor (always drawn): a chair to sit on, a chair ahead of it to hold (its back
 * towards the figure), a door frame, a mat to lie or kneel on, or a towel looped round the right foot.
 */
export const PROP_NAMES = ['chair', 'chair-ahead', 'door', 'mat', 'strap'] as const
export type PropName = (typeof PROP_NAMES)[number]

/** A limb that can be drawn in the accent colour, as the one doing the stretch. */
export const LIMB_NAMES = ['right-arm', 'left-arm', 'right-leg', 'left-leg', 'head'] as const
export type LimbName = (typeof LIMB_NAMES)[number]

/** The joints whose path a figure can trace: the trunk's, and each side's (`right.shoulder`). */
export const TRACED_JOINTS = [
  'pelvis',
  'hipBone',
  'waist',
  'chest',
  'head',
  'right.shoulder',
  'right.elbow',
  'right.hand',
  'right.knee',
  'right.ankle',
  'left.shoulder',
  'left.elbow',
  'left.hand',
  'left.knee',
  'left.ankle',
] as const
export type TracedJoint = (typeof TRACED_JOINTS)[number]

/** How far a trace may be shifted from its joint, and how much it may be magnified. */
export const TRACE_RANGES = { shift: [-40, 40], scale: [0.5, 5] } as const

export interface StretchFigure {
  camera: Camera
  props: readonly PropName[]
  /** From the start position, through any shapes on the way, to the held stretch (the last). At least two. */
  poses: readonly Pose[]
  /**
   * The limbs doing the stretch, drawn in the accent colour. One-sided stretches are posed on their first side,
   * which is the right (the side their steps name first); the other side is the mirror image.
   */
  working: readonly LimbName[]
  /**
   * For a movement too small to see at a glance (a chin tuck, a shoulder roll, a pelvic tilt): an arrow along the
   * path one joint takes from the start to the held stretch, drawn `shift` away from the joint, in figure units of
   * the picture (x right, y down), and `scale` times as long as the path itself (1 when left out).
   */
  trace?: { joint: TracedJoint; shift: readonly [x: number, y: number]; scale?: number }
}

/** Seen from the figure's right side, level. */
export const SIDE: Camera = { around: 0, above: 0 }
/** Seen from in front, level. */
export const FRONT: Camera = { around: 90, above: 0 }
