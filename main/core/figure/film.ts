// Makes a figure's film: its key poses worked through the skeleton, seen from its camera and sampled along the way
// into and out of the stretch, as points of the picture; which strokes run through them, furthest first, and how
// each is painted; the props and any traced path, which never move; and a frame that holds it all. Main makes it
// once per stretch and sends it with the stretch: a window only plays it (film-play.ts).
import {
  strokesAt,
  type FigureFilm,
  type FigurePicture,
  type FilmPart,
  type Frame,
  type Paint,
} from './film-play'
import { poseAlong, poseOut } from './motion'
import type { Pose } from './pose'
import { BODY, jointsOf, type Joints, type Vec } from './skeleton'
import type { Camera, LimbName, PropName, StretchFigure, TracedJoint } from './stretch-figure'

/** Samples per leg of the way in (between two key poses), and on the way out. */
const SAMPLES_PER_LEG = 10
const SAMPLES_OUT = 12

type Flat = readonly [x: number, y: number, depth: number]

/** Where a point of space lands in the picture (x right, y down) and how near the eye it is. */
function project(camera: Camera, [x, y, z]: Vec): Flat {
  const around = (camera.around * Math.PI) / 180
  const above = (camera.above * Math.PI) / 180
  const across = x * Math.cos(around) - z * Math.sin(around)
  const towards = x * Math.sin(around) + z * Math.cos(around)
  return [
    across,
    -(y * Math.cos(above) - towards * Math.sin(above)),
    y * Math.sin(above) + towards * Math.cos(above),
  ]
}

/** The points a film carries, by name, in its order. */
const SIDE_POINTS = [
  'shoulder',
  'elbow',
  'wrist',
  'hand',
  'hip',
  'knee',
  'ankle',
  'heel',
  'toes',
  'sole',
] as const
type SidePoint = (typeof SIDE_POINTS)[number]
type PointName =
  | 'pelvis'
  | 'waist'
  | 'chest'
  | 'skull'
  | 'head'
  | 'nose'
  | 'noseTip'
  | 'rightEye'
  | 'leftEye'
  | `${'right' | 'left'}.${SidePoint}`
const POINTS: readonly PointName[] = [
  'pelvis',
  'waist',
  'chest',
  'skull',
  'head',
  'nose',
  'noseTip',
  'rightEye',
  'leftEye',
  ...(['right', 'left'] as const).flatMap((side) => SIDE_POINTS.map((p): PointName => `${side}.${p}`)),
]
const INDEX = new Map(POINTS.map((name, i) => [name, i]))

function pointOf(j: Joints, name: PointName): Vec {
  switch (name) {
    case 'pelvis':
    case 'waist':
    case 'chest':
    case 'skull':
    case 'head':
      return j[name]
    case 'nose':
      return j.nose[0]
    case 'noseTip':
      return j.nose[1]
    case 'rightEye':
      return j.eyes.right
    case 'leftEye':
      return j.eyes.left
  }
  const [side, point] = name.split('.') as ['right' | 'left', SidePoint]
  const s = j[side]
  if (point !== 'sole') return s[point]
  return [(s.heel[0] + s.toes[0]) / 2, (s.heel[1] + s.toes[1]) / 2, (s.heel[2] + s.toes[2]) / 2]
}

/** What a stroke is: its width follows (a torso is thicker than a limb, a head is a big dot). */
type StrokeKind = 'floor' | 'prop' | 'mat' | 'trace' | 'torso' | 'limb' | 'hand' | 'head' | 'nose' | 'eye'

/** Each kind's width, in figure units (a standing figure is about 100 tall). */
const WIDTHS: Record<StrokeKind, number> = {
  floor: 1.8,
  prop: 1.8,
  mat: 2.6,
  trace: 2.2,
  torso: 11,
  limb: 5.5,
  hand: 7.5,
  head: BODY.headRadius * 2,
  nose: 3.4,
  eye: 2.4,
}

/** A moving stroke before layout: its limb (for its paint) and its lines, by point name. */
interface PartPlan {
  id: string
  kind: StrokeKind
  limb: LimbName | null
  runs: PointName[][]
  curved?: boolean
}

const sideParts = (side: 'right' | 'left'): PartPlan[] => [
  {
    id: `${side}-leg`,
    kind: 'limb',
    limb: `${side}-leg`,
    runs: [
      [`${side}.hip`, `${side}.knee`, `${side}.ankle`],
      [`${side}.heel`, `${side}.toes`],
    ],
  },
  {
    id: `${side}-arm`,
    kind: 'limb',
    limb: `${side}-arm`,
    runs: [[`${side}.shoulder`, `${side}.elbow`, `${side}.wrist`]],
  },
  { id: `${side}-hand`, kind: 'hand', limb: `${side}-arm`, runs: [[`${side}.hand`]] },
]

