// The stretches done standing, away from the desk, and on the floor (the library is in stretches.ts).
import { stretch, type Stretch } from './stretch-shape'

export const STANDING_AND_FLOOR_STRETCHES: readonly Stretch[] = [
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
