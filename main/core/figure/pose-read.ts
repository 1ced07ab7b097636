// Reading and blending poses: every field filled in (0 where a pose leaves it out), and two poses mixed field by
// field, walked along POSE_RANGES so the fields are named once.
import {
  POSE_RANGES,
  isRange,
  type BallJoint,
  type Limbs as LimbsPose,
  type Pose,
  type RangeTree,
} from './pose'

/** T with every field present. */
export type Full<T> = {
  [K in keyof T]-?: NonNullable<T[K]> extends number ? number : Full<NonNullable<T[K]>>
}

export type FullPose = Full<Pose>
export type Limbs = Full<LimbsPose>
export type Ball = Full<BallJoint>

type ValueTree = { [key: string]: number | ValueTree }

function field(source: unknown, key: string): unknown {
  return source !== null && typeof source === 'object' ? (source as Record<string, unknown>)[key] : undefined
}

/** Builds a full pose whose every field is `leaf` of that field in each of `sources` (0 where one has none). */
function mapFields(
  ranges: RangeTree,
  sources: readonly unknown[],
  leaf: (values: number[]) => number,
): ValueTree {
  const out: ValueTree = {}
  for (const [key, range] of Object.entries(ranges)) {
    const children = sources.map((source) => field(source, key))
    out[key] = isRange(range)
      ? leaf(children.map((value) => (typeof value === 'number' ? value : 0)))
      : mapFields(range, children, leaf)
  }
  return out
}

function fullPose(sources: readonly Pose[], leaf: (values: number[]) => number): FullPose {
  // mapFields walks POSE_RANGES, which has exactly the fields of a Pose (RangesOf<Pose>), so it builds a FullPose.
  return mapFields(POSE_RANGES, sources, leaf) as FullPose
}

/** The pose with every field present: what it says, and 0 (standing tall) for what it leaves out. */
export function readPose(pose: Pose): FullPose {
  return fullPose([pose], ([value = 0]) => value)
}

/** The pose `share` of the way from `from` to `to` (0: `from`, 1: `to`), every angle moved in proportion. */
export function blendPoses(from: Pose, to: Pose, share: number): FullPose {
  return fullPose([from, to], ([a = 0, b = 0]) => a + (b - a) * share)
}