const BODY_PARTS: readonly PartPlan[] = [
  ...sideParts('right'),
  ...sideParts('left'),
  { id: 'spine', kind: 'torso', limb: null, runs: [['pelvis', 'waist', 'chest']], curved: true },
  { id: 'hips', kind: 'torso', limb: null, runs: [['right.hip', 'left.hip']] },
  { id: 'shoulders', kind: 'torso', limb: null, runs: [['right.shoulder', 'chest', 'left.shoulder']] },
  { id: 'neck', kind: 'limb', limb: 'head', runs: [['chest', 'skull']] },
  { id: 'head', kind: 'head', limb: 'head', runs: [['head']] },
  { id: 'nose', kind: 'nose', limb: 'head', runs: [['nose', 'noseTip']] },
]

/** The towel round the right foot, held in both hands: it moves with them. */
const STRAP: PartPlan = {
  id: 'strap',
  kind: 'prop',
  limb: null,
  runs: [['right.hand', 'right.sole', 'left.hand']],
}

const depthOf = (plan: PartPlan, j: Joints, camera: Camera) => {
  const depths = plan.runs.flat().map((name) => project(camera, pointOf(j, name))[2])
  return depths.reduce((sum, d) => sum + d, 0) / Math.max(1, depths.length)
}

/** The moving strokes in drawing order, with their paints, worked out from the held pose. */
function layout(figure: StretchFigure): FilmPart[] {
  const held = jointsOf(figure.poses[figure.poses.length - 1] ?? {})
  const depth = new Map(BODY_PARTS.map((plan) => [plan.id, depthOf(plan, held, figure.camera)]))
  const opposite = (id: string) =>
    id.startsWith('right') ? id.replace('right', 'left') : id.replace('left', 'right')
  // Seen from within 60° of a side, as a side view: the far side's limbs are paler.
  const sideOn = Math.abs(Math.cos((figure.camera.around * Math.PI) / 180)) >= 0.5
  const paintOf = (plan: PartPlan): Paint => {
    if (plan.kind === 'eye') return 'eye'
    if (plan.kind === 'prop') return 'far'
    if (plan.limb === null || plan.kind === 'head' || plan.kind === 'nose') return 'body'
    if (figure.working.includes(plan.limb)) return 'work'
    const far =
      sideOn && plan.limb !== 'head' && (depth.get(plan.id) ?? 0) < (depth.get(opposite(plan.id)) ?? 0) - 3
    return far ? 'far' : 'body'
  }
  const ordered = [...BODY_PARTS].sort(
    (a, b) => (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0) || (a.kind === 'hand' ? 1 : 0),
  )
  // The eyes that face the camera in the held stretch, as dots on the head.
  const headDepth = project(figure.camera, held.head)[2]
  const eyes = (['rightEye', 'leftEye'] as const)
    .filter((eye) => project(figure.camera, pointOf(held, eye))[2] > headDepth + 1)
    .map((eye): PartPlan => ({ id: eye, kind: 'eye', limb: null, runs: [[eye]] }))
  const withEyes = ordered.flatMap((plan) => (plan.id === 'head' ? [plan, ...eyes] : [plan]))
  const plans = figure.props.includes('strap') ? [STRAP, ...withEyes] : withEyes
  return plans.map((plan) => ({
    id: plan.id,
    paint: paintOf(plan),
    width: WIDTHS[plan.kind],
    runs: plan.runs.map((run) => run.map((name) => INDEX.get(name) ?? 0)),
    ...(plan.curved ? { curved: true } : {}),
  }))
}

/** Straight lines between corners (a prop's edges), as runs of points in space. */
function rectangle(x0: number, x1: number, y: number, z0: number, z1: number): Vec[] {
  return [
    [x0, y, z0],
    [x1, y, z0],
    [x1, y, z1],
    [x0, y, z1],
    [x0, y, z0],
  ]
}

