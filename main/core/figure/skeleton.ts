// The figure's body and its forward kinematics: from a pose's joint angles to where each joint is in space.
// Space is x forward, y up, z to the figure's right (the figure's own directions when standing at the origin); the
// floor is y = 0. Each joint turns the frame of the part it carries, so a bent hip carries the knee, shin and foot.
import type { Pose } from './pose'
import { readPose, type Ball, type Limbs } from './pose-read'

export type Vec = readonly [x: number, y: number, z: number]
/** A rotation: a 3×3 matrix, row by row. */
type Rot = readonly number[]

/** The body's proportions, in figure units (a standing figure is about 100 tall). */
export const BODY = {
  pelvisToWaist: 13,
  waistToChest: 18,
  neck: 6,
  /** From the top of the neck to the centre of the head, and the head's radius. */
  headUp: 5,
  headRadius: 7,
  /** From the base of the neck down to the line of the shoulders, and out to each shoulder. */
  shoulderDrop: 2.5,
  shoulderOut: 9.5,
  upperArm: 16.5,
  forearm: 14.5,
  hipOut: 5,
  thigh: 24.5,
  shin: 24,
  /** The ankle above the sole, the heel behind the ankle and the toes in front of it. */
  ankleUp: 3.3,
  heel: 1.5,
  toes: 8.5,
} as const

/** Where the pelvis is when the figure stands: its hip joints above its soles. */
export const STANDING_HEIGHT = BODY.thigh + BODY.shin + BODY.ankleUp + 2.2

const RAD = Math.PI / 180

function rotX(deg: number): Rot {
  const c = Math.cos(deg * RAD)
  const s = Math.sin(deg * RAD)
  return [1, 0, 0, 0, c, -s, 0, s, c]
}
function rotY(deg: number): Rot {
  const c = Math.cos(deg * RAD)
  const s = Math.sin(deg * RAD)
  return [c, 0, s, 0, 1, 0, -s, 0, c]
}
function rotZ(deg: number): Rot {
  const c = Math.cos(deg * RAD)
  const s = Math.sin(deg * RAD)
  return [c, -s, 0, s, c, 0, 0, 0, 1]
}

function mul(a: Rot, ...rest: Rot[]): Rot {
  let m = a
  for (const b of rest) {
    const out: number[] = []
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++) {
        out.push(m[r * 3]! * b[c]! + m[r * 3 + 1]! * b[3 + c]! + m[r * 3 + 2]! * b[6 + c]!)
      }
    }
    m = out
  }
  return m
}

/** `from` plus the vector `v` turned by `m`. */
function step(from: Vec, m: Rot, v: Vec): Vec {
  return [
    from[0] + m[0]! * v[0] + m[1]! * v[1] + m[2]! * v[2],
    from[1] + m[3]! * v[0] + m[4]! * v[1] + m[5]! * v[2],
    from[2] + m[6]! * v[0] + m[7]! * v[1] + m[8]! * v[2],
  ]
}

/** A bend of the spine or head: forward about the side-to-side axis, then sideways, then a turn about its length. */
function bend(b: { flexion: number; sideBend: number; rotation: number }): Rot {
  return mul(rotZ(-b.flexion), rotX(b.sideBend), rotY(-b.rotation))
}

/** Where each joint of one side is: shoulder to hand, hip to toes. */
export interface SideJoints {
  shoulder: Vec
  elbow: Vec
  wrist: Vec
  hand: Vec
  hip: Vec
  knee: Vec
  ankle: Vec
  heel: Vec
  toes: Vec
}

export interface Joints {
  pelvis: Vec
  waist: Vec
  chest: Vec
  /** The front of the top of the hip bone, where hands rest on the hips: it shows the pelvis tilting. */
  hipBone: Vec
  /** The top of the neck. */
  skull: Vec
  head: Vec
  /** The eyes, and the nose from its root to its tip: which way the figure looks. */
  eyes: { right: Vec; left: Vec }
  nose: readonly [Vec, Vec]
  right: SideJoints
  left: SideJoints
}

