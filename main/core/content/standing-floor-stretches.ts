// The stretches done standing, away from the desk, and on the floor (the library is in stretches.ts; the
// words of each, by id, in the catalogs' `content.stretches`). Each floor stretch says where the body starts and
// ends up (on the back, on the front, on all fours, kneeling): the routine words the way down and between floor
// stretches from it, and its last step tells how to get up without jarring a sore back.
import { stretch, type Stretch } from './stretch-shape'

export const STANDING_AND_FLOOR_STRETCHES: readonly Stretch[] = [
  // Standing
  stretch({
    id: 'standing-back-bend',
    area: 'lower-back',
    position: 'standing',
    intensity: 'moderate',
  }),
  stretch({
    id: 'standing-reach-up',
    area: 'abdominals',
    position: 'standing',
    intensity: 'gentle',
  }),
  stretch({
    id: 'doorway-chest-stretch',
    area: 'upper-back',
    position: 'standing',
    intensity: 'moderate',
  }),
  stretch({
    id: 'standing-hip-flexor',
    oneSided: true,
    area: 'hips',
    position: 'standing',
    intensity: 'moderate',
  }),

  // On the floor
  stretch({
    id: 'knee-to-chest',
    oneSided: true,
    area: 'lower-back',
    position: 'floor',
    floorStart: 'on-back',
    intensity: 'gentle',
  }),
  // End-range flexion while kneeling, the body's weight resting into it: moderate, not gentle.
  stretch({
    id: 'childs-pose',
    area: 'lower-back',
    position: 'floor',
    floorStart: 'kneeling',
    intensity: 'moderate',
  }),
  stretch({
    id: 'all-fours-cat-cow',
    area: 'middle-back',
    position: 'floor',
    floorStart: 'all-fours',
    intensity: 'gentle',
  }),
  stretch({
    id: 'lying-knee-roll',
    oneSided: true,
    area: 'middle-back',
    position: 'floor',
    floorStart: 'on-back',
    intensity: 'moderate',
  }),
  // Propped on the forearms, hips down: a backbend short of the end of the range, as the seated forward fold is
  // a fold short of it. Both moderate.
  stretch({
    id: 'sphinx',
    area: 'abdominals',
    position: 'floor',
    floorStart: 'on-front',
    intensity: 'moderate',
  }),
  stretch({
    id: 'lying-hamstring',
    oneSided: true,
    area: 'hips',
    position: 'floor',
    floorStart: 'on-back',
    intensity: 'moderate',
  }),
]
