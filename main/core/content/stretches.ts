// The built-in stretch library the break window guides the user through, with the one cue every stretch shows.
// Areas follow the product brief: lower, middle and upper back, abdominals and core, hips and hamstrings,
// neck and shoulders; most stretches can be done at a desk in office clothes.

export type StretchArea =
  'lower-back' | 'middle-back' | 'upper-back' | 'abdominals' | 'hips' | 'neck-shoulders'

export type StretchPosition = 'desk' | 'standing' | 'floor'

export interface Stretch {
  readonly id: string
  readonly name: string
  readonly area: StretchArea
  readonly areaLabel: string
  readonly position: StretchPosition
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

type StretchSource = Omit<Stretch, 'areaLabel' | 'cue' | 'holdSeconds' | 'repetitions' | 'oneSided'> &
  Partial<Pick<Stretch, 'holdSeconds' | 'repetitions' | 'oneSided'>>

// Label, cue and defaults are filled in here so they cannot drift apart between entries.
function stretch(source: StretchSource): Stretch {
  return {
    holdSeconds: DEFAULT_HOLD_SECONDS,
    repetitions: DEFAULT_REPETITIONS,
    oneSided: false,
    ...source,
    areaLabel: AREA_LABELS[source.area],
    cue: STRETCH_CUE,
  }
}

const SEATED_NOTE = 'Use a steady chair without wheels, or lock them first.'

export const STRETCHES: readonly Stretch[] = [
  // At the desk
  stretch({
    id: 'seated-cat-cow',
    name: 'Seated cat and cow',
    area: 'middle-back',
    position: 'desk',
    steps: [
      'Sit near the front of your chair, feet flat, hands resting on your knees.',
      'Breathing in, lift your chest and let your back arch gently.',
      'Breathing out, round your back and let your chin drop towards your chest.',
      'Hold the rounded shape, then come back to sitting tall.',
    ],
    cautions: ['Keep the movement small if your back is sore today.'],
  }),
  stretch({
    id: 'seated-twist',
    oneSided: true,
    name: 'Seated twist',
    area: 'middle-back',
    position: 'desk',
    steps: [
      'Sit tall with both feet flat and your knees facing forward.',
      'Put your right hand on the outside of your left knee.',
      'Turn your chest to the left, leading from the middle of your back.',
      'Hold, come back to the centre, then turn to the other side.',
    ],
    cautions: ['Turn only as far as feels easy; do not pull yourself round with your arms.', SEATED_NOTE],
  }),
  stretch({
    id: 'seated-forward-fold',
    name: 'Seated forward fold',
    area: 'lower-back',
    position: 'desk',
    steps: [
      'Sit on the front of your chair with your feet wide apart.',
      'Let your chest sink down between your knees, arms hanging loose.',
      'Let your head and neck relax.',
      'Hold, then roll up slowly, stacking your back one piece at a time.',
    ],
    cautions: [
      'Come up slowly in case you feel light-headed.',
      'Skip this one if bending forward sends pain down a leg.',
      SEATED_NOTE,
    ],
  }),
  stretch({
    id: 'seated-pelvic-tilt',
    name: 'Seated pelvic tilt',
    area: 'lower-back',
    position: 'desk',
    steps: [
      'Sit tall with your hands on your hips and your feet flat.',
      'Roll your hips back so your lower back rounds into the chair.',
      'Hold, then roll them forward so your lower back curves in a little.',
      'Finish in the middle, sitting tall.',
    ],
    cautions: ['Keep it gentle: this is a small rocking movement, not a big one.'],
  }),
  stretch({
    id: 'seated-figure-four',
    oneSided: true,
    name: 'Seated hip opener',
    area: 'hips',
    position: 'desk',
    steps: [
      'Sit tall and rest your right ankle on your left knee.',
      'Keep your back long and lean forward from the hips.',
      'Stop when you feel a stretch in the right hip and buttock.',
      'Hold, sit up, then change legs.',
    ],
    cautions: [
      'Skip this one if it strains your knee; rest the ankle lower on the shin instead.',
      SEATED_NOTE,
    ],
  }),
  stretch({
    id: 'seated-hamstring',
    oneSided: true,
    name: 'Seated hamstring stretch',
    area: 'hips',
    position: 'desk',
    steps: [
      'Sit on the front edge of your chair.',
      'Stretch one leg out, heel on the floor and toes pointing up.',
      'With a straight back, lean forward from the hips until the back of the thigh pulls gently.',
      'Hold, sit up, then change legs.',
    ],
    cautions: ['Keep your back straight rather than reaching for your toes.', SEATED_NOTE],
  }),
  stretch({
    id: 'seated-side-bend',
    oneSided: true,
    name: 'Seated side bend',
    area: 'abdominals',
    position: 'desk',
    steps: [
      'Sit tall with both feet flat.',
      'Raise your right arm up beside your ear.',
      'Lean gently to the left, reaching up and over.',
      'Hold, come back up, then do the other side.',
    ],
    cautions: ['Keep both hips on the seat.'],
  }),
  stretch({
    id: 'chest-opener',
    name: 'Chest opener',
    area: 'upper-back',
    position: 'desk',
    steps: [
      'Sit on the front half of your chair.',
      'Clasp your hands behind you, or hold the sides of the chair back.',
      'Draw your shoulder blades together and lift your chest.',
      'Hold, keeping your chin level, then let go slowly.',
    ],
    cautions: ['Keep your shoulders down, away from your ears.'],
  }),
  stretch({
    id: 'upper-back-round',
    name: 'Hug the air',
    area: 'upper-back',
    position: 'desk',
    steps: [
      'Sit tall and reach both arms straight out in front.',
      'Link your fingers, palms facing away.',
      'Push your hands away and let your upper back round, chin dropping.',
      'Feel the space open between your shoulder blades, hold, then relax.',
    ],
    cautions: ['Breathe normally throughout.'],
  }),
  stretch({
    id: 'neck-side-stretch',
    oneSided: true,
    name: 'Neck side stretch',
    area: 'neck-shoulders',
    position: 'desk',
    steps: [
      'Sit tall and let both shoulders drop.',
      'Tip your right ear towards your right shoulder.',
      'Keep the left shoulder low; you may rest a hand on your head, without pulling.',
      'Hold, bring your head up slowly, then do the other side.',
    ],
    cautions: ['Stop if you feel tingling or numbness in an arm or hand.'],
  }),
  stretch({
    id: 'chin-tuck',
    name: 'Chin tuck',
    area: 'neck-shoulders',
    position: 'desk',
    holdSeconds: 8,
    repetitions: 3,
    steps: [
      'Sit tall, looking straight ahead.',
      'Slide your chin straight back, as if making a double chin.',
      'Keep your eyes level; do not tip your head down.',
      'Hold, then let your head glide forward again.',
    ],
    cautions: ['A small movement is all it takes.'],
  }),
  stretch({
    id: 'shoulder-rolls',
    name: 'Shoulder rolls and squeeze',
    area: 'neck-shoulders',
    position: 'desk',
    steps: [
      'Sit tall with your arms loose by your sides.',
      'Roll both shoulders up, back and down a few times.',
      'Finish by drawing your shoulder blades gently back and down.',
      'Hold the squeeze, then let your shoulders soften.',
    ],
    cautions: ['Keep your neck long and relaxed while you squeeze.'],
  }),

  // Standing
  stretch({
    id: 'standing-back-bend',
    name: 'Standing back bend',
    area: 'lower-back',
    position: 'standing',
    steps: [
      'Stand with your feet hip-width apart.',
      'Put your hands on your lower back, fingers pointing down.',
      'Ease your hips forward and lean back a little, looking slightly up.',
      'Hold, then come back to standing tall.',
    ],
    cautions: ['Keep the lean small.', 'Skip this one if leaning back pinches or hurts.'],
  }),
  stretch({
    id: 'standing-reach-up',
    name: 'Reach for the ceiling',
    area: 'abdominals',
    position: 'standing',
    steps: [
      'Stand tall with your feet hip-width apart.',
      'Link your fingers and turn your palms up.',
      'Reach towards the ceiling and feel your front body lengthen.',
      'Hold, then lower your arms slowly.',
    ],
    cautions: ['Keep your lower ribs from flaring forward.'],
  }),
  stretch({
    id: 'doorway-chest-stretch',
    name: 'Doorway stretch',
    area: 'upper-back',
    position: 'standing',
    steps: [
      'Stand in a doorway and rest your forearms on the frame, elbows at shoulder height.',
      'Step one foot forward.',
      'Lean your weight through gently until your chest and shoulders open.',
      'Hold, then step back out.',
    ],
    cautions: ['Stop if your shoulder aches at the front.'],
  }),
  stretch({
    id: 'standing-hip-flexor',
    oneSided: true,
    name: 'Standing hip flexor stretch',
    area: 'hips',
    position: 'standing',
    steps: [
      'Hold your desk or a chair back for balance.',
      'Step one foot back into a short lunge, back heel lifted.',
      'Tuck your tailbone under and feel the front of the back hip open.',
      'Hold, step together, then change legs.',
    ],
    cautions: ['Keep your front knee above the ankle, not past the toes.'],
  }),

  // On the floor
  stretch({
    id: 'knee-to-chest',
    oneSided: true,
    name: 'Knee to chest',
    area: 'lower-back',
    position: 'floor',
    holdSeconds: 15,
    steps: [
      'Lie on your back with your knees bent and feet flat.',
      'Hold behind one thigh and draw that knee towards your chest.',
      'Keep the other foot on the floor and your head down.',
      'Hold, lower the leg slowly, then change sides.',
    ],
    cautions: ['Hold behind the thigh rather than on top of the knee.'],
  }),
  stretch({
    id: 'childs-pose',
    name: "Child's pose",
    area: 'lower-back',
    position: 'floor',
    holdSeconds: 15,
    steps: [
      'Kneel, then sit back towards your heels.',
      'Walk your hands forward along the floor.',
      'Let your forehead rest down and your back lengthen.',
      'Hold, breathing slowly, then walk your hands back to come up.',
    ],
    cautions: ['Put a cushion between heels and hips if your knees complain.'],
  }),
  stretch({
    id: 'all-fours-cat-cow',
    name: 'Cat and cow',
    area: 'middle-back',
    position: 'floor',
    steps: [
      'Kneel on all fours, hands under shoulders and knees under hips.',
      'Breathing out, round your back up towards the ceiling.',
      'Breathing in, let your belly drop and lift your gaze a little.',
      'Move slowly between the two, holding each shape.',
    ],
    cautions: ['Use a folded towel under your knees on a hard floor.'],
  }),
  stretch({
    id: 'lying-knee-roll',
    oneSided: true,
    name: 'Lying knee roll',
    area: 'middle-back',
    position: 'floor',
    holdSeconds: 15,
    steps: [
      'Lie on your back with your knees bent and together, arms out wide.',
      'Let both knees roll slowly to one side.',
      'Keep both shoulders on the floor.',
      'Hold, bring the knees back to the middle, then roll to the other side.',
    ],
    cautions: ['Roll only as far as your shoulders can stay down.'],
  }),
  stretch({
    id: 'sphinx',
    name: 'Sphinx',
    area: 'abdominals',
    position: 'floor',
    steps: [
      'Lie on your front with your elbows under your shoulders.',
      'Press your forearms down and lift your chest a little.',
      'Keep your hips on the floor and your shoulders away from your ears.',
      'Hold, then lower down slowly.',
    ],
    cautions: ['Skip this one if arching your back pinches or hurts.'],
  }),
  stretch({
    id: 'lying-hamstring',
    oneSided: true,
    name: 'Lying hamstring stretch',
    area: 'hips',
    position: 'floor',
    holdSeconds: 15,
    steps: [
      'Lie on your back with both knees bent.',
      'Loop a towel or belt around one foot.',
      'Straighten that leg towards the ceiling, holding the towel.',
      'Hold, lower it slowly, then change legs.',
    ],
    cautions: ['A slight bend in the knee is fine.'],
  }),
]

const BY_ID = new Map(STRETCHES.map((s) => [s.id, s]))

export function stretchById(id: string): Stretch | undefined {
  return BY_ID.get(id)
}