/** Where every joint of the figure is in the given pose. */
export function jointsOf(pose: Pose): Joints {
  const p = readPose(pose)
  const pelvis: Vec = [p.pelvis.forward, p.pelvis.up, p.pelvis.right]
  const hips = bend({ flexion: p.pelvis.tilt, sideBend: p.pelvis.lean, rotation: p.pelvis.turn })
  const lower = mul(hips, bend(p.lowerBack))
  const waist = step(pelvis, lower, [0, BODY.pelvisToWaist, 0])
  const upper = mul(lower, bend(p.upperBack))
  const chest = step(waist, upper, [0, BODY.waistToChest, 0])
  const neck = mul(upper, bend(p.neck))
  const skull = step(chest, neck, [0, BODY.neck, 0])
  const headFrame = mul(neck, bend(p.head))
  const head = step(skull, headFrame, [1, BODY.headUp, 0])
  const eye = (z: number) => step(head, headFrame, [5, 1.2, z])
  const side = (limbs: Limbs, sign: 1 | -1) => sideJoints(limbs, sign, { pelvis, hips, chest, upper })
  return {
    pelvis,
    hipBone: step(pelvis, hips, [5, 7, 0]),
    waist,
    chest,
    skull,
    head,
    eyes: { right: eye(2.6), left: eye(-2.6) },
    nose: [step(head, headFrame, [6, -0.6, 0]), step(head, headFrame, [7.6, -1.6, 0])],
    right: side(p.right, 1),
    left: side(p.left, -1),
  }
}

/** One side's limbs: `sign` is +1 for the right (towards +z) and −1 for the left, which mirrors every sideways angle. */
function sideJoints(
  limbs: Limbs,
  sign: 1 | -1,
  trunk: { pelvis: Vec; hips: Rot; chest: Vec; upper: Rot },
): SideJoints {
  const blade = limbs.shoulderBlade
  const collar = mul(trunk.upper, rotX(-sign * blade.elevation), rotY(-sign * blade.retraction))
  const base = step(trunk.chest, trunk.upper, [0, -BODY.shoulderDrop, 0])
  const shoulder = step(base, collar, [0, 0, sign * BODY.shoulderOut])
  const arm = mul(
    trunk.upper,
    rotX(-sign * limbs.shoulder.abduction),
    rotZ(limbs.shoulder.flexion),
    twist(limbs.shoulder, sign),
  )
  const elbow = step(shoulder, arm, [0, -BODY.upperArm, 0])
  const forearm = mul(arm, rotZ(limbs.elbow))
  const wrist = step(elbow, forearm, [0, -BODY.forearm, 0])
  const hand = step(elbow, forearm, [0, -BODY.forearm - 2.2, 0])

  const hip = step(trunk.pelvis, trunk.hips, [0, 0, sign * BODY.hipOut])
  const thigh = mul(
    trunk.hips,
    rotZ(limbs.hip.flexion),
    rotX(-sign * limbs.hip.abduction),
    twist(limbs.hip, sign),
  )
  const knee = step(hip, thigh, [0, -BODY.thigh, 0])
  const shin = mul(thigh, rotZ(-limbs.knee))
  const ankle = step(knee, shin, [0, -BODY.shin, 0])
  const foot = mul(shin, rotZ(limbs.ankle))
  return {
    shoulder,
    elbow,
    wrist,
    hand,
    hip,
    knee,
    ankle,
    heel: step(ankle, foot, [-BODY.heel, -BODY.ankleUp, 0]),
    toes: step(ankle, foot, [BODY.toes, -BODY.ankleUp, 0]),
  }
}

/** A limb's turn about its own length: outwards is towards the figure's own side. */
function twist(joint: Ball, sign: 1 | -1): Rot {
  return rotY(-sign * joint.rotation)
}