/** A chair, facing forward, whose seat's front edge is at `front`. */
function chair(front: number): Vec[][] {
  const [seat, back, top] = [24.5, front - 22, 57]
  const lines: Vec[][] = [rectangle(back, front, seat, -11, 11)]
  for (const z of [-11, 11])
    lines.push(
      [
        [front, 0, z],
        [front, seat, z],
      ],
      [
        [back, 0, z],
        [back, top, z],
      ],
    )
  lines.push(
    [
      [back, top, -11],
      [back, top, 11],
    ],
    [
      [back, top - 9, -11],
      [back, top - 9, 11],
    ],
  )
  return lines
}

/** The door frame the figure stands in: two posts and the lintel, in the plane x = 0. */
function door(): Vec[][] {
  const lines: Vec[][] = [
    [
      [0, 122, -25],
      [0, 122, 25],
    ],
  ]
  for (const z of [-25, 25])
    lines.push([
      [0, 0, z],
      [0, 122, z],
    ])
  return lines
}

interface Extent {
  x: readonly [number, number]
  z: readonly [number, number]
}

/** The floor under every key pose of the figure, with room around it. */
function floorExtent(figure: StretchFigure): Extent {
  const xs: number[] = []
  const zs: number[] = []
  for (const pose of figure.poses) {
    const j = jointsOf(pose)
    for (const name of POINTS) {
      const [x, , z] = pointOf(j, name)
      xs.push(x)
      zs.push(z)
    }
  }
  return { x: [Math.min(...xs) - 6, Math.max(...xs) + 6], z: [Math.min(...zs) - 6, Math.max(...zs) + 6] }
}

/** The props, floor and mat: lines in space that never move. */
function propLines(figure: StretchFigure): { kind: StrokeKind; lines: Vec[][] }[] {
  const { camera, props } = figure
  const {
    x: [x0, x1],
    z: [z0, z1],
  } = floorExtent(figure)
  const out: { kind: StrokeKind; lines: Vec[][] }[] = []
  // The floor is a line across the picture under a figure seen from the side or the front; seen from above, the
  // mat alone shows where the floor is.
  if (camera.above < 25) {
    const around = (camera.around * Math.PI) / 180
    const [dx, dz] = [Math.cos(around), -Math.sin(around)]
    const [cx, cz] = [(x0 + x1) / 2, (z0 + z1) / 2]
    const half = (Math.abs(dx) * (x1 - x0) + Math.abs(dz) * (z1 - z0)) / 2
    out.push({
      kind: 'floor',
      lines: [
        [
          [cx - half * dx, 0, cz - half * dz],
          [cx + half * dx, 0, cz + half * dz],
        ],
      ],
    })
  }
  for (const name of props) {
    if (name === 'mat') {
      out.push({
        kind: 'mat',
        lines: [rectangle(x0 + 3, x1 - 3, 0.8, Math.max(z0 + 3, -16), Math.min(z1 - 3, 16))],
      })
    } else if (name !== 'strap') {
      out.push({ kind: 'prop', lines: propGeometry(name) })
    }
  }
  return out
}

function propGeometry(name: Exclude<PropName, 'mat' | 'strap'>): Vec[][] {
  if (name === 'chair') return chair(9)
  // A chair ahead of the figure, its back towards it, to hold.
  if (name === 'chair-ahead') return chair(48)
  return door()
}

function tracedPoint(j: Joints, name: TracedJoint): Vec {
  if (name === 'pelvis' || name === 'hipBone' || name === 'waist' || name === 'chest' || name === 'head')
    return j[name]
  const [side, joint] = name.split('.') as [
    'right' | 'left',
    'shoulder' | 'elbow' | 'hand' | 'knee' | 'ankle',
  ]
  return j[side][joint]
}

/** The traced joint's path in the picture, from the start to the held stretch, with an arrowhead at its end. */
function traceLines(figure: StretchFigure): [number, number][][] {
  const trace = figure.trace
  if (!trace) return []
  const scale = trace.scale ?? 1
  const at = (pose: Pose) => project(figure.camera, tracedPoint(jointsOf(pose), trace.joint))
  const [x0, y0] = at(figure.poses[0] ?? {})
  const path: [number, number][] = []
  for (let i = 0; i <= 16; i++) {
    const [x, y] = at(poseAlong(figure, i / 16))
    const point: [number, number] = [
      x0 + (x - x0) * scale + trace.shift[0],
      y0 + (y - y0) * scale + trace.shift[1],
    ]
    const last = path[path.length - 1]
    if (!last || Math.hypot(point[0] - last[0], point[1] - last[1]) > 0.3) path.push(point)
  }
  const curve = smooth(smooth(path))
  const tip = curve[curve.length - 1]
  const before = curve[Math.max(0, curve.length - 3)]
  if (!tip || !before || tip === before) return [curve]
  const length = Math.hypot(tip[0] - before[0], tip[1] - before[1])
  const [ux, uy] = [(tip[0] - before[0]) / length, (tip[1] - before[1]) / length]
  const barb = (turn: 1 | -1): [number, number] => [
    tip[0] - 4.5 * ux + turn * 3.2 * uy,
    tip[1] - 4.5 * uy - turn * 3.2 * ux,
  ]
  return [curve, [barb(1), tip, barb(-1)]]
}

