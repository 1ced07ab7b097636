// The figures of the stretches done seated at a desk (main/core/content/desk-stretches.ts), posed on their first
// side: joint angles in degrees, the pelvis's place in figure units (pose.ts says what each field means). A seated
// figure's pelvis is 29.5 above the floor, its thighs level on a seat 24.5 high, its feet flat.
import { bothSides, type Pose } from './pose'
import { SIDE, type StretchFigure } from './stretch-figure'

/** Sitting tall near the front of the chair, feet flat, hands resting on the thighs near the knees. */
const SITTING: Pose = {
  pelvis: { up: 29.5 },
  ...bothSides({
    hip: { flexion: 90, abduction: 6 },
    knee: 90,
    shoulder: { abduction: 8, flexion: 18 },
    elbow: 49,
  }),
}

/** Sitting tall, arms hanging loose by the sides. */
const SITTING_LOOSE: Pose = {
  pelvis: { up: 29.5 },
  ...bothSides({
    hip: { flexion: 90, abduction: 6 },
    knee: 90,
    shoulder: { flexion: 4, abduction: 4 },
    elbow: 6,
  }),
}

export const DESK_FIGURES: Readonly<Record<string, StretchFigure>> = {
  'seated-cat-cow': {
    camera: SIDE,
    props: ['chair'],
    working: [],
    poses: [
      SITTING,
      {
        pelvis: { up: 29.5, tilt: 10 },
        lowerBack: { flexion: -18 },
        upperBack: { flexion: -12 },
        neck: { flexion: -22 },
        ...bothSides({
          hip: { flexion: 100, abduction: 6 },
          knee: 90,
          shoulder: { abduction: 8, flexion: 32 },
          elbow: 1,
        }),
      },
      {
        pelvis: { up: 29.5, tilt: -14 },
        lowerBack: { flexion: 24 },
        upperBack: { flexion: 34 },
        neck: { flexion: 38 },
        head: { flexion: 10 },
        ...bothSides({
          hip: { flexion: 76, abduction: 6 },
          knee: 90,
          shoulder: { abduction: 8, flexion: 11 },
          elbow: 110.5,
        }),
      },
    ],
  },
  'seated-twist': {
    camera: { around: 30, above: 20 },
    props: ['chair'],
    working: ['right-arm'],
    trace: { joint: 'right.shoulder', shift: [2, -24], scale: 1.4 },
    poses: [
      SITTING,
      {
        pelvis: { up: 29.5 },
        right: {
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { flexion: 42, abduction: -10 },
          elbow: 6,
        },
        left: {
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { abduction: 22.5, flexion: -33 },
          elbow: 70.5,
        },
        lowerBack: { rotation: -10 },
        upperBack: { rotation: -34 },
        neck: { rotation: -30 },
      },
    ],
  },
  'seated-forward-fold': {
    camera: SIDE,
    props: ['chair'],
    working: [],
    poses: [
      {
        pelvis: { up: 29.5 },
        ...bothSides({
          hip: { flexion: 90, abduction: 20 },
          knee: 90,
          shoulder: { abduction: 8, flexion: 13 },
          elbow: 55.5,
        }),
      },
      {
        pelvis: { up: 29.5, tilt: 30 },
        lowerBack: { flexion: 30 },
        upperBack: { flexion: 28 },
        neck: { flexion: 30 },
        head: { flexion: 12 },
        ...bothSides({
          hip: { flexion: 120, abduction: 22 },
          knee: 90,
          shoulder: { abduction: 4, flexion: 83.5 },
          elbow: 15.5,
        }),
      },
    ],
  },
  'seated-pelvic-tilt': {
    camera: SIDE,
    props: ['chair'],
    working: [],
    trace: { joint: 'waist', shift: [-11, 2], scale: 4 },
    poses: [
      {
        pelvis: { up: 29.5 },
        ...bothSides({
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { abduction: 60, rotation: -90, flexion: 5.5 },
          elbow: 108,
        }),
      },
      {
        pelvis: { up: 29.5, tilt: -25 },
        lowerBack: { flexion: 12 },
        upperBack: { flexion: 4 },
        neck: { flexion: 6 },
        ...bothSides({
          hip: { flexion: 65, abduction: 6 },
          knee: 90,
          shoulder: { abduction: 60, rotation: -89.5, flexion: 15.5 },
          elbow: 106.5,
        }),
      },
    ],
  },
  'seated-figure-four': {
    camera: { around: 55, above: 15 },
    props: ['chair'],
    working: ['right-leg'],
    poses: [
      SITTING,
      {
        pelvis: { up: 29.5 },
        right: {
          hip: { flexion: 123, abduction: 26, rotation: 66 },
          knee: 111.5,
          shoulder: { flexion: 4, abduction: 28.5 },
          elbow: 98,
        },
        left: { hip: { flexion: 90, abduction: 6 }, knee: 90, shoulder: { flexion: 24.5 }, elbow: 53.5 },
      },
      {
        pelvis: { up: 29.5, tilt: 28 },
        right: {
          hip: { flexion: 140, abduction: 27.5, rotation: 70 },
          knee: 110.5,
          shoulder: { flexion: -23, abduction: 43.5 },
          elbow: 132,
        },
        left: {
          hip: { flexion: 118, abduction: 6 },
          knee: 90,
          shoulder: { flexion: 5.5, abduction: -0.5 },
          elbow: 108,
        },
        lowerBack: { flexion: 4 },
      },
    ],
  },
  'seated-hamstring': {
    camera: SIDE,
    props: ['chair'],
    working: ['right-leg'],
    poses: [
      {
        pelvis: { up: 29.5, forward: 6 },
        ...bothSides({
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { abduction: 8, flexion: 18 },
          elbow: 49,
        }),
      },
      {
        pelvis: { up: 29.5, forward: 6 },
        right: {
          hip: { flexion: 60, abduction: 6 },
          knee: 4,
          ankle: 18,
          shoulder: { abduction: 4, flexion: 22.5 },
          elbow: 6.5,
        },
        left: {
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { abduction: 4, flexion: 22.5 },
          elbow: 6.5,
        },
      },
      {
        pelvis: { up: 29.5, tilt: 28, forward: 6 },
        right: {
          hip: { flexion: 88, abduction: 6 },
          knee: 4,
          ankle: 18,
          shoulder: { abduction: 4, flexion: -3.5 },
          elbow: 69,
        },
        left: {
          hip: { flexion: 118, abduction: 6 },
          knee: 90,
          shoulder: { abduction: 4, flexion: -3.5 },
          elbow: 69,
        },
      },
    ],
  },
  'seated-side-bend': {
    camera: { around: 90, above: 16 },
    props: ['chair'],
    working: ['right-arm'],
    poses: [
      SITTING,
      {
        pelvis: { up: 29.5 },
        right: { hip: { flexion: 90, abduction: 6 }, knee: 90, shoulder: { abduction: 168 }, elbow: 12 },
        left: {
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { flexion: -42.5, abduction: 26 },
          elbow: 109,
        },
        lowerBack: { sideBend: -14 },
        upperBack: { sideBend: -20 },
        neck: { sideBend: -8 },
      },
    ],
  },
  'chest-opener': {
    camera: SIDE,
    props: ['chair'],
    working: [],
    poses: [
      SITTING,
      {
        pelvis: { up: 29.5 },
        lowerBack: { flexion: -6 },
        upperBack: { flexion: -14 },
        neck: { flexion: 14 },
        head: { flexion: 6 },
        ...bothSides({
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulderBlade: { retraction: 25, elevation: -6 },
          shoulder: { abduction: -32, flexion: -70 },
          elbow: 92,
        }),
      },
    ],
  },
  'upper-back-round': {
    camera: SIDE,
    props: ['chair'],
    working: [],
    poses: [
      SITTING,
      {
        pelvis: { up: 29.5 },
        ...bothSides({
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { flexion: 107, abduction: 96 },
        }),
      },
      {
        pelvis: { up: 29.5 },
        upperBack: { flexion: 28 },
        neck: { flexion: 26 },
        head: { flexion: 8 },
        ...bothSides({
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulderBlade: { retraction: -28 },
          shoulder: { flexion: 115.5, abduction: 36.5 },
        }),
      },
    ],
  },
  'neck-side-stretch': {
    camera: { around: 90, above: 8 },
    props: ['chair'],
    working: [],
    trace: { joint: 'head', shift: [0, -10], scale: 1.3 },
    poses: [
      SITTING,
      {
        pelvis: { up: 29.5 },
        right: {
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { abduction: 8, flexion: 18 },
          elbow: 49,
        },
        left: {
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { abduction: 8, flexion: 18 },
          elbow: 49,
          shoulderBlade: { elevation: -12 },
        },
        neck: { sideBend: 42 },
        head: { sideBend: 16 },
      },
    ],
  },
  'chin-tuck': {
    camera: SIDE,
    props: ['chair'],
    working: [],
    trace: { joint: 'head', shift: [2, -11], scale: 2.5 },
    poses: [
      {
        pelvis: { up: 29.5 },
        neck: { flexion: 20 },
        head: { flexion: -20 },
        ...bothSides({
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { abduction: 8, flexion: 18 },
          elbow: 49,
        }),
      },
      {
        pelvis: { up: 29.5 },
        neck: { flexion: -14 },
        head: { flexion: 16 },
        ...bothSides({
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { abduction: 8, flexion: 18 },
          elbow: 49,
        }),
      },
    ],
  },
  'shoulder-rolls': {
    camera: SIDE,
    props: ['chair'],
    working: [],
    trace: { joint: 'right.shoulder', shift: [-13, 2], scale: 1.6 },
    poses: [
      SITTING_LOOSE,
      {
        pelvis: { up: 29.5 },
        ...bothSides({
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { flexion: 4, abduction: 4 },
          elbow: 6,
          shoulderBlade: { elevation: 30, retraction: -6 },
        }),
      },
      {
        pelvis: { up: 29.5 },
        ...bothSides({
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { flexion: 4, abduction: 4 },
          elbow: 6,
          shoulderBlade: { elevation: 26, retraction: 20 },
        }),
      },
      {
        pelvis: { up: 29.5 },
        ...bothSides({
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { flexion: 4, abduction: 4 },
          elbow: 6,
          shoulderBlade: { elevation: 6, retraction: 28 },
        }),
      },
      {
        pelvis: { up: 29.5 },
        ...bothSides({
          hip: { flexion: 90, abduction: 6 },
          knee: 90,
          shoulder: { flexion: 4, abduction: 4 },
          elbow: 6,
          shoulderBlade: { elevation: -10, retraction: 26 },
        }),
      },
    ],
  },
}
