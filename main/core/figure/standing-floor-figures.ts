// The figures of the stretches done standing and on the floor (main/core/content/standing-floor-stretches.ts),
// posed on their first side: joint angles in degrees, the pelvis's place in figure units (pose.ts says what each
// field means). A standing figure's pelvis is 54 above the floor; lying on the back (tilt −90) or front (tilt 90),
// 6.5 to 7.5.
import { bothSides, type Pose } from './pose'
import { SIDE, type StretchFigure } from './stretch-figure'

/** Lying on the back, knees bent, feet flat, arms by the sides. */
const ON_THE_BACK: Pose = {
  pelvis: { up: 6.5, tilt: -90 },
  ...bothSides({ shoulder: { abduction: 8 }, knee: 103.5, hip: { flexion: 49 }, ankle: -35.5 }),
}

export const STANDING_AND_FLOOR_FIGURES: Readonly<Record<string, StretchFigure>> = {
  'standing-back-bend': {
    camera: SIDE,
    props: [],
    working: [],
    trace: { joint: 'head', shift: [0, -12], scale: 1.3 },
    poses: [
      {
        pelvis: { up: 54 },
        ...bothSides({
          hip: { abduction: 3 },
          shoulder: { abduction: 26.5, rotation: -60, flexion: -50 },
          elbow: 91.5,
        }),
      },
      {
        pelvis: { up: 54, forward: 6, tilt: -4 },
        lowerBack: { flexion: -10 },
        upperBack: { flexion: -5 },
        neck: { flexion: -18 },
        ...bothSides({
          hip: { abduction: 2, flexion: -8 },
          shoulder: { abduction: 30.5, rotation: -66, flexion: -50 },
          elbow: 93.5,
          knee: 6,
          ankle: 10,
        }),
      },
    ],
  },
  'standing-reach-up': {
    camera: { around: 90, above: 6 },
    props: [],
    working: [],
    poses: [
      { pelvis: { up: 54 }, ...bothSides({ hip: { abduction: 3 }, shoulder: { abduction: 6 }, elbow: 8 }) },
      {
        pelvis: { up: 54 },
        upperBack: { flexion: -3 },
        ...bothSides({ hip: { abduction: 3 }, shoulder: { abduction: 13, flexion: 171.5 }, elbow: 1.5 }),
      },
    ],
  },
  'doorway-chest-stretch': {
    camera: { around: 70, above: 30 },
    props: ['door'],
    working: [],
    poses: [
      {
        pelvis: { up: 54, forward: -4 },
        ...bothSides({
          hip: { abduction: 1.5 },
          shoulder: { abduction: 88, rotation: 88, flexion: 7 },
          elbow: 92,
        }),
      },
      {
        pelvis: { up: 54, forward: 10, tilt: 10 },
        right: {
          hip: { abduction: 1.5, flexion: 20 },
          shoulder: { abduction: 88, rotation: 88, flexion: -70 },
          elbow: 92,
          knee: 1.5,
          ankle: -8.5,
        },
        left: {
          hip: { abduction: 1, flexion: -9 },
          shoulder: { abduction: 88, rotation: 88, flexion: -70 },
          elbow: 92,
          knee: 2.5,
          ankle: 21.5,
        },
      },
    ],
  },
  'standing-hip-flexor': {
    camera: SIDE,
    props: ['chair-ahead'],
    working: ['right-leg'],
    poses: [
      {
        pelvis: { up: 54 },
        right: {
          hip: { abduction: 1.5 },
          shoulder: { abduction: 10, flexion: 44.5 },
          elbow: 5.5,
          knee: 5,
          ankle: 5,
        },
        left: {
          hip: { abduction: 1.5, flexion: 4 },
          shoulder: { abduction: 10, flexion: 44.5 },
          elbow: 5.5,
          knee: 3.5,
          ankle: -0.5,
        },
      },
      {
        pelvis: { up: 47, tilt: -8, forward: 2 },
        right: {
          hip: { abduction: 1.5, flexion: -30 },
          shoulder: { abduction: 10, flexion: 37 },
          elbow: 27.5,
          knee: 29,
          ankle: 22.5,
        },
        left: {
          hip: { abduction: 1.5, flexion: 33 },
          shoulder: { abduction: 10, flexion: 37 },
          elbow: 27.5,
          knee: 55.5,
          ankle: 14.5,
        },
      },
    ],
  },
  'knee-to-chest': {
    camera: SIDE,
    props: ['mat'],
    working: ['right-leg'],
    poses: [
      ON_THE_BACK,
      {
        pelvis: { up: 6.5, tilt: -90 },
        right: {
          shoulder: { abduction: 14, flexion: -3.5 },
          knee: 115,
          hip: { flexion: 132 },
          ankle: -35.5,
          elbow: 99.5,
        },
        left: {
          shoulder: { abduction: 14, flexion: -1.5 },
          knee: 103.5,
          hip: { flexion: 49 },
          ankle: -35.5,
          elbow: 108,
        },
        neck: { flexion: 8 },
      },
    ],
  },
  'childs-pose': {
    camera: SIDE,
    props: ['mat'],
    working: [],
    poses: [
      {
        pelvis: { up: 15 },
        ...bothSides({
          ankle: -75,
          hip: { flexion: 63.5, abduction: 6 },
          knee: 153.5,
          shoulder: { abduction: 8, flexion: 23.5 },
          elbow: 3.5,
        }),
      },
      {
        pelvis: { up: 15, tilt: 44 },
        lowerBack: { flexion: 36 },
        upperBack: { flexion: 26 },
        neck: { flexion: 6 },
        ...bothSides({
          ankle: -75,
          hip: { flexion: 107, abduction: 6 },
          knee: 153.5,
          elbow: 3,
          shoulder: { abduction: 8, flexion: 180 },
        }),
      },
    ],
  },
  'all-fours-cat-cow': {
    camera: SIDE,
    props: ['mat'],
    working: [],
    poses: [
      {
        pelvis: { up: 28, tilt: 80 },
        ...bothSides({
          hip: { flexion: 80 },
          knee: 91.5,
          ankle: -70,
          elbow: 44.5,
          shoulder: { abduction: 4, flexion: 75.5 },
        }),
      },
      {
        pelvis: { up: 28, tilt: 128, forward: 0.5 },
        lowerBack: { flexion: -35 },
        upperBack: { flexion: -25 },
        neck: { flexion: -25 },
        ...bothSides({
          hip: { flexion: 127 },
          knee: 91,
          ankle: -70,
          elbow: 41.5,
          shoulder: { abduction: 4, flexion: 65.5 },
        }),
      },
      {
        pelvis: { up: 29, tilt: 13, forward: 2 },
        lowerBack: { flexion: 42 },
        upperBack: { flexion: 48 },
        neck: { flexion: 30 },
        ...bothSides({
          hip: { flexion: 9 },
          knee: 85.5,
          ankle: -70,
          elbow: 43.5,
          shoulder: { abduction: 4, flexion: 100 },
        }),
      },
    ],
  },
  'lying-knee-roll': {
    camera: { around: 25, above: 28 },
    props: ['mat'],
    working: ['right-leg', 'left-leg'],
    poses: [
      {
        pelvis: { up: 6.5, tilt: -90 },
        ...bothSides({
          shoulder: { abduction: 88 },
          elbow: 4,
          hip: { abduction: -4, flexion: 54.5 },
          knee: 115,
          ankle: -29.5,
        }),
      },
      {
        pelvis: { up: 6.5, tilt: -90, turn: 42 },
        lowerBack: { rotation: -16 },
        upperBack: { rotation: -26 },
        ...bothSides({
          shoulder: { abduction: 88 },
          elbow: 4,
          hip: { abduction: -4, flexion: 54.5 },
          knee: 115,
          ankle: -29.5,
        }),
      },
    ],
  },
  sphinx: {
    camera: SIDE,
    props: ['mat'],
    working: [],
    poses: [
      {
        pelvis: { up: 7.5, tilt: 90 },
        neck: { flexion: -20 },
        ...bothSides({
          ankle: -70,
          hip: { abduction: 3 },
          shoulder: { abduction: 10, flexion: 158 },
          elbow: 29.5,
        }),
      },
      {
        pelvis: { up: 7.5, tilt: 90 },
        lowerBack: { flexion: -26 },
        upperBack: { flexion: -6 },
        neck: { flexion: 2 },
        ...bothSides({
          ankle: -70,
          hip: { abduction: 3 },
          shoulder: { abduction: 10, flexion: 57.5 },
          elbow: 86,
        }),
      },
    ],
  },
  'lying-hamstring': {
    camera: SIDE,
    props: ['mat', 'strap'],
    working: ['right-leg'],
    poses: [
      ON_THE_BACK,
      {
        pelvis: { up: 6.5, tilt: -90 },
        right: {
          shoulder: { abduction: 12, flexion: -6 },
          knee: 95,
          hip: { flexion: 118 },
          ankle: 5,
          elbow: 96.5,
        },
        left: {
          shoulder: { abduction: 12, flexion: -6 },
          knee: 103.5,
          hip: { flexion: 49 },
          ankle: -35.5,
          elbow: 101,
        },
      },
      {
        pelvis: { up: 6.5, tilt: -90 },
        right: {
          shoulder: { abduction: 12, flexion: 18.5 },
          knee: 4,
          hip: { flexion: 84 },
          ankle: 8,
          elbow: 82,
        },
        left: {
          shoulder: { abduction: 12, flexion: 19.5 },
          knee: 103.5,
          hip: { flexion: 49 },
          ankle: -35.5,
          elbow: 85,
        },
      },
    ],
  },
}