/** A path with its corners cut (Chaikin's method), its two ends kept: the turns of a traced path read as one sweep. */
function smooth(path: [number, number][]): [number, number][] {
  if (path.length < 3) return path
  const cut: [number, number][] = [path[0] ?? [0, 0]]
  for (let i = 0; i + 1 < path.length; i++) {
    const a: [number, number] = path[i] ?? [0, 0]
    const b: [number, number] = path[i + 1] ?? a
    cut.push(
      [0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]],
      [0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]],
    )
  }
  cut.push(path[path.length - 1] ?? [0, 0])
  return cut
}

const round = (n: number) => Math.round(n * 10) / 10
const pathData = (lines: (readonly [number, number])[][]) =>
  lines.map((line) => `M${line.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}`).join('')

/** The picture's points for a pose, flat (x, y, x, y …), in the film's order. */
function sample(figure: StretchFigure, pose: Pose): number[] {
  const j = jointsOf(pose)
  return POINTS.flatMap((name) => {
    const [x, y] = project(figure.camera, pointOf(j, name))
    return [round(x), round(y)]
  })
}

/** The film of a figure: everything a window needs to draw it at any moment of the routine, on either side. */
export function filmOf(figure: StretchFigure): FigureFilm {
  const legs = Math.max(1, figure.poses.length - 1)
  const into = Array.from({ length: legs * SAMPLES_PER_LEG + 1 }, (_, i) =>
    sample(figure, poseAlong(figure, i / (legs * SAMPLES_PER_LEG))),
  )
  const out = Array.from({ length: SAMPLES_OUT + 1 }, (_, i) =>
    sample(figure, poseOut(figure, i / SAMPLES_OUT)),
  )
  const props = propLines(figure).map(({ kind, lines }) => ({
    kind,
    lines: lines.map((line) =>
      line.map((p): [number, number] => [project(figure.camera, p)[0], project(figure.camera, p)[1]]),
    ),
  }))
  const trace = traceLines(figure)
  // The floor and the props are one stroke: half as strong, they must not darken where they meet.
  const grey = props.filter(({ kind }) => kind !== 'mat').flatMap(({ lines }) => lines)
  const mat = props.filter(({ kind }) => kind === 'mat').flatMap(({ lines }) => lines)
  const still = [
    ...(grey.length > 0 ? [{ paint: 'far' as const, width: WIDTHS.prop, d: pathData(grey) }] : []),
    ...(mat.length > 0 ? [{ paint: 'work' as const, width: WIDTHS.mat, d: pathData(mat) }] : []),
    ...(trace.length > 0 ? [{ paint: 'work' as const, width: WIDTHS.trace, d: pathData(trace) }] : []),
  ]
  return {
    frame: frameAround([...into, ...out], [...props.flatMap((p) => p.lines), ...trace]),
    still,
    parts: layout(figure),
    into,
    out,
  }
}

/** The held stretch of a figure, drawn in its film's frame: a still picture, and a small one to send. */
export function pictureOf(film: FigureFilm): FigurePicture {
  return { frame: film.frame, strokes: strokesAt(film, film.into[film.into.length - 1] ?? []) }
}

/** The frame round every sample and still line, with room for the strokes' width. */
function frameAround(samples: number[][], lines: [number, number][][]): Frame {
  const xs: number[] = []
  const ys: number[] = []
  for (const points of samples) {
    for (let i = 0; i + 1 < points.length; i += 2) {
      xs.push(points[i] ?? 0)
      ys.push(points[i + 1] ?? 0)
    }
  }
  for (const [x, y] of lines.flat()) {
    xs.push(x)
    ys.push(y)
  }
  // The widest stroke reaches a head's radius past its point.
  const pad = BODY.headRadius
  const left = Math.floor(Math.min(...xs) - pad)
  const right = Math.ceil(Math.max(...xs) + pad)
  const top = Math.floor(Math.min(...ys) - pad)
  const bottom = Math.ceil(Math.max(...ys) + 2)
  return [left, top, right - left, bottom - top]
}
