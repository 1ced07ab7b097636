// The way a figure moves between its key poses: from the start position through any shapes on the way to the held
// stretch, and straight back out. Every move eases in and out and never overshoots: slow, with no bouncing, as the
// stretching cue asks. film.ts samples these paths; timeline.ts says where along them the routine's clock is.
import { blendPoses, type FullPose } from './pose-read'
import type { Pose } from './pose'
import type { StretchFigure } from './stretch-figure'

/** Eases a share of a move (0 to 1) in and out, with no overshoot: smootherstep. */
export function ease(share: number): number {
  const t = Math.min(1, Math.max(0, share))
  return t * t * t * (t * (t * 6 - 15) + 10)
}

/** The pose `share` of the way along the figure's key poses, from the start (0) to the held stretch (1). */
export function poseAlong(figure: StretchFigure, share: number): FullPose {
  const poses = figure.poses
  const legs = Math.max(1, poses.length - 1)
  const at = Math.min(legs, Math.max(0, share) * legs)
  const leg = Math.min(legs - 1, Math.floor(at))
  // Each leg eases on its own: the figure rests a moment at every shape on the way (the cow, then the cat).
  return blendPoses(poses[leg] ?? {}, poses[leg + 1] ?? poses[leg] ?? {}, ease(at - leg))
}

/** The pose `share` of the way from the held stretch straight back to the start position. */
export function poseOut(figure: StretchFigure, share: number): FullPose {
  const held: Pose = figure.poses[figure.poses.length - 1] ?? {}
  return blendPoses(held, figure.poses[0] ?? {}, ease(share))
}
